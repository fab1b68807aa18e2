import { cellError, type Result } from "../errors";
import { finite, toNumber, toOptionalNumber } from "../values";

/**
 * Return on investment net of natural growth: (revenue - baseline - cost) / cost.
 * `baseline` is revenue that would have come without the campaign (default 0).
 */
export function roi(revenue: unknown, cost: unknown, baseline?: unknown): Result {
  const r = toNumber(revenue, "revenue");
  if (typeof r !== "number") return r;
  const c = toNumber(cost, "cost");
  if (typeof c !== "number") return c;
  const b = toOptionalNumber(baseline, "baseline", 0);
  if (typeof b !== "number") return b;
  if (c < 0) return cellError("#VALUE!", "arg.negative", { arg: "cost", value: c });
  if (c === 0) return cellError("#DIV/0!", "arg.zero", { arg: "cost" });
  return finite((r - b - c) / c);
}
