import { cellError, isCellError, type Result } from "../errors";

/** One rung of a bonus ladder: from `threshold` (a score, 1 = 100%) on, the pay is multiplied by `multiplier`. */
export interface Rung {
  readonly threshold: number;
  readonly multiplier: number;
}

/**
 * The default ladder (阶梯式奖金): nothing below 80%, 1.0 from 80%, 1.2 from 100%, 2.0 from
 * 120% ("exceed the target by 20%, double the performance pay", as the appraisal scheme says).
 */
export const DEFAULT_LADDER: readonly Rung[] = [
  { threshold: 0.8, multiplier: 1 },
  { threshold: 1, multiplier: 1.2 },
  { threshold: 1.2, multiplier: 2 },
];

/** Rungs must rise strictly, so "the highest rung reached" is one rung. */
export function checkLadder(rungs: readonly Rung[]): Result<readonly Rung[]> {
  if (rungs.length === 0) return cellError("#VALUE!", "ladder.empty");
  for (let i = 1; i < rungs.length; i++) {
    if (!(rungs[i].threshold > rungs[i - 1].threshold))
      return cellError("#VALUE!", "ladder.order", { rung: i + 1, threshold: rungs[i].threshold });
  }
  return rungs;
}

/**
 * The multiplier of the highest rung a score reaches (at or above its threshold), 0 below
 * the first rung: what LOOKUP(score, thresholds, multipliers) gives on the sheet.
 */
export function ladderMultiplier(score: number, rungs: readonly Rung[]): Result {
  const ladder = checkLadder(rungs);
  if (isCellError(ladder)) return ladder;
  let multiplier = 0;
  for (const rung of ladder) if (score >= rung.threshold) multiplier = rung.multiplier;
  return multiplier;
}

/** Below the first rung: not met (未达标), the state that two periods in a row sends to review. */
export function belowFirstRung(score: number, rungs: readonly Rung[]): boolean {
  return rungs.length > 0 && score < rungs[0].threshold;
}
