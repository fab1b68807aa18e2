import { cellError, type Result } from "../errors";
import { finite, toNumber } from "../values";
import { toDirection } from "./direction";

/**
 * Achievement against target.
 * - higher is better: 1 + (actual - target) / |target|, which is actual / target for a
 *   positive target (4200 of 5000 = 84%);
 * - lower is better (costs): 1 - (actual - target) / |target| (CAC 240 against 200 = 80%).
 * A zero target has no achievement: #DIV/0!.
 */
export function achievement(actual: unknown, target: unknown, direction?: unknown): Result {
  const a = toNumber(actual, "actual");
  if (typeof a !== "number") return a;
  const tg = toNumber(target, "target");
  if (typeof tg !== "number") return tg;
  const d = toDirection(direction);
  if (typeof d !== "string") return d;
  if (tg === 0) return cellError("#DIV/0!", "achievement.zeroTarget");
  const relative = (a - tg) / Math.abs(tg);
  if (d === "higher" && tg > 0) return finite(a / tg);
  return finite(d === "higher" ? 1 + relative : 1 - relative);
}
