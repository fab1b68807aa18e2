import { cellError, type Result } from "../errors";
import { inputErrorCode, isBlank, toGrid } from "../values";

/**
 * Reading the per-KPI ranges of MKT.SCORE: every cell in row-major order (a column, a row
 * or a block all work), and the yes / no marks of the excluded column.
 */

/** The cells of a range (or a single value) in row-major order. */
export function cellsOf(value: unknown): unknown[] {
  return toGrid(value).flat();
}

const YES = new Set(["yes", "y", "true", "1", "是", "是的", "培育期", "x", "✓"]);
const NO = new Set(["no", "n", "false", "0", "否", "不是"]);

/** A yes / no mark: blank, FALSE, 0, "no" or 否 is no; TRUE, 1, "yes" or 是 is yes. */
export function toYesNo(value: unknown, arg: string, row: number): Result<boolean> {
  if (isBlank(value)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 0 || value === 1) return value === 1;
  } else if (typeof value === "string") {
    const key = value.trim().toLowerCase();
    if (YES.has(key)) return true;
    if (NO.has(key) || key === "") return false;
  }
  const code = inputErrorCode(value);
  if (code) return cellError("#VALUE!", "range.errorValue", { arg, row, col: 1, code });
  return cellError("#VALUE!", "score.excluded", { arg, row, value: String(value).slice(0, 40) });
}
