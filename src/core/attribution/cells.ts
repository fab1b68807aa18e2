import { cellError, type CellError } from "../errors";
import { inputErrorCode, isBlank } from "../values";

/** Where a column came from, for messages: the argument (or file column) name and its column number. */
export interface ColumnLabel {
  readonly arg: string;
  readonly col: number;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function known(code: string): "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" {
  return code === "#N/A" || code === "#DIV/0!" || code === "#NUM!" ? code : "#VALUE!";
}

/** A cell that must be a number, or the error that names its row and column. */
export function numberCell(cell: unknown, label: ColumnLabel, row: number): number | CellError {
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    return cellError("#NUM!", "range.notFinite", { arg: label.arg, row, col: label.col });
  }
  const where = { arg: label.arg, row, col: label.col };
  const code = inputErrorCode(cell);
  if (code) return cellError(known(code), "range.errorValue", { ...where, code });
  if (typeof cell === "boolean")
    return cellError("#VALUE!", "range.boolean", { ...where, value: cell ? "TRUE" : "FALSE" });
  return cellError("#VALUE!", "range.text", { ...where, value: clip(String(cell)) });
}

/**
 * A count (conversions, nulls): a number of at least 0. A blank is 0 where the
 * column is optional, an error where it is required.
 */
export function countCell(cell: unknown, label: ColumnLabel, row: number, required: boolean): number | CellError {
  if (isBlank(cell)) {
    return required ? cellError("#N/A", "attribution.blankCount", { arg: label.arg, row, col: label.col }) : 0;
  }
  const n = numberCell(cell, label, row);
  if (typeof n !== "number") return n;
  if (n < 0) return cellError("#VALUE!", "attribution.negative", { arg: label.arg, row, col: label.col, value: n });
  return n;
}

/** A cell's text (a path or a channel); error values give their error. */
export function textCell(cell: unknown, label: ColumnLabel, row: number): string | CellError {
  if (typeof cell === "string") return cell;
  const code = inputErrorCode(cell);
  if (code) return cellError(known(code), "range.errorValue", { arg: label.arg, row, col: label.col, code });
  if (isBlank(cell)) return "";
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}
