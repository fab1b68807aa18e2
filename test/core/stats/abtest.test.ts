import {
  abTest,
  parseAbTestOptions,
  probabilityVariantBetter,
  proportionInterval,
  sampleRatioTest,
  CI_METHODS,
  abTestTable,
} from "../../../src/core/stats";
import { upperChisquare, betaDistribution, betaln } from "../../../src/core/stats/dists";
import { isCellError } from "../../../src/core/errors";

const ok = <T>(r: T): Exclude<T, { error: string }> => {
  if (isCellError(r)) throw new Error(`unexpected error ${r.message}`);
  return r as Exclude<T, { error: string }>;
};

/** P(X2 > X1) by Simpson's rule on ∫ f1(x) (1 - F2(x)) dx: an independent check of the closed form. */
function integrated(a1: number, b1: number, a2: number, b2: number): number {
  const steps = 20000;
  const pdf = (x: number) => Math.exp((a1 - 1) * Math.log(x) + (b1 - 1) * Math.log(1 - x) - betaln(a1, b1));
  const f = (x: number) => (x <= 0 || x >= 1 ? 0 : pdf(x) * (1 - betaDistribution(x, a2, b2)));
  let s = f(0) + f(1);
  for (let i = 1; i < steps; i++) s += (i % 2 ? 4 : 2) * f(i / steps);
  return s / (3 * steps);
}

describe("abTest", () => {
  it("pooled z equals the 2x2 chi-square without continuity correction (CHISQ.TEST)", () => {
    const r = ok(abTest(200, 1000, 250, 1000));
    const z = r.z as number;
    expect(upperChisquare(z * z, 1)).toBeCloseTo(r.p as number, 12);
    expect(r.verdict).toBe("significant_lift");
    expect(r.difference.value).toBeCloseTo(0.05, 15);
    expect(r.lift.value).toBeCloseTo(0.25, 12);
  });

  it("a worse variant is a significant drop with a negative difference and lift", () => {
    const r = ok(abTest(250, 1000, 200, 1000));
    expect(r.verdict).toBe("significant_drop");
    expect(r.difference.ci[1]).toBeLessThan(0);
    expect((r.lift.ci as readonly number[])[1]).toBeLessThan(0);
  });

  it("Katz interval: lift = ratio - 1, around ln(ratio) ± z·sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2)", () => {
    const r = ok(abTest(200, 1000, 250, 1000));
    const se = Math.sqrt(1 / 250 - 1 / 1000 + 1 / 200 - 1 / 1000);
    const [lo, hi] = r.lift.ci as readonly [number, number];
    expect(Math.log(1 + lo)).toBeCloseTo(Math.log(1.25) - 1.959963984540054 * se, 10);
    expect(Math.log(1 + hi)).toBeCloseTo(Math.log(1.25) + 1.959963984540054 * se, 10);
  });

  it.each([
    [3, 40, 7, 45],
    [12, 100, 15, 90],
    [80, 100, 70, 95],
    [5, 300, 9, 280],
    [3000, 10000, 3100, 10000], // 3,001 terms: past the first re-anchoring of the running term
  ])("P(variant > control) for %i/%i vs %i/%i agrees with numerical integration", (xc, nc, xv, nv) => {
    const exact = probabilityVariantBetter(xc, nc, xv, nv);
    expect(exact).toBeCloseTo(integrated(xc + 1, nc - xc + 1, xv + 1, nv - xv + 1), 7);
    expect(exact + probabilityVariantBetter(xv, nv, xc, nc)).toBeCloseTo(1, 12);
  });

  it("P(variant > control) is 1/2 for identical arms, and uses the normal form past the limit", () => {
    expect(probabilityVariantBetter(30, 100, 30, 100)).toBeCloseTo(0.5, 12);
    const big = probabilityVariantBetter(100_000, 1_000_000, 101_000, 1_000_000);
    expect(big).toBeGreaterThan(0.99);
    expect(big).toBeLessThanOrEqual(1);
  });

  it("sample ratio mismatch overrides the verdict; split is the variant's planned share", () => {
    expect(ok(abTest(200, 1000, 300, 1300)).verdict).toBe("sample_ratio_mismatch");
    const r = ok(abTest(200, 1000, 300, 1300, null, ok(parseAbTestOptions("split=0.565"))));
    expect(r.srmP).toBeGreaterThan(0.001);
    expect(r.verdict).not.toBe("sample_ratio_mismatch");
  });

  it("zero conversions, all conversions and tiny arms are an insufficient sample, never NaN", () => {
    for (const args of [
      [0, 1000, 0, 1000],
      [1000, 1000, 1000, 1000],
      [0, 1000, 30, 1000],
      [4, 1000, 40, 1000],
      [996, 1000, 900, 1000],
    ]) {
      const r = ok(abTest(args[0], args[1], args[2], args[3]));
      expect(r.verdict).toBe("insufficient_sample");
      for (const cell of abTestTable(r, "en-US").flat()) {
        expect(typeof cell === "string" || Number.isFinite(cell)).toBe(true);
      }
    }
  });

  it("fewer visitors than planned is an insufficient sample", () => {
    expect(ok(abTest(200, 1000, 250, 1000, null, ok(parseAbTestOptions("planned=3826")))).verdict).toBe(
      "insufficient_sample",
    );
  });

  it("one-sided tests ask whether the variant is better", () => {
    const two = ok(abTest(200, 1000, 230, 1000));
    const one = ok(abTest(200, 1000, 230, 1000, 0.05, ok(parseAbTestOptions("tails=1"))));
    expect(one.p).toBeCloseTo((two.p as number) / 2, 14);
    expect(ok(abTest(230, 1000, 200, 1000, 0.05, ok(parseAbTestOptions("tails=1")))).p).toBeGreaterThan(0.5);
  });

  it("bad inputs are errors naming the argument", () => {
    expect(abTest(1200, 1000, 250, 1000)).toMatchObject({
      error: "#VALUE!",
      message: "control_conversions (1200) is more than control_visitors (1000)",
    });
    expect(abTest(200, 1000, -1, 1000)).toMatchObject({
      error: "#VALUE!",
      message: "variant_conversions is negative (-1)",
    });
    expect(abTest(200, 1000, "many", 1000)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("variant_conversions"),
    });
    expect(abTest(200.5, 1000, 250, 1000)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("whole"),
    });
    expect(abTest(0, 0, 250, 1000)).toMatchObject({ error: "#DIV/0!" });
    expect(abTest(null, 1000, 250, 1000)).toMatchObject({ error: "#N/A" });
    expect(abTest(200, 1000, 250, 1000, 1.5)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("alpha"),
    });
    expect(parseAbTestOptions("ci=magic")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("ci") });
    expect(parseAbTestOptions("split=2")).toMatchObject({ message: expect.stringContaining("split") });
    expect(parseAbTestOptions("colour=red")).toMatchObject({ message: expect.stringContaining("colour") });
  });

  it("every interval method stays inside [0, 1] and contains the rate", () => {
    for (const method of CI_METHODS) {
      for (const [x, n] of [
        [0, 20],
        [1, 20],
        [10, 20],
        [20, 20],
        [200, 1000],
      ]) {
        const [lo, hi] = proportionInterval(x, n, 0.05, method);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(x / n + 1e-15);
        expect(hi).toBeGreaterThanOrEqual(x / n - 1e-15);
      }
    }
  });

  it("Clopper-Pearson bounds are Beta quantiles: the CDF at the bound is alpha/2", () => {
    const [lo, hi] = proportionInterval(7, 50, 0.05, "clopper-pearson");
    expect(betaDistribution(lo, 7, 44)).toBeCloseTo(0.025, 12);
    expect(betaDistribution(hi, 8, 43)).toBeCloseTo(0.975, 12);
  });

  it("SRM is Pearson's goodness of fit", () => {
    const r = ok(sampleRatioTest([5000, 5200], [1, 1]));
    expect(r.chiSquare).toBeCloseTo((100 ** 2 / 5100) * 2, 12);
    expect(r.df).toBe(1);
  });
});
