/**
 * Is the difference real? Two-proportion A/B tests, Welch's t-test, intervals for rates,
 * sample sizes, a benchmark test, sample-ratio checks and p-value adjustment. Every
 * distribution comes from @stdlib (see ./dists).
 */
export { abTest, VERDICTS, type AbTestResult, type ArmResult, type Verdict } from "./abtest";
export { DEFAULT_AB_OPTIONS, parseAbTestOptions, type AbTestOptions } from "./abtest-options";
export { EXACT_SUM_LIMIT, probabilityVariantBetter } from "./bayes";
export { benchmarkTest, type BenchmarkResult } from "./benchmark";
export {
  agrestiCoull,
  CI_METHODS,
  clopperPearson,
  jeffreys,
  katzRatio,
  newcombeDifference,
  proportionInterval,
  wald,
  wilson,
  type CiMethod,
  type Interval,
} from "./intervals";
export { zCritical } from "./dists";
export { abTestMeans, abTestMeansRaw, summarize, welchTest, type GroupSummary, type MeansTestResult } from "./means";
export { adjustP, pAdjust, P_ADJUST_METHODS, type PAdjustMethod } from "./padjust";
export { propCi } from "./propci";
export {
  DEFAULT_SIZE_SETTINGS,
  MDE_TYPES,
  parseSizeOptions,
  requiredPerArm,
  sampleSize,
  SIZE_METHODS,
  type MdeType,
  type SampleSizeResult,
  type SampleSizeSettings,
  type SizeMethod,
} from "./samplesize";
export { sampleRatioP, sampleRatioTest, srmFromRanges, SRM_THRESHOLD } from "./srm";
export {
  abTestTable,
  benchmarkTable,
  meansTable,
  propCiTable,
  sampleSizeTable,
  srmTable,
  verdictText,
  type Spill,
} from "./tables";
