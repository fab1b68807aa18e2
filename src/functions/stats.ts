/* eslint-disable @typescript-eslint/no-explicit-any --
 * Parameters are `any` on purpose: Excel passes null for a blank cell or an omitted
 * argument; the core's checks name the argument of anything that is not right. */
import { isCellError, type Result } from "../core/errors";
import {
  abTest,
  abTestMeans,
  abTestMeansRaw,
  abTestTable,
  benchmarkTable,
  benchmarkTest,
  meansTable,
  pAdjust,
  parseAbTestOptions,
  parseSizeOptions,
  propCi,
  propCiTable,
  sampleSize,
  sampleSizeTable,
  srmFromRanges,
  srmTable,
  type Spill,
} from "../core/stats";
import { isBlank, toGrid } from "../core/values";
import { displayLocale } from "../excel/host";
import { toErrorValue } from "./excel-result";

/** A core result as a spill: the grid, or the error (with its localised message) in the formula's cell. */
function spill<T>(result: Result<T>, table: (value: T) => Spill): any[][] {
  return isCellError(result) ? (toErrorValue(result) as unknown as any[][]) : table(result);
}

/**
 * Two-proportion A/B test, variant against control: spills each rate with its Wilson interval, the difference (Newcombe interval), the relative lift (Katz interval), z, the two-sided p-value of the pooled z-test (= CHISQ.TEST on the 2x2 table), P(variant > control) under uniform priors, the sample-ratio-mismatch p-value and a verdict. Alpha 0.05 unless given.
 * @customfunction ABTEST
 * @helpurl https://localhost:3000/help.html#abtest
 * @param control_conversions Conversions in the control group.
 * @param control_visitors Visitors in the control group.
 * @param variant_conversions Conversions in the variant group.
 * @param variant_visitors Visitors in the variant group.
 * @param [alpha] Significance level, default 0.05.
 * @param [options] Settings such as "ci=wilson; tails=2; split=0.5; planned=5000" (ci: wilson, wald, agresti-coull, clopper-pearson, jeffreys; split: the variant's planned share; planned: visitors each arm needs).
 * @returns A header row, then measure, value, lower and upper bound per row.
 */
export function abTestFunction(
  control_conversions: any,
  control_visitors: any,
  variant_conversions: any,
  variant_visitors: any,
  alpha?: any,
  options?: any,
): any[][] {
  const settings = parseAbTestOptions(options);
  if (isCellError(settings)) return spill(settings, () => []);
  const result = abTest(control_conversions, control_visitors, variant_conversions, variant_visitors, alpha, settings);
  return spill(result, (r) => abTestTable(r, displayLocale()));
}

/**
 * Welch's t-test of two means (order value, revenue per user) from each group's mean, standard deviation and size: spills the difference with its interval, relative lift, t, fractional degrees of freedom, the two-sided p-value and a verdict. Alpha 0.05 unless given.
 * @customfunction ABTEST_MEANS
 * @helpurl https://localhost:3000/help.html#abtestmeans
 * @param control_mean Mean of the control group.
 * @param control_sd Standard deviation of the control group.
 * @param control_n Size of the control group (at least 2).
 * @param variant_mean Mean of the variant group.
 * @param variant_sd Standard deviation of the variant group.
 * @param variant_n Size of the variant group (at least 2).
 * @param [alpha] Significance level, default 0.05.
 * @returns A header row, then measure, value, lower and upper bound per row.
 */
export function abTestMeansFunction(
  control_mean: any,
  control_sd: any,
  control_n: any,
  variant_mean: any,
  variant_sd: any,
  variant_n: any,
  alpha?: any,
): any[][] {
  const result = abTestMeans(control_mean, control_sd, control_n, variant_mean, variant_sd, variant_n, alpha);
  return spill(result, (r) => meansTable(r, displayLocale()));
}

/**
 * Welch's t-test of two means from the raw values of each group (blank cells skipped): the same spill as ABTEST_MEANS.
 * @customfunction ABTEST_MEANS_RAW
 * @helpurl https://localhost:3000/help.html#abtestmeansraw
 * @param control_values The control group's values, one per user or order.
 * @param variant_values The variant group's values, one per user or order.
 * @param [alpha] Significance level, default 0.05.
 * @returns A header row, then measure, value, lower and upper bound per row.
 */
export function abTestMeansRawFunction(control_values: any[][], variant_values: any[][], alpha?: any): any[][] {
  return spill(abTestMeansRaw(control_values, variant_values, alpha), (r) => meansTable(r, displayLocale()));
}

/**
 * Visitors each variant needs to detect a change of the conversion rate, rounded up (two-sided, alpha 0.05 and power 0.8 unless given; the equation R's power.prop.test solves). With daily=N in options, spills visitors per variant, in total and the days needed.
 * @customfunction SAMPLESIZE
 * @helpurl https://localhost:3000/help.html#samplesize
 * @param baseline_rate The control's conversion rate, e.g. 0.05.
 * @param mde The minimum detectable effect: absolute (0.01 = one point) unless options say type=relative.
 * @param [alpha] Significance level, default 0.05.
 * @param [power] Power, default 0.8.
 * @param [options] Settings such as "type=relative; method=pooled; tails=2; variants=2; daily=2000" (method: pooled, evanmiller, arcsine).
 * @returns Visitors per variant; with daily, a table of visitors per variant, in total and days.
 */
export function sampleSizeFunction(baseline_rate: any, mde: any, alpha?: any, power?: any, options?: any): any[][] {
  const settings = parseSizeOptions(options);
  if (isCellError(settings)) return spill(settings, () => []);
  const result = sampleSize(baseline_rate, mde, alpha, power, settings);
  return spill(result, (r) => (r.days === null ? [[r.perVariant]] : sampleSizeTable(r, displayLocale())));
}

/**
 * A conversion rate with its two-sided confidence interval (Wilson score unless method says otherwise).
 * @customfunction PROPCI
 * @helpurl https://localhost:3000/help.html#propci
 * @param successes Conversions (successes).
 * @param trials Visitors (trials).
 * @param [confidence] Confidence level, default 0.95.
 * @param [method] wilson (default), wald, agresti-coull, clopper-pearson or jeffreys.
 * @returns A header row, then the rate with its lower and upper bound.
 */
export function propCiFunction(successes: any, trials: any, confidence?: any, method?: any): any[][] {
  return spill(propCi(successes, trials, confidence, method), (r) => propCiTable(r, displayLocale()));
}

/**
 * Is a conversion rate different from an industry benchmark? One-sample score test (two-sided), Wilson interval and a verdict. Alpha 0.05 unless given.
 * @customfunction BENCHMARK
 * @helpurl https://localhost:3000/help.html#benchmark
 * @param conversions Conversions.
 * @param visitors Visitors.
 * @param benchmark_rate The benchmark conversion rate, e.g. 0.06.
 * @param [alpha] Significance level, default 0.05.
 * @returns A header row, then rate (with interval), benchmark, z, p-value and verdict.
 */
export function benchmarkFunction(conversions: any, visitors: any, benchmark_rate: any, alpha?: any): any[][] {
  return spill(benchmarkTest(conversions, visitors, benchmark_rate, alpha), (r) => benchmarkTable(r, displayLocale()));
}

/**
 * Sample ratio mismatch: chi-square test of the visitors each arm received against the planned split (equal unless given). A p-value below 0.001 means the split is broken and the test's results cannot be trusted.
 * @customfunction SRM
 * @helpurl https://localhost:3000/help.html#srm
 * @param counts Visitors per arm (a range).
 * @param [planned_shares] Planned share or weight of each arm, same size as counts; default equal.
 * @returns A header row, then chi-square, degrees of freedom, p-value and verdict.
 */
export function srmFunction(counts: any[][], planned_shares?: any[][]): any[][] {
  return spill(srmFromRanges(counts, planned_shares), (r) => srmTable(r, displayLocale()));
}

/**
 * Adjusts p-values for multiple comparisons: Holm (default, family-wise error) or Benjamini-Hochberg (false discovery rate), as R's p.adjust. Spills the same shape as p_values; blank cells stay blank.
 * @customfunction PADJUST
 * @helpurl https://localhost:3000/help.html#padjust
 * @param p_values The p-values (a range).
 * @param [method] holm (default) or bh (Benjamini-Hochberg).
 * @returns The adjusted p-values, in place of the originals.
 */
export function pAdjustFunction(p_values: any[][], method?: any): any[][] {
  return spill(pAdjust(p_values, method), (adjusted) => {
    let next = 0;
    return toGrid(p_values).map((row) => row.map((cell) => (isBlank(cell) ? "" : adjusted[next++])));
  });
}
