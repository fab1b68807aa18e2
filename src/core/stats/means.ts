import { cellError, isCellError, type Result } from "../errors";
import { toNumber, toNumbers } from "../values";
import { tInverse, upperT } from "./dists";
import { toProbability } from "./inputs";
import type { Interval } from "./intervals";

export interface GroupSummary {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

export interface MeansTestResult {
  readonly control: GroupSummary;
  readonly variant: GroupSummary;
  /** Variant mean - control mean, with the Welch interval at confidence 1 - alpha. */
  readonly difference: { readonly value: number; readonly ci: Interval };
  /** Difference / control mean; null when the control mean is 0. */
  readonly lift: number | null;
  readonly t: number;
  /** Welch-Satterthwaite degrees of freedom, not truncated to a whole number. */
  readonly df: number;
  readonly p: number;
  readonly verdict: "significant_lift" | "significant_drop" | "not_significant";
  readonly alpha: number;
}

function toGroup(mean: unknown, sd: unknown, n: unknown, prefix: string): Result<GroupSummary> {
  const m = toNumber(mean, `${prefix}_mean`);
  if (isCellError(m)) return m;
  const s = toNumber(sd, `${prefix}_sd`);
  if (isCellError(s)) return s;
  if (s < 0) return cellError("#VALUE!", "arg.negative", { arg: `${prefix}_sd`, value: s });
  const count = toNumber(n, `${prefix}_n`);
  if (isCellError(count)) return count;
  if (count < 2) return cellError("#VALUE!", "stats.tooFew", { arg: `${prefix}_n`, min: 2, value: count });
  return { mean: m, sd: s, n: count };
}

/** Welch's unequal-variance t-test of two groups given as summaries, two-sided. */
export function welchTest(control: GroupSummary, variant: GroupSummary, alphaInput?: unknown): Result<MeansTestResult> {
  const alpha = toProbability(alphaInput, "alpha", 0.05);
  if (isCellError(alpha)) return alpha;
  const a = control.sd ** 2 / control.n;
  const b = variant.sd ** 2 / variant.n;
  const se = Math.sqrt(a + b);
  if (!(se > 0)) return cellError("#DIV/0!", "stats.noVariance");
  const diff = variant.mean - control.mean;
  const t = diff / se;
  const df = (a + b) ** 2 / (a ** 2 / (control.n - 1) + b ** 2 / (variant.n - 1));
  const p = 2 * upperT(Math.abs(t), df);
  const half = tInverse(1 - alpha / 2, df) * se;
  return {
    control,
    variant,
    difference: { value: diff, ci: [diff - half, diff + half] },
    lift: control.mean === 0 ? null : diff / Math.abs(control.mean),
    t,
    df,
    p,
    verdict: p < alpha ? (diff > 0 ? "significant_lift" : "significant_drop") : "not_significant",
    alpha,
  };
}

/** MKT.ABTEST_MEANS: the test from each group's mean, standard deviation and size. */
export function abTestMeans(
  controlMean: unknown,
  controlSd: unknown,
  controlN: unknown,
  variantMean: unknown,
  variantSd: unknown,
  variantN: unknown,
  alpha?: unknown,
): Result<MeansTestResult> {
  const c = toGroup(controlMean, controlSd, controlN, "control");
  if (isCellError(c)) return c;
  const v = toGroup(variantMean, variantSd, variantN, "variant");
  if (isCellError(v)) return v;
  return welchTest(c, v, alpha);
}

/** Mean, sample standard deviation (n - 1) and size of raw values. */
export function summarize(values: readonly number[]): GroupSummary {
  const n = values.length;
  const mean = values.reduce((s, x) => s + x, 0) / n;
  const ss = values.reduce((s, x) => s + (x - mean) ** 2, 0);
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0, n };
}

/** MKT.ABTEST_MEANS_RAW: the test from two ranges of raw values (order value, revenue per user). */
export function abTestMeansRaw(
  controlValues: unknown,
  variantValues: unknown,
  alpha?: unknown,
): Result<MeansTestResult> {
  const c = toNumbers(controlValues, "control_values");
  if (isCellError(c)) return c;
  const v = toNumbers(variantValues, "variant_values");
  if (isCellError(v)) return v;
  if (c.length < 2) return cellError("#VALUE!", "stats.tooFew", { arg: "control_values", min: 2, value: c.length });
  if (v.length < 2) return cellError("#VALUE!", "stats.tooFew", { arg: "variant_values", min: 2, value: v.length });
  return welchTest(summarize(c), summarize(v), alpha);
}
