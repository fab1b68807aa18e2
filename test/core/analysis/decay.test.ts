import { decayGrid, fitDecay, type DecayFit } from "../../../src/core/analysis";
import { isCellError } from "../../../src/core/errors";

const EXAMPLE = [1200, 1010, 880, 790, 650, 580, 500, 455];
const fit = (values: number[], threshold?: number, periods?: number[]): DecayFit => {
  const r = fitDecay(
    values.map((value, i) => ({ value, period: periods ? periods[i] : i })),
    threshold,
  );
  if (isCellError(r)) throw new Error(r.message);
  return r;
};

describe("decay", () => {
  it("reproduces the issue's example (LOGEST's figures)", () => {
    const f = fit(EXAMPLE, 600);
    expect(f.start).toBeCloseTo(1174.855732486, 8);
    expect(f.factor).toBeCloseTo(0.869464992218, 11);
    expect(f.decay).toBeCloseTo(1 - 0.869464992218, 11);
    expect(f.halfLife).toBeCloseTo(4.955397599, 8);
    expect(f.r2).toBeCloseTo(0.995841788, 8);
    expect(f.best).toBeCloseTo(4.804006262, 8);
  });
  it("recovers an exact exponential, and the fitted curve meets the threshold at the best duration", () => {
    const f = fit([800, 400, 200, 100], 50);
    expect(f.start).toBeCloseTo(800, 9);
    expect(f.factor).toBeCloseTo(0.5, 12);
    expect(f.halfLife).toBeCloseTo(1, 12);
    expect(f.r2).toBeCloseTo(1, 12);
    expect(f.best).toBeCloseTo(4, 12);
  });
  it("without a threshold, or when not decaying, half-life and best duration are blank", () => {
    const grid = decayGrid([[100], [120], [150]], null, 90, "en-US") as unknown[][];
    expect(grid[1][3]).toBe("");
    expect(grid[1][5]).toBe("");
    expect((decayGrid([[100], [50]], null, null, "en-US") as unknown[][])[1][5]).toBe("");
    expect(fit([100, 50], 200).best).toBeUndefined(); // already below the threshold at the start
  });
  it("periods may be unsorted and uneven; the fit is the same", () => {
    const a = fit([1200, 1010, 880, 790], undefined, [0, 1, 2, 3]);
    const b = fit([790, 1200, 880, 1010], undefined, [3, 0, 2, 1]);
    expect(b.factor).toBeCloseTo(a.factor, 14);
    expect(b.start).toBeCloseTo(a.start, 10);
  });
  it("values <= 0 are #VALUE! naming the row; blanks are gaps left out of the fit", () => {
    expect(decayGrid([[100], [0], [50]], null, null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: "values must be above 0 for the log-linear fit: row 2 is 0",
    });
    expect(decayGrid([[100], [-5]], null, null, "en-US")).toMatchObject({ error: "#VALUE!" });
    const gap = decayGrid([[800], [null], [200]], null, null, "en-US") as number[][];
    expect(gap[1][1]).toBeCloseTo(0.5, 12); // 800 at period 0, 200 at period 2
  });
  it("too few values, equal periods, a bad threshold are errors", () => {
    expect(decayGrid([[100]], null, null, "en-US")).toMatchObject({ error: "#VALUE!" });
    expect(decayGrid([[100], [50]], [[3], [3]], null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: "periods are all 3: the fit needs at least two different periods",
    });
    expect(decayGrid([[100], [50]], null, 0, "en-US")).toMatchObject({ error: "#VALUE!" });
    expect(decayGrid([[100], [50]], [[1]], null, "en-US")).toMatchObject({ error: "#VALUE!" });
    expect(decayGrid([[100], [50]], [[1], [null]], null, "en-US")).toMatchObject({ error: "#VALUE!" });
  });
});
