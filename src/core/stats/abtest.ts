import { isCellError, type Result } from "../errors";
import { finite } from "../values";
import { DEFAULT_AB_OPTIONS, type AbTestOptions } from "./abtest-options";
import { probabilityVariantBetter } from "./bayes";
import { upperNormal, zCritical } from "./dists";
import { toArm, toProbability } from "./inputs";
import { katzRatio, newcombeDifference, proportionInterval, type Interval } from "./intervals";
import { sampleRatioP, SRM_THRESHOLD } from "./srm";

export const VERDICTS = [
  "significant_lift",
  "significant_drop",
  "not_significant",
  "insufficient_sample",
  "sample_ratio_mismatch",
] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ArmResult {
  readonly conversions: number;
  readonly visitors: number;
  readonly rate: number;
  readonly ci: Interval;
}

export interface AbTestResult {
  readonly control: ArmResult;
  readonly variant: ArmResult;
  /** Variant rate - control rate, with Newcombe's hybrid score interval. */
  readonly difference: { readonly value: number; readonly ci: Interval };
  /** Variant rate / control rate - 1, with the Katz log interval; null without control conversions. */
  readonly lift: { readonly value: number | null; readonly ci: Interval | null };
  /** Pooled z (null when every visitor, or none, converted) and its p-value. */
  readonly z: number | null;
  readonly p: number | null;
  readonly probVariantBetter: number;
  readonly srmP: number;
  readonly verdict: Verdict;
  readonly alpha: number;
  readonly options: AbTestOptions;
}

/** n·p < 5 or n·(1 - p) < 5 in either arm, or fewer visitors than planned. */
function insufficient(arms: readonly { x: number; n: number }[], planned: number | undefined): boolean {
  return arms.some(({ x, n }) => x < 5 || n - x < 5 || (planned !== undefined && n < planned));
}

/**
 * Two-proportion test of a variant against a control. The p-value is the pooled z-test's
 * (two-sided by default; one-sided tests H1: variant > control), which equals the
 * chi-square test without continuity correction on the 2x2 table (Excel's CHISQ.TEST).
 * Intervals are two-sided at confidence 1 - alpha (1 - 2·alpha one-sided, so their lower
 * bound is the one-sided bound).
 */
export function abTest(
  controlConversions: unknown,
  controlVisitors: unknown,
  variantConversions: unknown,
  variantVisitors: unknown,
  alphaInput?: unknown,
  options: AbTestOptions = DEFAULT_AB_OPTIONS,
): Result<AbTestResult> {
  const c = toArm(controlConversions, controlVisitors, ["control_conversions", "control_visitors"]);
  if (isCellError(c)) return c;
  const v = toArm(variantConversions, variantVisitors, ["variant_conversions", "variant_visitors"]);
  if (isCellError(v)) return v;
  const alpha = toProbability(alphaInput, "alpha", 0.05);
  if (isCellError(alpha)) return alpha;
  const ciAlpha = options.tails === 1 ? 2 * alpha : alpha;
  if (ciAlpha >= 1) return toProbability(ciAlpha, "alpha") as Result<never>;
  const zc = zCritical(ciAlpha, 2);

  const pc = c.x / c.n;
  const pv = v.x / v.n;
  const pooled = (c.x + v.x) / (c.n + v.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / c.n + 1 / v.n));
  const z = se > 0 ? (pv - pc) / se : null;
  const p = z === null ? null : options.tails === 2 ? 2 * upperNormal(Math.abs(z)) : upperNormal(z);
  const ratio = katzRatio(v.x, v.n, c.x, c.n, zc);
  const srmP = sampleRatioP([c.n, v.n], [1 - options.split, options.split]);
  if (isCellError(srmP)) return srmP;

  let verdict: Verdict;
  if (srmP < SRM_THRESHOLD) verdict = "sample_ratio_mismatch";
  else if (insufficient([c, v], options.planned) || p === null) verdict = "insufficient_sample";
  else if (p < alpha) verdict = pv > pc ? "significant_lift" : "significant_drop";
  else verdict = "not_significant";

  const lift = c.x === 0 ? null : finite(pv / pc - 1);
  return {
    control: { conversions: c.x, visitors: c.n, rate: pc, ci: proportionInterval(c.x, c.n, ciAlpha, options.ci) },
    variant: { conversions: v.x, visitors: v.n, rate: pv, ci: proportionInterval(v.x, v.n, ciAlpha, options.ci) },
    difference: { value: pv - pc, ci: newcombeDifference(v.x, v.n, c.x, c.n, zc) },
    lift: {
      value: lift === null || isCellError(lift) ? null : lift,
      ci: ratio === undefined ? null : [ratio[0] - 1, ratio[1] - 1],
    },
    z,
    p,
    probVariantBetter: probabilityVariantBetter(c.x, c.n, v.x, v.n),
    srmP,
    verdict,
    alpha,
    options,
  };
}
