import {
  abTestMeans,
  abTestMeansRaw,
  benchmarkTest,
  pAdjust,
  parseSizeOptions,
  proportionInterval,
  sampleSize,
  srmFromRanges,
} from "../../../src/core/stats";
import { isCellError } from "../../../src/core/errors";

const ok = <T>(r: T): Exclude<T, { error: string }> => {
  if (isCellError(r)) throw new Error(`unexpected error ${r.message}`);
  return r as Exclude<T, { error: string }>;
};

// Reference figures computed here with scipy 1.17.1 (stats.ttest_ind_from_stats,
// ttest_ind(equal_var=False), chisquare, binomtest(...).proportion_ci("exact")).
describe("Welch's t-test", () => {
  it("from summaries: t = 2.0360029565045017, p = 0.04228270767429592, df = 494.2861191473231", () => {
    const r = ok(abTestMeans(52.3, 18.1, 240, 55.9, 21.4, 260));
    expect(r.t).toBeCloseTo(2.0360029565045017, 12);
    expect(r.p).toBeCloseTo(0.04228270767429592, 12);
    expect(r.df).toBeCloseTo(494.2861191473231, 9);
    expect(r.difference.ci[0]).toBeCloseTo(0.12594325241227944, 10);
    expect(r.difference.ci[1]).toBeCloseTo(7.07405674758772, 10);
    expect(r.verdict).toBe("significant_lift");
  });

  it("from raw ranges: t = 1.4771452401504424, p = 0.16681200389241038, df = 11.361315642560337 (fractional)", () => {
    const control = [[12.5], [30], [22], [null], [18.75], [40], [9.9], [25]];
    const variant = [[20], [35.5], [28], [31], [19.5], [44], [27], [33]];
    const r = ok(abTestMeansRaw(control, variant));
    expect(r.t).toBeCloseTo(1.4771452401504424, 12);
    expect(r.p).toBeCloseTo(0.16681200389241038, 12);
    expect(r.df).toBeCloseTo(11.361315642560337, 10);
    expect(r.verdict).toBe("not_significant");
  });

  it("bad inputs name the argument", () => {
    expect(abTestMeans(1, 0, 10, 2, 0, 10)).toMatchObject({ error: "#DIV/0!" });
    expect(abTestMeans(1, -1, 10, 2, 1, 10)).toMatchObject({ message: "control_sd is negative (-1)" });
    expect(abTestMeans(1, 1, 1, 2, 1, 10)).toMatchObject({ message: expect.stringContaining("control_n") });
    expect(abTestMeansRaw([[1], ["x"]], [[1], [2]])).toMatchObject({
      message: expect.stringContaining("control_values"),
    });
    expect(abTestMeansRaw([[1], [3]], [[2]])).toMatchObject({ message: expect.stringContaining("variant_values") });
  });
});

describe("sample size", () => {
  it("relative MDE multiplies the baseline; more arms split alpha (Bonferroni) and add visitors", () => {
    const abs = ok(sampleSize(0.05, 0.01));
    const rel = ok(sampleSize(0.05, 0.2, null, null, ok(parseSizeOptions("type=relative"))));
    expect(rel.exact).toBeCloseTo(abs.exact, 8);
    const three = ok(sampleSize(0.05, 0.01, null, null, ok(parseSizeOptions("variants=3; daily=1000"))));
    expect(three.perVariant).toBeGreaterThan(abs.perVariant);
    expect(three.total).toBe(3 * three.perVariant);
    expect(three.days).toBe(Math.ceil(three.total / 1000));
  });

  it("arcsine is Cohen's h", () => {
    const r = ok(sampleSize(0.1, 0.02, null, null, ok(parseSizeOptions("method=arcsine"))));
    const h = 2 * Math.asin(Math.sqrt(0.12)) - 2 * Math.asin(Math.sqrt(0.1));
    expect(r.exact).toBeCloseTo(((1.959963984540054 + 0.8416212335729143) / h) ** 2, 6);
  });

  it("bad inputs are clear errors", () => {
    expect(sampleSize(0, 0.01)).toMatchObject({ message: expect.stringContaining("baseline_rate") });
    expect(sampleSize(0.05, 0)).toMatchObject({ message: "mde is 0: there is no difference to detect" });
    expect(sampleSize(0.95, 0.1)).toMatchObject({ message: expect.stringContaining("outside (0, 1)") });
    expect(sampleSize(0.05, 0.01, 0.05, 1)).toMatchObject({ message: expect.stringContaining("power") });
    expect(parseSizeOptions("method=magic")).toMatchObject({ message: expect.stringContaining("method") });
    expect(parseSizeOptions("daily=-5")).toMatchObject({ message: expect.stringContaining("daily") });
  });
});

describe("PROPCI, BENCHMARK, SRM and PADJUST inputs", () => {
  it("Clopper-Pearson 7/50 matches scipy's exact interval [0.05819170033997344, 0.26739600249700846]", () => {
    const [lo, hi] = proportionInterval(7, 50, 0.05, "clopper-pearson");
    expect(lo).toBeCloseTo(0.05819170033997344, 12);
    expect(hi).toBeCloseTo(0.26739600249700846, 12);
  });

  it("benchmark: a small sample against a rare rate is insufficient", () => {
    expect(ok(benchmarkTest(1, 40, 0.06)).verdict).toBe("insufficient_sample");
    expect(ok(benchmarkTest(90, 600, 0.06)).verdict).toBe("above");
  });

  it("SRM of three arms against planned counts: p = 0.18887560283756186", () => {
    const r = ok(srmFromRanges([[100], [120], [95]], [[1], [1], [1]]));
    expect(r.p).toBeCloseTo(0.18887560283756186, 12);
    expect(r.mismatch).toBe(false);
    expect(ok(srmFromRanges([[100], [120], [95]])).p).toBeCloseTo(r.p, 15);
    expect(srmFromRanges([[100], [120]], [[1], [1], [1]])).toMatchObject({ error: "#VALUE!" });
  });

  it("PADJUST checks its p-values and method", () => {
    expect(pAdjust([[0.01], [1.2]])).toMatchObject({ message: expect.stringContaining("p_values") });
    expect(pAdjust([[0.01]], "sidak")).toMatchObject({ message: expect.stringContaining("method") });
    expect(ok(pAdjust([[0.01], [0.04]], "BH"))).toEqual([0.02, 0.04]);
  });
});
