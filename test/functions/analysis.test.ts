import { callFunction, callFunctionIn, dataTypeCell, errorCell, omitted, range, type CellInput } from "./excel-model";

/**
 * MKT.FUNNEL, DECAY, COHORT, RETENTION, REPURCHASE, DESEASON and DID as Excel calls them
 * (through the calling-convention model, against the built add-in): the examples
 * and its edge cases.
 */

const col = (...xs: CellInput[]) => range(xs.map((x) => [x]));
type Grid = unknown[][];

describe("MKT.FUNNEL", () => {
  it("spills the published example: 12 -> 10 -> 9 is 83.33% then 90%, 75% overall", async () => {
    const t = (await callFunction("MKT.FUNNEL", col("Visit", "Cart", "Buy"), col(12, 10, 9))) as Grid;
    expect(t[0]).toEqual(["Stage", "Count", "Step conversion", "Overall conversion", "Drop-off", "Lost", "Flag"]);
    expect(t[1]).toEqual(["Visit", 12, "", 1, "", "", ""]);
    expect(t[2][2]).toBeCloseTo(10 / 12, 12);
    expect(t[3][2]).toBeCloseTo(0.9, 12);
    expect(t[3][3]).toBeCloseTo(0.75, 12);
    expect(t[2][6]).toBe("largest loss");
    expect(t[3][6]).toBe("");
  });
  it("flags leaks by threshold (equality flags) and by benchmark, in Excel's language", async () => {
    const t = (await callFunctionIn(
      "zh-CN",
      "MKT.FUNNEL",
      col("曝光", "点击", "注册", "付费"),
      col(10000, 9000, 4500, 4000),
      0.1,
      col(null, null, 0.6, 0.9),
    )) as Grid;
    expect(t[0][6]).toBe("基准转化率");
    expect(t.map((r) => r[7])).toEqual(["标记", "", "流失超标", "流失超标;最大流失", "流失超标"]);
  });
  it("one stage is one row at 100%; a count above the previous stage's is #VALUE! naming the stage", async () => {
    expect(await callFunction("MKT.FUNNEL", col("Reach"), col(500))).toEqual([
      ["Stage", "Count", "Step conversion", "Overall conversion", "Drop-off", "Lost", "Flag"],
      ["Reach", 500, "", 1, "", "", ""],
    ]);
    const up = await callFunction("MKT.FUNNEL", col("Visit", "Sign-up"), col(10, 12));
    expect(up).toMatchObject({ error: "#VALUE!" });
    expect((up as { message: string }).message).toContain('"Sign-up"');
  });
  it("a zero count: everyone lost there, #DIV/0! in the step after it; a first stage of 0 is #DIV/0!", async () => {
    const t = (await callFunction("MKT.FUNNEL", col("a", "b", "c"), col(10, 0, 0))) as Grid;
    expect(t[2].slice(2, 6)).toEqual([0, 0, 1, 10]);
    expect(t[3][2]).toEqual({ error: "#DIV/0!" });
    expect(await callFunction("MKT.FUNNEL", col("a", "b"), col(0, 0))).toEqual({ error: "#DIV/0!" });
  });
  it("a blank count is #N/A; an error value in a range is named with its cell; a data type counts as its value", async () => {
    expect(await callFunction("MKT.FUNNEL", col("a", "b"), col(10, null))).toMatchObject({ error: "#N/A" });
    expect(await callFunction("MKT.FUNNEL", col("a", "b"), col(10, errorCell("#REF!")))).toEqual({
      error: "#VALUE!",
      message: "counts holds the error #REF! at row 2, column 1",
    });
    expect(await callFunction("MKT.FUNNEL", col("a", "b"), col(10, errorCell("#N/A")))).toMatchObject({
      error: "#N/A",
    });
    const typed = (await callFunction("MKT.FUNNEL", col("a", "b"), col(10, dataTypeCell(4)))) as Grid;
    expect(typed[2][2]).toBeCloseTo(0.4, 12);
  });
});

describe("MKT.DECAY", () => {
  const values = col(1200, 1010, 880, 790, 650, 580, 500, 455);
  it("reproduces the issue's example", async () => {
    const t = (await callFunction("MKT.DECAY", values, omitted, 600)) as Grid;
    expect(t[0]).toEqual([
      "Start value (b)",
      "Period factor (m)",
      "Decay per period",
      "Half-life",
      "R-squared",
      "Best duration",
    ]);
    const [b, m, d, half, r2, best] = t[1] as number[];
    expect(b).toBeCloseTo(1174.855732486, 8);
    expect(m).toBeCloseTo(0.869464992218, 11);
    expect(d).toBeCloseTo(1 - m, 14);
    expect(half).toBeCloseTo(4.955397599, 8);
    expect(r2).toBeCloseTo(0.995841788, 8);
    expect(best).toBeCloseTo(4.804006262, 8);
  });
  it("periods given explicitly give the same fit; no threshold leaves the best duration blank", async () => {
    const t = (await callFunction("MKT.DECAY", values, col(0, 1, 2, 3, 4, 5, 6, 7))) as Grid;
    expect(t[1][1]).toBeCloseTo(0.869464992218, 11);
    expect(t[1][5]).toBe("");
  });
  it("values <= 0 are #VALUE! naming the row", async () => {
    const zero = await callFunction("MKT.DECAY", col(100, 80, 0));
    expect(zero).toEqual({
      error: "#VALUE!",
      message: "values must be above 0 for the log-linear fit: row 3 is 0",
    });
    expect(await callFunction("MKT.DECAY", col(100, -1))).toMatchObject({ error: "#VALUE!" });
  });
});

const ORDERS: [string, string][] = [
  ["A", "2024-01-05"],
  ["A", "2024-02-10"],
  ["B", "2023-11-20"],
  ["B", "2024-01-15"],
  ["C", "2024-01-20"],
  ["D", "2024-02-01"],
  ["D", "2024-02-25"],
  ["D", "2024-03-30"],
  ["E", "2023-12-01"],
  ["E", "2024-03-01"],
  ["E", "2024-03-05"],
  ["F", "2023-10-10"],
];
const ids = (rows: [string, string][]) => range(rows.map(([id]) => [id]));
const dates = (rows: [string, string][]) => range(rows.map(([, d]) => [d]));

describe("MKT.REPURCHASE", () => {
  it("reproduces the issue's example", async () => {
    const t = (await callFunction(
      "MKT.REPURCHASE",
      ids(ORDERS),
      dates(ORDERS),
      "2024-01-01",
      "2024-03-31",
      30,
    )) as Grid;
    expect(t[1]).toEqual(["All", 5, 0.6, ""]);
    expect(t[2][1]).toBe(3);
    expect(t[2][2]).toBeCloseTo(2 / 3, 12);
    expect(t[2][3]).toBeCloseTo(1 / 3, 12);
    expect(t[3]).toEqual(["Returning", 2, 0.5, ""]);
  });
  it("takes dates as serials from date cells; a blank date beside an id is #VALUE! naming the row", async () => {
    const t = (await callFunction("MKT.REPURCHASE", col("a", "a"), col(45300, 45301), 45292, 45322)) as Grid;
    expect(t[2]).toEqual(["New", 1, 1]);
    const blank = await callFunction("MKT.REPURCHASE", col("a", "b"), col(45300, null), 45292, 45322);
    expect(blank).toEqual({
      error: "#VALUE!",
      message: "order_dates is blank at row 2 where customer_ids has a value",
    });
  });
});

describe("MKT.COHORT and MKT.RETENTION", () => {
  it("a cohort matrix with a size-weighted bottom row; unsorted input gives the same", async () => {
    const t = (await callFunction("MKT.COHORT", ids(ORDERS), dates(ORDERS))) as Grid;
    const reversed = [...ORDERS].reverse();
    expect(await callFunction("MKT.COHORT", ids(reversed), dates(reversed), "month")).toEqual(t);
    expect(t[0].slice(0, 4)).toEqual(["Cohort", "Customers", "Month 0", "Month 1"]);
    expect(t[1].slice(0, 3)).toEqual(["2023-10", 1, 1]);
    const last = t[t.length - 1];
    expect(last[0]).toBe("Weighted average");
    expect(last[1]).toBe(6);
  });
  it("RETENTION reproduces the issue's example: 65.833%, 42.222%, 30%", async () => {
    const t = (await callFunction(
      "MKT.RETENTION",
      col(50, 40, 30),
      range([
        [30, 20, 15],
        [28, 18, null],
        [21, null, null],
      ]),
    )) as number[][];
    expect(t).toHaveLength(1);
    expect(t[0][0]).toBeCloseTo(79 / 120, 12);
    expect(t[0][1]).toBeCloseTo(38 / 90, 12);
    expect(t[0][2]).toBeCloseTo(0.3, 12);
  });
});

describe("MKT.DESEASON and MKT.DID", () => {
  it("DESEASON: 100 -> 120 this year against 100 -> 110 last year is 9.0909%", async () => {
    expect(await callFunction("MKT.DESEASON", 120, 100, 110, 100)).toBeCloseTo(0.0909090909, 9);
    expect(await callFunction("MKT.DESEASON", 120, 100, 110, 100, "additive")).toBe(10);
    expect(await callFunction("MKT.DESEASON", 120, 0, 110, 100)).toEqual({ error: "#DIV/0!" });
  });
  it("DID: treated 120 -> 150, control 300 -> 330 is 18 (13.636%) by ratio, 0 additive; the baseline feeds MKT.ROI", async () => {
    const ratio = (await callFunction("MKT.DID", 120, 150, 300, 330)) as Grid;
    expect(ratio[0]).toEqual(["Effect", "Relative effect", "Baseline (natural growth)"]);
    expect(ratio[1][0]).toBeCloseTo(18, 12);
    expect(ratio[1][1]).toBeCloseTo(0.13636363636, 10);
    expect(ratio[1][2]).toBeCloseTo(132, 12);
    expect(await callFunction("MKT.DID", 120, 150, 300, 330, "additive")).toEqual([
      ["Effect", "Relative effect", "Baseline (natural growth)"],
      [0, 0, 150],
    ]);
    // (150 - 132 - 10) / 10: the campaign's return net of natural growth.
    expect(await callFunction("MKT.ROI", 150, 10, ratio[1][2] as number)).toBeCloseTo(0.8, 12);
    expect(await callFunction("MKT.DID", 120, 150, 300, 330, "log")).toMatchObject({ error: "#VALUE!" });
  });
});
