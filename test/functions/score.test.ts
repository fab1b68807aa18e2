import { score } from "../../src/core/appraisal";
import { callFunction, errorCell, omitted, range } from "./excel-model";

/**
 * =MKT.SCORE as Excel calls it, with the example: actuals 120 and 30, targets 100
 * and 40 (the second a cost, lower is better), weights 60% / 40%.
 */
describe("=MKT.SCORE through the calling convention", () => {
  const actuals = range([[120], [30]]);
  const targets = range([[100], [40]]);
  const weights = range([[0.6], [0.4]]);
  const directions = range([["higher"], ["lower"]]);

  it("0.6 x 120% + 0.4 x 125% = 122%, as core's score computes it", async () => {
    const shown = await callFunction("MKT.SCORE", actuals, targets, weights, directions);
    expect(shown).toBeCloseTo(1.22, 14);
    expect(shown).toBe(score([[120], [30]], [[100], [40]], [[0.6], [0.4]], [["higher"], ["lower"]]));
  });

  it("with cap 1.1 both KPIs count 110%: 1.1", async () => {
    expect(await callFunction("MKT.SCORE", actuals, targets, weights, directions, 1.1)).toBeCloseTo(1.1, 14);
  });

  it("omitted directions mean higher is better; omitted or blank cap is 150%; 0 or none removes the cap", async () => {
    const big = range([[300], [100]]);
    const even = range([[0.5], [0.5]]);
    const hundreds = range([[100], [100]]);
    expect(await callFunction("MKT.SCORE", big, hundreds, even)).toBeCloseTo(1.25, 14);
    expect(await callFunction("MKT.SCORE", big, hundreds, even, omitted, omitted)).toBeCloseTo(1.25, 14);
    expect(await callFunction("MKT.SCORE", big, hundreds, even, omitted, range([[null]]))).toBeCloseTo(1.25, 14);
    expect(await callFunction("MKT.SCORE", big, hundreds, even, omitted, 0)).toBeCloseTo(2, 14);
    expect(await callFunction("MKT.SCORE", big, hundreds, even, omitted, "none")).toBeCloseTo(2, 14);
  });

  it("one direction for all KPIs, typed in Chinese", async () => {
    expect(await callFunction("MKT.SCORE", actuals, targets, weights, "越低越好")).toBeCloseTo(
      0.6 * 0.8 + 0.4 * 1.25,
      14,
    );
  });

  it("a blank target or an excluded KPI (incubation period) drops out and the weights are rescaled", async () => {
    const three = range([[120], [90], [0.4]]);
    const w = range([[0.5], [0.3], [0.2]]);
    const expected = (0.5 * 1.2 + 0.3 * 0.9) / 0.8;
    expect(await callFunction("MKT.SCORE", three, range([[100], [100], [null]]), w)).toBeCloseTo(expected, 14);
    expect(
      await callFunction(
        "MKT.SCORE",
        three,
        range([[100], [100], [1.5]]),
        w,
        omitted,
        omitted,
        range([["否"], ["否"], ["是"]]),
      ),
    ).toBeCloseTo(expected, 14);
    expect(
      await callFunction(
        "MKT.SCORE",
        three,
        range([[100], [100], [1.5]]),
        w,
        omitted,
        omitted,
        range([[false], [false], [true]]),
      ),
    ).toBeCloseTo(expected, 14);
  });

  it("weights that do not add up to 100% are #VALUE! naming the sum", async () => {
    expect(await callFunction("MKT.SCORE", actuals, targets, range([[0.6], [0.5]]))).toEqual({
      error: "#VALUE!",
      message: "weights add up to 110%, not 1 (100%): fix the weights so they do",
    });
  });

  it("a KPI with a target but a blank actual is #N/A naming its row", async () => {
    expect(await callFunction("MKT.SCORE", range([[120], [null]]), targets, weights)).toEqual({
      error: "#N/A",
      message: "actuals is blank at row 2: the KPI has a target but no actual yet",
    });
  });

  it("ranges of different sizes are #VALUE! naming the argument", async () => {
    expect(await callFunction("MKT.SCORE", actuals, range([[100]]), weights)).toEqual({
      error: "#VALUE!",
      message: "targets and actuals differ in size (1 and 2 cells): give one per KPI",
    });
  });

  it("an error in a cell is passed on with a message naming the row; a zero target is a plain #DIV/0!", async () => {
    expect(await callFunction("MKT.SCORE", range([[errorCell("#N/A")], [30]]), targets, weights)).toMatchObject({
      error: "#N/A",
    });
    expect(await callFunction("MKT.SCORE", actuals, range([[0], [40]]), weights)).toEqual({ error: "#DIV/0!" });
  });

  it("a negative cap is #NUM! (Excel shows no message with it); unknown text in cap is #VALUE!", async () => {
    expect(await callFunction("MKT.SCORE", actuals, targets, weights, omitted, -1)).toEqual({ error: "#NUM!" });
    expect(await callFunction("MKT.SCORE", actuals, targets, weights, omitted, "lots")).toMatchObject({
      error: "#VALUE!",
    });
  });
});
