import { cellError, type Result } from "../errors";
import { finite, sum, toNumber, toNumbers } from "../values";

/**
 * Customer acquisition cost: total cost / new customers. `cost` is a number or a range,
 * and `moreCosts` further ranges (ads, channel fees, labour...), all summed; blank cells
 * in a range are skipped as SUM skips them; a further range left blank adds nothing.
 */
export function cac(cost: unknown, newCustomers: unknown, ...moreCosts: unknown[]): Result {
  const parts: number[] = [];
  const first = toNumbers(cost, "cost");
  if (!Array.isArray(first)) return first;
  parts.push(...first);
  for (let i = 0; i < moreCosts.length; i++) {
    const more = toNumbers(moreCosts[i], `cost${i + 2}`, true);
    if (!Array.isArray(more)) return more;
    parts.push(...more);
  }
  const n = toNumber(newCustomers, "new_customers");
  if (typeof n !== "number") return n;
  const total = finite(sum(parts));
  if (typeof total !== "number") return total;
  if (total < 0) return cellError("#VALUE!", "arg.negative", { arg: "cost", value: total });
  if (n < 0) return cellError("#VALUE!", "arg.negative", { arg: "new_customers", value: n });
  if (n === 0) return cellError("#DIV/0!", "arg.zero", { arg: "new_customers" });
  return finite(total / n);
}
