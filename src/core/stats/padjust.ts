import { cellError, isCellError, type Result } from "../errors";
import { toNumbers } from "../values";
import { toChoice } from "./inputs";

export const P_ADJUST_METHODS = ["holm", "bh"] as const;
export type PAdjustMethod = (typeof P_ADJUST_METHODS)[number];

const ALIASES: Readonly<Record<string, PAdjustMethod>> = {
  "benjamini-hochberg": "bh",
  fdr: "bh",
  bonferroni_holm: "holm",
};

/**
 * Adjusted p-values as R's p.adjust computes them: Holm's step-down (controls the
 * family-wise error) or Benjamini-Hochberg's step-up (controls the false discovery rate).
 */
export function adjustP(p: readonly number[], method: PAdjustMethod): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  const out = new Array<number>(m);
  if (method === "holm") {
    let running = 0;
    order.forEach((idx, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * p[idx]));
      out[idx] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const idx = order[rank];
      running = Math.min(running, Math.min(1, (m / (rank + 1)) * p[idx]));
      out[idx] = running;
    }
  }
  return out;
}

/** MKT.PADJUST: p-values from a range (blanks skipped), each checked to lie in [0, 1]. */
export function pAdjust(values: unknown, method?: unknown): Result<number[]> {
  const chosen = toChoice(method, "method", P_ADJUST_METHODS, "holm", ALIASES);
  if (isCellError(chosen)) return chosen;
  const p = toNumbers(values, "p_values");
  if (isCellError(p)) return p;
  const bad = p.find((x) => x < 0 || x > 1);
  if (bad !== undefined) return cellError("#VALUE!", "stats.probability", { arg: "p_values", value: bad });
  return adjustP(p, chosen);
}
