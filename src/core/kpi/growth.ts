import { cellError, type Result } from "../errors";
import { finite, toNumber } from "../values";

/** Growth year-on-year or month-on-month: (current - previous) / |previous|. */
export function growth(current: unknown, previous: unknown): Result {
  const c = toNumber(current, "current");
  if (typeof c !== "number") return c;
  const p = toNumber(previous, "previous");
  if (typeof p !== "number") return p;
  if (p === 0) return cellError("#DIV/0!", "growth.zeroPrevious");
  return finite((c - p) / Math.abs(p));
}
