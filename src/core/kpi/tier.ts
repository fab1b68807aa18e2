import { cellError, type Result } from "../errors";
import { toNumber } from "../values";
import { toDirection } from "./direction";

/** Levels a result can reach against a plan with a base and a challenge target. */
export const TIER_BELOW_BASE = 0;
export const TIER_BASE = 1;
export const TIER_CHALLENGE = 2;

/**
 * Which level was reached: 0 below base, 1 base reached, 2 challenge reached.
 * Reaching means at least the level for higher-is-better, at most for lower-is-better.
 */
export function tier(actual: unknown, base: unknown, challenge: unknown, direction?: unknown): Result {
  const a = toNumber(actual, "actual");
  if (typeof a !== "number") return a;
  const b = toNumber(base, "base");
  if (typeof b !== "number") return b;
  const c = toNumber(challenge, "challenge");
  if (typeof c !== "number") return c;
  const d = toDirection(direction);
  if (typeof d !== "string") return d;
  if (d === "higher") {
    if (c < b) return cellError("#VALUE!", "tier.order.higher", { base: b, challenge: c });
    return a >= c ? TIER_CHALLENGE : a >= b ? TIER_BASE : TIER_BELOW_BASE;
  }
  if (c > b) return cellError("#VALUE!", "tier.order.lower", { base: b, challenge: c });
  return a <= c ? TIER_CHALLENGE : a <= b ? TIER_BASE : TIER_BELOW_BASE;
}
