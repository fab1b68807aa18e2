import {
  abTest,
  adjustP,
  benchmarkTest,
  newcombeDifference,
  propCi,
  sampleSize,
  wilson,
  zCritical,
  DEFAULT_SIZE_SETTINGS,
} from "../../../src/core/stats";
import { isCellError } from "../../../src/core/errors";

/** The reference values of the issue (published or recomputed with scipy, statsmodels and R), to the digits given. */

const z95 = zCritical(0.05, 2);
const ok = <T>(r: T): Exclude<T, { error: string }> => {
  if (isCellError(r)) throw new Error(`unexpected error ${r.message}`);
  return r as Exclude<T, { error: string }>;
};

describe("reference values", () => {
  it("pooled z-test: statsmodels proportions_ztest([5,12],[83,99]) p = 0.1591812918", () => {
    expect(ok(abTest(5, 83, 12, 99)).p).toBeCloseTo(0.1591812918, 10);
  });

  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])("Newcombe (1998) Table II method 10: %i/%i vs %i/%i -> [%f, %f]", (x1, n1, x2, n2, lo, hi) => {
    const [l, u] = newcombeDifference(x1, n1, x2, n2, z95);
    expect(l).toBeCloseTo(lo, 4);
    expect(u).toBeCloseTo(hi, 4);
  });

  it("Newcombe's interval is the one ABTEST reports for variant minus control", () => {
    const r = ok(abTest(48, 80, 56, 70));
    expect(r.difference.ci[0]).toBeCloseTo(0.0524, 4);
    expect(r.difference.ci[1]).toBeCloseTo(0.3339, 4);
  });

  it("Wilson 200/1000 -> [0.1763770904, 0.2259189646] and 0/20 -> [0, 0.1611251581]", () => {
    const [l, u] = wilson(200, 1000, z95);
    expect(l).toBeCloseTo(0.1763770904, 10);
    expect(u).toBeCloseTo(0.2259189646, 10);
    const [l0, u0] = ok(propCi(0, 20)).ci;
    expect(l0).toBe(0);
    expect(u0).toBeCloseTo(0.1611251581, 10);
  });

  it("score test 45/600 against 6%: z = 1.5471318694, p = 0.1218314505, Wilson [0.0565222894, 0.0988851564]", () => {
    const r = ok(benchmarkTest(45, 600, 0.06));
    expect(r.z).toBeCloseTo(1.5471318694, 10);
    expect(r.p).toBeCloseTo(0.1218314505, 10);
    expect(r.ci[0]).toBeCloseTo(0.0565222894, 10);
    expect(r.ci[1]).toBeCloseTo(0.0988851564, 10);
    expect(r.verdict).toBe("same");
  });

  it("R power.prop.test(p1=.03, p2=.02): n = 3825.15, so 3826 per variant", () => {
    const r = ok(sampleSize(0.03, -0.01));
    expect(r.exact).toBeCloseTo(3825.15, 2);
    expect(r.perVariant).toBe(3826);
    expect(r.total).toBe(7652);
    expect(r.days).toBeNull();
  });

  it("R power.prop.test(p1=.1, p2=.11, sig.level=.1, power=.9): n = 16093.88", () => {
    const r = ok(sampleSize(0.1, 0.01, 0.1, 0.9));
    expect(r.exact).toBeCloseTo(16093.88, 2);
    expect(r.perVariant).toBe(16094);
  });

  it("Holm on [.01,.04,.03,.005] -> [.03,.06,.06,.02]; BH -> [.02,.04,.04,.02]", () => {
    const p = [0.01, 0.04, 0.03, 0.005];
    adjustP(p, "holm").forEach((v, i) => expect(v).toBeCloseTo([0.03, 0.06, 0.06, 0.02][i], 12));
    adjustP(p, "bh").forEach((v, i) => expect(v).toBeCloseTo([0.02, 0.04, 0.04, 0.02][i], 12));
  });

  it("evanmiller rounds to the nearest visitor; daily visitors give days", () => {
    const settings = { ...DEFAULT_SIZE_SETTINGS, method: "evanmiller" as const, daily: 300 };
    const r = ok(sampleSize(0.2, 0.05, 0.05, 0.8, settings));
    expect(r.perVariant).toBe(Math.round(r.exact));
    expect(r.perVariant).toBe(1030);
    expect(r.days).toBe(Math.ceil((2 * 1030) / 300));
  });
});
