import { achievement } from "../../../src/core/kpi";
import { DEFAULT_CAP, score, toCap } from "../../../src/core/appraisal";

const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe("score: the issue's example", () => {
  it("120 of 100 and 30 against 40 (lower is better), weights 0.6 / 0.4: 0.6 x 1.2 + 0.4 x 1.25 = 1.22", () => {
    expect(score(col(120, 30), col(100, 40), col(0.6, 0.4), col("higher", "lower"))).toBeCloseTo(1.22, 14);
  });
  it("with cap 1.1 both KPIs count 1.1, so the score is 1.1", () => {
    expect(score(col(120, 30), col(100, 40), col(0.6, 0.4), col("higher", "lower"), 1.1)).toBeCloseTo(1.1, 14);
  });
});

describe("score: each KPI as core's achievement computes it", () => {
  it("is the weighted sum of achievement() per KPI, Chinese direction words included", () => {
    const actuals = [4200, 240, 0.085];
    const targets = [5000, 200, 0.06];
    const dirs = ["越高越好", "越低越好", null];
    const weights = [0.5, 0.3, 0.2];
    const expected = actuals.reduce(
      (acc, a, i) => acc + weights[i] * Math.min(achievement(a, targets[i], dirs[i]) as number, DEFAULT_CAP),
      0,
    );
    expect(score(col(...actuals), col(...targets), col(...weights), col(...dirs))).toBeCloseTo(expected, 14);
  });
  it("caps at 1.5 by default, blank cap too; 0 or none means no cap", () => {
    const args = [col(300, 100), col(100, 100), col(0.5, 0.5)] as const;
    expect(score(...args)).toBeCloseTo(0.5 * 1.5 + 0.5 * 1, 14);
    expect(score(...args, null, null)).toBeCloseTo(1.25, 14);
    expect(score(...args, null, 0)).toBeCloseTo(0.5 * 3 + 0.5, 14);
    expect(score(...args, null, "none")).toBeCloseTo(2, 14);
    expect(score(...args, null, "不封顶")).toBeCloseTo(2, 14);
  });
  it("one direction applies to every KPI; a row, a column or a block reads the same", () => {
    expect(score([[120, 30]], [[100, 40]], [[0.6, 0.4]], "lower")).toBeCloseTo(0.6 * 0.8 + 0.4 * 1.25, 14);
    expect(score([[120, 30]], col(100, 40), col(0.6, 0.4))).toBeCloseTo(0.6 * 1.2 + 0.4 * 0.75, 14);
  });
});

describe("score: KPIs that drop out", () => {
  it("a blank target drops out and the other weights are rescaled", () => {
    // 0.5 x 1.2 + 0.3 x 0.9 over 0.8
    expect(score(col(120, 90, 7), col(100, 100, null), col(0.5, 0.3, 0.2))).toBeCloseTo((0.6 + 0.27) / 0.8, 14);
  });
  it("a KPI marked excluded (incubation period) drops out the same way: 是, yes, TRUE and 1 all mark it", () => {
    const expected = (0.6 + 0.27) / 0.8;
    for (const mark of ["是", "yes", true, 1]) {
      expect(
        score(col(120, 90, 0.2), col(100, 100, 1.5), col(0.5, 0.3, 0.2), null, null, col(null, "否", mark)),
      ).toBeCloseTo(expected, 14);
    }
  });
  it("rows blank in actual, target and weight are skipped, so the ranges may reach past the data", () => {
    expect(score(col(120, null, null), col(100, null, null), col(1, null, null))).toBeCloseTo(1.2, 14);
  });
  it("ranges blank throughout are #N/A, not a weight sum of 0%", () => {
    expect(score(col(null, null), col(null, null), col(null, null))).toMatchObject({
      error: "#N/A",
      key: "range.blank",
    });
  });
  it("everything excluded leaves nothing to score: #N/A", () => {
    expect(score(col(1, 2), col(null, 2), col(0.5, 0.5), null, null, col(false, "yes"))).toMatchObject({
      error: "#N/A",
      key: "score.nothingToScore",
    });
  });
});

describe("score: bad input names what is wrong", () => {
  it("weights that do not add up to 1 are #VALUE! naming the sum", () => {
    expect(score(col(1, 1), col(1, 1), col(0.6, 0.5))).toMatchObject({
      error: "#VALUE!",
      message: "weights add up to 110%, not 1 (100%): fix the weights so they do",
    });
  });
  it("percentages typed to one decimal still add up: 33.3% + 33.3% + 33.4%", () => {
    expect(score(col(1, 1, 1), col(1, 1, 1), col(0.333, 0.333, 0.334))).toBeCloseTo(1, 14);
  });
  it("a blank actual for a KPI with a target is #N/A naming the row", () => {
    expect(score(col(1, null), col(1, 2), col(0.5, 0.5))).toMatchObject({
      error: "#N/A",
      message: "actuals is blank at row 2: the KPI has a target but no actual yet",
    });
  });
  it("a blank weight is #N/A, a negative one #NUM!, text #VALUE!, each naming the row", () => {
    expect(score(col(1, 1), col(1, 1), col(1, null))).toMatchObject({ error: "#N/A", params: { row: 2 } });
    expect(score(col(1, 1), col(1, 1), col(1.5, -0.5))).toMatchObject({ error: "#NUM!", params: { row: 2 } });
    expect(score(col(1, 1), col(1, 1), col("x", 1))).toMatchObject({
      error: "#VALUE!",
      params: { arg: "weights row 1" },
    });
  });
  it("ranges of different sizes are #VALUE! naming the argument", () => {
    expect(score(col(1, 1), col(1), col(0.5, 0.5))).toMatchObject({ error: "#VALUE!", params: { arg: "targets" } });
    expect(score(col(1, 1), col(1, 1), col(0.5, 0.5), col("higher", "lower", "lower"))).toMatchObject({
      error: "#VALUE!",
      params: { arg: "directions" },
    });
  });
  it("a zero target is #DIV/0!, an unknown direction or excluded mark #VALUE!", () => {
    expect(score(col(1, 1), col(0, 1), col(0.5, 0.5))).toMatchObject({ error: "#DIV/0!" });
    expect(score(col(1), col(1), col(1), col("up-ish"))).toMatchObject({ error: "#VALUE!" });
    expect(score(col(1), col(1), col(1), null, null, col("maybe"))).toMatchObject({
      error: "#VALUE!",
      key: "score.excluded",
    });
  });
  it("an error in an input is passed on", () => {
    expect(score(col("#N/A"), col(1), col(1))).toMatchObject({ error: "#N/A" });
  });
  it("cap: negative #NUM!, unknown text #VALUE!, a range #VALUE!", () => {
    expect(toCap(-1)).toMatchObject({ error: "#NUM!" });
    expect(toCap("lots")).toMatchObject({ error: "#VALUE!", key: "score.cap" });
    expect(toCap([[1], [2]])).toMatchObject({ error: "#VALUE!" });
    expect(toCap(null)).toBe(DEFAULT_CAP);
    expect(toCap([[1.2]])).toBe(1.2);
  });
});

describe("score: which problem is reported first", () => {
  it("weights are checked before any KPI's result, as the appraisal sheet does", () => {
    expect(score(col(1, null), col(1, 1), col(0.5, 0.6))).toMatchObject({ error: "#VALUE!", key: "score.weightSum" });
    expect(score(col(1, 1), col(0, 1), col(0.5, 0.6))).toMatchObject({ error: "#VALUE!", key: "score.weightSum" });
  });
});
