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
