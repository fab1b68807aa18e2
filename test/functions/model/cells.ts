/**
 * What a formula can hand a custom function: literals, references to cells (which may be
 * blank, hold an error value or a data type), and arguments left out.
 */

export type ExcelErrorCode = "#DIV/0!" | "#N/A" | "#VALUE!" | "#REF!" | "#NUM!" | "#NAME?" | "#NULL!";

/** A cell holding an error value, such as the result of =1/0 or =NA(). */
export class ErrorCell {
  constructor(readonly code: ExcelErrorCode) {}
}

/**
 * A cell holding a data type (an entity, a linked data type such as Stocks, a formatted
 * number): a rich value with a basic value that is what Range.values would return.
 */
export class DataTypeCell {
  constructor(readonly basicValue: number | string | boolean) {}
}

/** One cell: a number, text, a boolean, `null` for a blank cell, an error value or a data type. */
export type CellInput = number | string | boolean | null | ErrorCell | DataTypeCell;

/** A reference in the formula: a single cell or a rectangular range of cells. */
export class RangeArg {
  readonly rows: readonly (readonly CellInput[])[];
  constructor(rows: CellInput[][]) {
    if (rows.length === 0 || rows[0].length === 0) throw new Error("excel-model: a range has at least one cell");
    const width = rows[0].length;
    if (rows.some((row) => row.length !== width)) throw new Error("excel-model: a range is rectangular");
    this.rows = rows.map((row) => [...row]);
  }
  get height(): number {
    return this.rows.length;
  }
  get width(): number {
    return this.rows[0].length;
  }
}

/** An argument left out of the formula: `=MKT.ROI(1, 2)` leaves `baseline` out, `=F(1,,3)` the second. */
export const omitted: unique symbol = Symbol("omitted argument");

/** Literals typed in the formula, references, and arguments left out. */
export type FormulaArg = number | string | boolean | RangeArg | typeof omitted;

export function range(rows: CellInput[][]): RangeArg {
  return new RangeArg(rows);
}

export function errorCell(code: ExcelErrorCode): CellInput {
  return new ErrorCell(code);
}

export function dataTypeCell(basicValue: number | string | boolean): CellInput {
  return new DataTypeCell(basicValue);
}
