import { LIMITS, overLimit, type LimitBreach } from "../limits";
import { columnLetter } from "../plan/address";
import { cellAddress } from "./address";
import { dateToSerial, isDateFormat } from "./dates";
import { CellKind, type RawCell, type SheetGrid } from "./types";

/** Growable typed storage, one slot per cell added. */
class Column<T extends Int32Array | Uint8Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

function isErrorObject(v: object): v is { error: string } {
  return typeof (v as { error?: unknown }).error === "string";
}

/**
 * The cells of one sheet as they are met, in any order: memory grows with the cells that
 * hold something, never with the span between them. `build` turns them into a SheetGrid
 * over only the rows and columns that hold a cell, so a lone value in XFD1048576 costs
 * one cell, not seventeen billion.
 */
export class SparseSheet {
  private readonly rows = new Column(new Int32Array(64), (n) => new Int32Array(n));
  private readonly cols = new Column(new Int32Array(64), (n) => new Int32Array(n));
  private readonly kinds = new Column(new Uint8Array(64), (n) => new Uint8Array(n));
  private readonly numbers = new Column(new Float64Array(64), (n) => new Float64Array(n));
  private readonly flags = new Column(new Uint8Array(64), (n) => new Uint8Array(n));
  private readonly texts = new Map<number, string>();
  private readonly formats = new Map<number, string>();
  private lastRow = -1;
  private lastCol = -1;

  /**
   * @param present cells already counted in other sheets of the same file, so the
   *   cellsPresent limit holds for the whole file.
   */
  constructor(
    readonly name: string,
    private present = 0,
  ) {}

  get count(): number {
    return this.rows.length;
  }

  /** Cells counted so far, this sheet's and those before it. */
  get cellsPresent(): number {
    return this.present;
  }

  /**
   * Adds a cell (0-based row and column). A blank without a formula is not stored. Returns
   * the limit the cell breaks, if any: then nothing is added.
   */
  add(row: number, col: number, value: RawCell, formula = false, format?: string): LimitBreach | undefined {
    if (row >= LIMITS.rows || col >= LIMITS.columns || this.present >= LIMITS.cellsPresent) {
      const where = `${this.name}!${row < LIMITS.rows && col < LIMITS.columns ? cellAddress(row, col) : `R${row + 1}C${col + 1}`}`;
      const breach =
        overLimit("rows", row + 1, where) ??
        overLimit("columns", col + 1, where) ??
        overLimit("cellsPresent", this.present + 1, where);
      if (breach) return breach;
    }
    const blank = value === null || value === undefined || value === "";
    if (blank && !formula) return undefined;
    let kind: CellKind = CellKind.Blank;
    let number = NaN;
    let text: string | undefined;
    const nf = format !== undefined && format !== "" && format !== "General" ? format : undefined;
    if (blank) kind = CellKind.Blank;
    else if (typeof value === "number") {
      if (Number.isFinite(value)) {
        kind = isDateFormat(nf) ? CellKind.Date : CellKind.Number;
        number = value;
      } else {
        kind = CellKind.Error;
        text = "#NUM!";
      }
    } else if (typeof value === "string") {
      kind = CellKind.Text;
      text = value;
    } else if (typeof value === "boolean") {
      kind = CellKind.Boolean;
      number = value ? 1 : 0;
    } else if (value instanceof Date) {
      number = dateToSerial(value);
      kind = Number.isFinite(number) ? CellKind.Date : CellKind.Error;
      if (kind === CellKind.Error) text = "#VALUE!";
    } else if (isErrorObject(value)) {
      kind = CellKind.Error;
      text = value.error;
    }
    const i = this.rows.length;
    this.rows.push(row);
    this.cols.push(col);
    this.kinds.push(kind);
    this.numbers.push(number);
    this.flags.push(formula ? 1 : 0);
    if (text !== undefined) this.texts.set(i, text);
    if (nf !== undefined) this.formats.set(i, nf);
    if (row > this.lastRow) this.lastRow = row;
    if (col > this.lastCol) this.lastCol = col;
    this.present++;
    return undefined;
  }

  /** The sheet as the checks see it, or the limit its shape breaks. */
  build(): SheetGrid | LimitBreach {
    const n = this.rows.length;
    if (n > 0) {
      const span = (this.lastRow + 1) * (this.lastCol + 1);
      const far = `${this.name}!${columnLetter(this.lastCol)}${this.lastRow + 1}`;
      const breach = overLimit("usedRangeCells", span, far);
      if (breach) return breach;
    }
    const rowIds = distinct(this.rows.data.subarray(0, n));
    const colIds = distinct(this.cols.data.subarray(0, n));
    const area = rowIds.length * colIds.length;
    const breach = overLimit("gridCells", area, this.name);
    if (breach) return breach;
    // Lookups by worksheet row and column: at most Excel's grid (4 MB and 64 KB), whatever the cells.
    const rowAt = indexOf(rowIds, this.lastRow);
    const colAt = indexOf(colIds, this.lastCol);
    const cols = colIds.length;
    const kinds = new Uint8Array(area);
    const numbers = new Float64Array(area).fill(NaN);
    const texts = new Array<string | undefined>(area);
    const formulas = new Uint8Array(area);
    const formats = new Array<string | undefined>(area);
    const at = new Int32Array(n);
    const rowsOf = this.rows.data;
    const colsOf = this.cols.data;
    for (let k = 0; k < n; k++) {
      const i = rowAt[rowsOf[k]] * cols + colAt[colsOf[k]];
      at[k] = i;
      kinds[i] = this.kinds.data[k];
      numbers[i] = this.numbers.data[k];
      formulas[i] = this.flags.data[k];
    }
    for (const [k, text] of this.texts) texts[at[k]] = text;
    for (const [k, nf] of this.formats) formats[at[k]] = nf;
    return {
      name: this.name,
      rows: rowIds.length,
      cols,
      top: rowIds.length > 0 ? rowIds[0] : 0,
      left: colIds.length > 0 ? colIds[0] : 0,
      rowIds,
      colIds,
      kinds,
      numbers,
      texts,
      formulas,
      formats,
    };
  }
}

function distinct(values: Int32Array): Int32Array {
  const sorted = Int32Array.from(new Set(values));
  return sorted.sort();
}

function indexOf(ids: Int32Array, last: number): Int32Array {
  const out = new Int32Array(Math.max(0, last + 1));
  ids.forEach((id, k) => (out[id] = k));
  return out;
}
