import { decodeFlagState, STATE_SHEET, type FlagState } from "../../core/checks";
import { buildSheet, parseCellAddress, type RawCell, type SheetGrid } from "../../core/sheet";
import { isPayloadTooLarge } from "../errors";
import { LIMITS, rowBytes } from "./limits";

/** What the Check view checks: the active sheet's used range, or the selected table. */
export type CheckScope = "sheet" | "selection";

export interface SheetRead {
  readonly grid: SheetGrid;
  /** Names of every worksheet of the workbook. */
  readonly sheets: readonly string[];
  /** The state an earlier check left, if any. */
  readonly state: FlagState | undefined;
  /** How many times `context.sync()` ran. */
  readonly syncs: number;
}

export class SheetTooLargeError extends Error {
  override readonly name = "SheetTooLargeError";
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|CONNECT!|FIELD!|BLOCKED!|UNKNOWN!)$/;

/** Office returns "" for a blank and error values as their text. */
function rawValue(v: unknown): RawCell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const text = String(v);
  return ERROR_TEXT.test(text) ? { error: text } : text;
}

/** "Sheet1!A1:B3,'My sheet'!C5" to its ranges without the sheet: ["A1:B3", "C5"]. */
export function areasOf(address: string): string[] {
  const out: string[] = [];
  const re = /(?:'(?:[^']|'')*'|[^!,]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (let m = re.exec(address); m !== null; m = re.exec(address)) out.push(m[1].replace(/\$/g, ""));
  return out;
}

/**
 * Reads the sheet (or selected table) for a check: one sync for the sheet names and the
 * range's shape (one more for a selection), then one per read of values and number formats
 * of about 2 MB (at most 100,000 cells: a 1M-cell sheet of numbers is about 11 reads); the
 * formula cells and the earlier state ride along with the first. Nothing is called on an object that may be null.
 */
export async function readForCheck(
  context: Excel.RequestContext,
  scope: CheckScope,
  onProgress?: (read: number, total: number) => void,
): Promise<SheetRead> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  const ws = wb.worksheets.getActiveWorksheet();
  ws.load("name");
  let area: Excel.Range;
  let syncs = 0;
  if (scope === "sheet") {
    area = ws.getUsedRangeOrNullObject(true);
  } else {
    // A single selected cell stands for the table around it; a larger selection is the table,
    // trimmed to the cells in use: selected columns A:D are 4 million cells, a few hundred used.
    const selected = wb.getSelectedRange();
    selected.load("cellCount");
    await context.sync();
    syncs++;
    area = selected.cellCount === 1 ? selected.getSurroundingRegion() : selected.getUsedRangeOrNullObject(true);
  }
  area.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  syncs++;
  const sheets = wb.worksheets.items.map((s) => s.name);
  const hasState = sheets.some((n) => n.toLowerCase() === STATE_SHEET);
  const stateRange = hasState ? wb.worksheets.getItem(STATE_SHEET).getUsedRange(true) : undefined;
  stateRange?.load("values");
  const readState = () => (stateRange ? decodeFlagState(stateRange.values) : undefined);
  if (area.isNullObject) {
    if (stateRange) {
      await context.sync();
      syncs++;
    }
    return { grid: buildSheet(ws.name, []), sheets, state: readState(), syncs };
  }
  const formulaAreas = area.getSpecialCellsOrNullObject("Formulas");
  formulaAreas.load("address");
  const { rowIndex: top, columnIndex: left, rowCount, columnCount } = area;
  if (rowCount * columnCount > LIMITS.maxCells) {
    throw new SheetTooLargeError(
      `${rowCount * columnCount} cells is more than ${LIMITS.maxCells} that can be read at once`,
    );
  }
  const values: RawCell[][] = [];
  const formats: (string | undefined)[][] = [];
  // Reads are cut by bytes, not cells: 100,000 cells of long text weigh far more than 5 MB.
  // Each read's row count comes from the heaviest row so far; one refused as too large is
  // read again in halves.
  const maxRows = Math.max(1, Math.floor(LIMITS.cellsPerRead / columnCount));
  let step = Math.min(maxRows, Math.max(1, Math.floor(LIMITS.firstReadCells / columnCount)));
  let heaviest = 0;
  for (let r = 0; r < rowCount;) {
    const count = Math.min(step, rowCount - r);
    const block = ws.getRangeByIndexes(top + r, left, count, columnCount);
    block.load("values, numberFormat");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per read of about 2 MB: a response over 5 MB fails
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      if (!isPayloadTooLarge(e) || count === 1) throw e;
      step = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const blockValues = block.values;
    const blockFormats = block.numberFormat;
    for (let k = 0; k < blockValues.length; k++) {
      heaviest = Math.max(heaviest, rowBytes(blockValues[k]) + rowBytes(blockFormats[k]));
      values.push(blockValues[k].map(rawValue));
      formats.push(blockFormats[k].map((f) => (typeof f === "string" ? f : undefined)));
    }
    r += count;
    step = Math.min(maxRows, Math.max(1, Math.floor(LIMITS.bytesPerRead / Math.max(1, heaviest))));
    onProgress?.(r * columnCount, rowCount * columnCount);
  }
  const formulas = values.map((row) => row.map(() => false));
  if (!formulaAreas.isNullObject) {
    for (const a of areasOf(formulaAreas.address)) {
      const [s, e] = a.split(":");
      const start = parseCellAddress(s);
      const end = parseCellAddress(e ?? s);
      if (!start || !end) continue;
      for (let r = start.row; r <= end.row; r++) {
        for (let c = start.col; c <= end.col; c++) {
          const row = formulas[r - top];
          if (row && c - left >= 0 && c - left < columnCount) row[c - left] = true;
        }
      }
    }
  }
  return { grid: buildSheet(ws.name, values, { top, left, formulas, formats }), sheets, state: readState(), syncs };
}
