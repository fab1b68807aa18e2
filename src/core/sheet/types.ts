/**
 * The neutral "sheet as read": what a data check sees of a worksheet (or of a selected
 * table in it), whichever adapter read it. Column-wise typed arrays rather than one
 * object per cell, so a million cells are checked without a million allocations.
 */

/** What a cell holds. Dates are kept apart from numbers (their serial is in `numbers`). */
export const CellKind = {
  Blank: 0,
  Number: 1,
  Text: 2,
  Boolean: 3,
  Date: 4,
  Error: 5,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

export interface SheetGrid {
  /** The worksheet's name. */
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Worksheet row and column (0-based) of the grid's top-left cell: A1 is (0, 0). */
  readonly top: number;
  readonly left: number;
  /**
   * Worksheet row (0-based) of each grid row, ascending. A grid read from a file holds only
   * the rows and columns that have a cell (see SparseSheet), so grid row r is worksheet row
   * rowIds[r], not top + r; use sheetRow / sheetCol.
   */
  readonly rowIds: Int32Array;
  readonly colIds: Int32Array;
  /** Row-major, `rows * cols`: the kind of each cell. */
  readonly kinds: Uint8Array;
  /** Numbers, date serials (Excel's 1900 system) and booleans as 0/1; NaN elsewhere. */
  readonly numbers: Float64Array;
  /** Text, and the code of an error value ("#N/A"); undefined elsewhere. */
  readonly texts: ReadonlyArray<string | undefined>;
  /** 1 where the cell holds a formula (its value is then the computed result). */
  readonly formulas: Uint8Array;
  /** Number formats other than General, where known; undefined elsewhere. */
  readonly formats: ReadonlyArray<string | undefined>;
}

/** A cell as an adapter hands it over. `{ error }` is an error value such as "#DIV/0!". */
export type RawCell = number | string | boolean | Date | null | undefined | { readonly error: string };

/** Worksheet row (0-based) of a grid row. */
export function sheetRow(grid: SheetGrid, r: number): number {
  return grid.rowIds[r] ?? grid.top + r;
}

/** Worksheet column (0-based) of a grid column. */
export function sheetCol(grid: SheetGrid, c: number): number {
  return grid.colIds[c] ?? grid.left + c;
}

/** The grid row of a worksheet row (0-based), or -1 when the grid has no such row. */
export function gridRow(grid: SheetGrid, row: number): number {
  let lo = 0;
  let hi = grid.rowIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = grid.rowIds[mid];
    if (v === row) return mid;
    if (v < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
