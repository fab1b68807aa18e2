import { cellError, type Result } from "../errors";
import { finite, toNumber } from "../values";

/** Return on ad spend: revenue / ad_spend. */
export function roas(revenue: unknown, adSpend: unknown): Result {
  const r = toNumber(revenue, "revenue");
  if (typeof r !== "number") return r;
  const s = toNumber(adSpend, "ad_spend");
  if (typeof s !== "number") return s;
  if (s < 0) return cellError("#VALUE!", "arg.negative", { arg: "ad_spend", value: s });
  if (s === 0) return cellError("#DIV/0!", "arg.zero", { arg: "ad_spend" });
  return finite(r / s);
}
