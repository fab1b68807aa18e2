import { numberCell } from "../attribution/cells";
import { cellError, isCellError, type CellError, type Result } from "../errors";
import { readDate, type DateProblem } from "../sheet/dates";
import { inputErrorCode, isBlank, toGrid } from "../values";

/**
 * Reading the analysis functions' arguments: one column (or row) of cells with their
 * positions, for messages that name the row; numbers, dates and names in those cells.
 */

/** A cell of a one-column (or one-row) argument and where it sits (1-based). */
export interface Located {
  readonly value: unknown;
  readonly row: number;
  readonly col: number;
}

/**
 * The cells of a single column or row, in order, read in place: `value(i)` for the work,
 * `at(i)` (which names the row and column) only for a message. A million-row range is
 * not copied into a million objects.
 */
export class Cells {
  constructor(
    private readonly grid: readonly (readonly unknown[])[],
    private readonly across: boolean,
  ) {}
  get length(): number {
    return this.across ? (this.grid[0]?.length ?? 0) : this.grid.length;
  }
  value(i: number): unknown {
    return this.across ? this.grid[0][i] : this.grid[i][0];
  }
  at(i: number): Located {
    return this.across
      ? { value: this.grid[0][i], row: 1, col: i + 1 }
      : { value: this.grid[i][0], row: i + 1, col: 1 };
  }
}

/** The cells of a single column or row; a single value is a list of one. */
export function listOf(value: unknown, arg: string): Result<Cells> {
  const grid = toGrid(value);
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (cols === 1) return new Cells(grid, false);
  if (rows <= 1) return new Cells(grid, true);
  return cellError("#VALUE!", "analysis.notColumn", { arg, rows, cols });
}

/** Two arguments read side by side must have as many cells. */
export function sameLength(a: Cells, argA: string, b: Cells, argB: string): CellError | undefined {
  if (a.length === b.length) return undefined;
  return cellError("#VALUE!", "analysis.lengthMismatch", { arg: argB, n1: b.length, arg2: argA, n2: a.length });
}

/** A cell that must hold a number. */
export function numberAt(cell: Located, arg: string): Result {
  return numberCell(cell.value, { arg, col: cell.col }, cell.row);
}

/** The error an error-valued cell (#N/A, #REF!...) passes on, naming its position; undefined otherwise. */
export function errorIn(cell: Located, arg: string): CellError | undefined {
  if (!inputErrorCode(cell.value)) return undefined;
  const e = numberAt(cell, arg);
  return isCellError(e) ? e : undefined;
}

/** Why a date cell is refused: not a date, or day and month in an order we must not guess. */
function dateError(problem: DateProblem, arg: string, cell: Located): CellError {
  const where = { arg, row: cell.row, col: cell.col, value: clip(problem.text) };
  if (problem.reason === "notADate") return cellError("#VALUE!", "analysis.notDate", where);
  const key = problem.reason === "ambiguous" ? "attribution.ambiguousTime" : "attribution.yearLastTime";
  return cellError("#VALUE!", key, { ...where, first: problem.readings[0], second: problem.readings[1] ?? "" });
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * A cell that must hold a date, read by the one date reader (serials, year-first text such
 * as 2024-01-31, 2024/1/31 or 2024年1月31日; day-month orders refused), as a whole day.
 */
export function dateAt(cell: Located, arg: string): Result {
  const e = errorIn(cell, arg);
  if (e) return e;
  const read = readDate(cell.value);
  return typeof read === "number" ? Math.floor(read) : dateError(read, arg, cell);
}

/** A single date argument (start, end). */
export function dateArgument(value: unknown, arg: string): Result {
  const cells = listOf(value, arg);
  if (isCellError(cells)) return cells;
  if (cells.length !== 1) return cellError("#VALUE!", "arg.notScalar", { arg });
  const v = cells.value(0);
  if (isBlank(v)) return cellError("#N/A", "arg.blank", { arg });
  const e = errorIn(cells.at(0), arg);
  if (e) return e;
  const read = readDate(v);
  if (typeof read === "number") return Math.floor(read);
  return read.reason === "notADate"
    ? cellError("#VALUE!", "analysis.dateArg", { arg, value: clip(read.text) })
    : dateError(read, arg, cells.at(0));
}

/** A name (a stage, a customer id): text as it is (trimmed), a number as its digits; blank is "". */
export function nameOf(v: unknown): string {
  if (isBlank(v)) return "";
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** True when an optional argument was left out (null, blank, or a range of blanks). */
export function isOmitted(value: unknown): boolean {
  if (value === undefined || isBlank(value)) return true;
  return Array.isArray(value) && toGrid(value).every((row) => row.every((cell) => isBlank(cell)));
}
