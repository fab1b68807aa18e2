import { cellAddress, cellsOf, parseRange, rangeAddress } from "../../../src/core/plan/address";
import type { Area } from "./area";

/**
 * The state behind the recording fake of Office.js (see ./index): what a workbook holds
 * after the syncs so far, and every call the code under test made. Tests read this to
 * check the calls against a plan.
 */

/** One cell as Excel would hold it after the writes. */
export interface FakeCell {
  /** The value: text without a quote prefix, numbers, booleans; for formulas null (the fake does not calculate). */
  value: string | number | boolean | null;
  /** The formula ("=..."), when the entry typed was one. */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; color?: string }>;
  hyperlink?: Excel.RangeHyperlink;
  /** A note (Excel's classic yellow note, NoteCollection, ExcelApi 1.18). */
  note?: string;
  /** A comment (a threaded comment, CommentCollection, ExcelApi 1.10): not a note. */
  comment?: string;
  /** True when the value is an error value ("#N/A"...), as typed error literals become. */
  error?: boolean;
}

export interface FakeTable {
  name: string;
  sheet: string;
  range: string;
  style?: string;
  showBandedRows?: boolean;
}
export interface FakeValidation {
  range: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}
export interface FakeConditionalFormat {
  range: string;
  type: string;
  colorScale?: unknown;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  priority?: number;
  stopIfTrue?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<string, number>;
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  frozen: { rows: number; columns: number };
  active: boolean;
  charts: FakeChart[];
  /** A protected sheet refuses every write (DOCS.protection). */
  protected: boolean;
}

export interface FakeChart {
  type: string;
  data: string;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  position?: string;
  /** Category axis drawn in reverse order (bars top to bottom). */
  reversePlotOrder?: boolean;
  /** Per series index: the range its x-axis values were set from. */
  xAxisValues?: Record<number, string>;
}

/** A recorded call: which object, what it did, and in which sync batch it was sent (1-based). */
export interface FakeCall {
  readonly target: string;
  readonly op: string;
  readonly sheet?: string;
  readonly address?: string;
  readonly value?: unknown;
  batch: number;
}

/** The size of one sync, in bytes of JSON: what was sent and what came back. */
export interface FakePayload {
  readonly batch: number;
  readonly request: number;
  readonly response: number;
}

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Workbook-scoped defined names (NamedItemCollection). */
  readonly names: string[] = [];
  /** The workbook's structure is protected: sheets cannot be added, deleted or hidden (DOCS.workbookProtection). */
  structureProtected = false;
  readonly calls: FakeCall[] = [];
  /** Request and response size of every sync, failed ones included. */
  readonly payloads: FakePayload[] = [];
  syncs = 0;
  /**
   * A failure Excel can raise at any call, outside the add-in's control (the user editing a
   * cell: InvalidOperationInCellEditMode; a lost connection): return an error to raise it.
   */
  failWhen: ((call: FakeCall) => Error | undefined) | undefined = undefined;
  /** The highest ExcelApi requirement set the host supports (1.18 has notes, 1.9 suspends screen updating). */
  api = "1.18";

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`ItemNotFound: no sheet "${name}"`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
    const sheet: FakeSheet = {
      name,
      visibility: "Visible",
      cells: new Map(),
      columnWidths: new Map(),
      validations: [],
      conditionalFormats: [],
      frozen: { rows: 0, columns: 0 },
      active: false,
      charts: [],
      protected: false,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  cell(sheet: string, address: string): FakeCell {
    const s = this.mustSheet(sheet);
    let c = s.cells.get(address);
    if (!c) s.cells.set(address, (c = { value: null }));
    return c;
  }

  /** The used range: every cell with a value or a formula (getUsedRange(true)); undefined when there is none. */
  usedArea(sheet: string): Area | undefined {
    let b: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [address, cell] of this.mustSheet(sheet).cells) {
      if ((cell.value === null || cell.value === "") && cell.formula === undefined) continue;
      const { row, col } = parseRange(address).start;
      b = b
        ? {
            top: Math.min(b.top, row),
            left: Math.min(b.left, col),
            bottom: Math.max(b.bottom, row),
            right: Math.max(b.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return b;
  }

  /** Applies fn to every cell of a range (A1 range, no whole columns). */
  eachCell(sheet: string, range: string, fn: (cell: FakeCell, row: number, col: number) => void): void {
    const r = parseRange(range);
    for (const ref of cellsOf(r)) fn(this.cell(sheet, cellAddress(ref)), ref.row - r.start.row, ref.col - r.start.col);
  }

  /** Calls of one batch (1-based sync number). */
  batch(n: number): FakeCall[] {
    return this.calls.filter((c) => c.batch === n);
  }
}

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/i;

/**
 * How Excel stores an entry written through `Range.values` or `Range.formulas`: as if typed
 * (DOCS.range, values: "If a cell value starts with a plus, minus, or equal sign, Excel
 * interprets it as a formula"). A leading apostrophe is a quote prefix and is not part of the
 * text; "=" makes a formula; numeric text becomes a number; an error literal such as "#N/A"
 * becomes that error value; "" empties the cell; null leaves it as it is.
 */
export function typeEntry(cell: FakeCell, entry: unknown): void {
  if (entry === null || entry === undefined) return;
  delete cell.formula;
  delete cell.error;
  if (typeof entry === "string") {
    if (entry.startsWith("'")) cell.value = entry.slice(1);
    else if (entry === "") cell.value = null;
    else if (ERROR_LITERAL.test(entry.trim())) {
      cell.value = entry.trim().toUpperCase();
      cell.error = true;
    } else if (/^[=+]./.test(entry) || /^-[^\d.]/.test(entry) || entry.startsWith("@")) {
      cell.formula = entry.startsWith("=") ? entry : `=${entry.replace(/^[+@]/, "")}`;
      cell.value = null;
    } else if (/^\s*-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?\s*$/i.test(entry))
      cell.value = Number(entry.replace("%", "")) / (entry.includes("%") ? 100 : 1);
    else if (/^(true|false)$/i.test(entry)) cell.value = entry.toLowerCase() === "true";
    else cell.value = entry;
    return;
  }
  if (typeof entry === "number" || typeof entry === "boolean") cell.value = entry;
  else throw new Error(`InvalidArgument: cannot type ${JSON.stringify(entry)}`);
}

export { rangeAddress };
