import { dateToSerial, isDateFormat, serialToIso } from "./dates";
import { CellKind, type RawCell, type SheetGrid } from "./types";

export interface BuildOptions {
  /** Worksheet row and column (0-based) of the first value: a selected table's corner. */
  readonly top?: number;
  readonly left?: number;
  /** Same shape as the values: true (or a formula text) where the cell holds a formula. */
  readonly formulas?: ReadonlyArray<ReadonlyArray<unknown>>;
  /** Same shape as the values: each cell's number format. A number under a date format is a date. */
  readonly formats?: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
}

function isErrorObject(v: object): v is { error: string } {
  return typeof (v as { error?: unknown }).error === "string";
}

/**
 * The sheet as read, from a 2-D array of values as an adapter read them. Ragged rows are
 * padded with blanks. An empty string is blank, as Excel reports an empty cell.
 */
export function buildSheet(
  name: string,
  values: ReadonlyArray<ReadonlyArray<RawCell>>,
  options: BuildOptions = {},
): SheetGrid {
  const rows = values.length;
  let cols = 0;
  for (const row of values) if (row.length > cols) cols = row.length;
  const n = rows * cols;
  const kinds = new Uint8Array(n);
  const numbers = new Float64Array(n).fill(NaN);
  const texts: (string | undefined)[] = new Array<string | undefined>(n);
  const formulas = new Uint8Array(n);
  const formats: (string | undefined)[] = new Array<string | undefined>(n);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    const fRow = options.formulas?.[r];
    const nfRow = options.formats?.[r];
    for (let c = 0; c < row.length; c++) {
      const i = r * cols + c;
      const v = row[c];
      const nf = nfRow?.[c];
      if (typeof nf === "string" && nf !== "" && nf !== "General") formats[i] = nf;
      const f = fRow?.[c];
      if (f === true || (typeof f === "string" && f.startsWith("="))) formulas[i] = 1;
      if (v === null || v === undefined || v === "") continue;
      if (typeof v === "number") {
        if (!Number.isFinite(v)) {
          kinds[i] = CellKind.Error;
          texts[i] = "#NUM!";
        } else {
          kinds[i] = isDateFormat(formats[i]) ? CellKind.Date : CellKind.Number;
          numbers[i] = v;
        }
      } else if (typeof v === "string") {
        kinds[i] = CellKind.Text;
        texts[i] = v;
      } else if (typeof v === "boolean") {
        kinds[i] = CellKind.Boolean;
        numbers[i] = v ? 1 : 0;
      } else if (v instanceof Date) {
        const serial = dateToSerial(v);
        if (Number.isFinite(serial)) {
          kinds[i] = CellKind.Date;
          numbers[i] = serial;
        } else {
          kinds[i] = CellKind.Error;
          texts[i] = "#VALUE!";
        }
      } else if (isErrorObject(v)) {
        kinds[i] = CellKind.Error;
        texts[i] = v.error;
      }
    }
  }
  const top = options.top ?? 0;
  const left = options.left ?? 0;
  const rowIds = Int32Array.from({ length: rows }, (_, r) => top + r);
  const colIds = Int32Array.from({ length: cols }, (_, c) => left + c);
  return { name, rows, cols, top, left, rowIds, colIds, kinds, numbers, texts, formulas, formats };
}

/** The value of a grid cell as plain data, for a report: number, text, boolean, ISO date ("2023-08-20") or error code. */
export function cellValue(grid: SheetGrid, row: number, col: number): string | number | boolean | null {
  const i = row * grid.cols + col;
  switch (grid.kinds[i]) {
    case CellKind.Number:
      return grid.numbers[i];
    case CellKind.Boolean:
      return grid.numbers[i] === 1;
    case CellKind.Text:
    case CellKind.Error:
      return grid.texts[i] ?? "";
    case CellKind.Date:
      return serialToIso(grid.numbers[i]);
    default:
      return null;
  }
}
