import { readFileSync } from "node:fs";
import { join } from "node:path";
import { callFunction, callFunctionIn, errorCell, omitted, range, type CellInput } from "./excel-model";

/**
 * MKT.PACE and MKT.FORECAST as Excel calls them (through the calling-convention model,
 * against the built add-in). Forecast figures are checked against statsmodels'
 * (test/fixtures/forecast-reference, made by its make_reference.py).
 */

const col = (...xs: CellInput[]) => range(xs.map((x) => [x]));
type Grid = unknown[][];
const MARCH_1 = 46082; // 2026-03-01 as an Excel serial

const reference = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/forecast-reference/reference.json"), "utf8"),
) as {
  start: string;
  series: {
    name: string;
    values: number[];
    forecast: number[];
    intervals: Record<string, { lower: number[]; upper: number[] }>;
  }[];
};

describe("MKT.PACE", () => {
  const dates = col(...Array.from({ length: 10 }, (_, i) => MARCH_1 + 9 - i));
  const values = col(...Array.from({ length: 10 }, () => 100));

  it("spills one labelled row: 10 days at 100 of a 31-day flight project 3,100 against 3,000, on track", async () => {
    const t = (await callFunction("MKT.PACE", dates, values, 3000, "2026-03-01", "2026-03-31")) as Grid;
    expect(t[0]).toEqual([
      "Days elapsed",
      "Days left",
      "Missing days",
      "Actual to date",
      "Projected at end",
      "Projected / target",
      "Daily rate needed",
      "Status",
    ]);
    expect(t[1].slice(0, 5)).toEqual([10, 21, 0, 1000, 3100]);
    expect(t[1][5]).toBeCloseTo(3100 / 3000, 12);
    expect(t[1][6]).toBeCloseTo(2000 / 21, 12);
    expect(t[1][7]).toBe("on track");
  });

  it("speaks Excel's language and takes the at-risk threshold; a blank value is a missing day", async () => {
    const t = (await callFunctionIn(
      "zh-CN",
      "MKT.PACE",
      col(MARCH_1, MARCH_1 + 1, MARCH_1 + 2),
      col(100, null, 100),
      1000,
      MARCH_1,
      MARCH_1 + 9,
      "日均",
      omitted,
      0.95,
    )) as Grid;
    expect(t[0][7]).toBe("状态");
    expect(t[1].slice(0, 5)).toEqual([3, 7, 1, 200, 1000]);
    expect(t[1][7]).toBe("正常");
    const risk = (await callFunctionIn(
      "zh-CN",
      "MKT.PACE",
      dates,
      values,
      3400,
      MARCH_1,
      MARCH_1 + 30,
      omitted,
      omitted,
      0.95,
    )) as Grid;
    expect(risk[1][7]).toBe("落后");
  });

  it("refuses what cannot be paced with #VALUE! and the reason", async () => {
    expect(await callFunction("MKT.PACE", dates, values, 3000, "2026-03-31", "2026-03-01")).toEqual({
      error: "#VALUE!",
      message: "end (2026-03-01) is before start (2026-03-31)",
    });
    expect(await callFunction("MKT.PACE", dates, values, 3000, "2026-03-05", "2026-03-31")).toEqual({
      error: "#VALUE!",
      message: "dates has 2026-03-01 at row 10, outside the campaign (2026-03-05 to 2026-03-31)",
    });
    expect(await callFunction("MKT.PACE", dates, values, -5, "2026-03-01", "2026-03-31")).toEqual({
      error: "#VALUE!",
      message: "target must be above 0, not -5",
    });
    expect(await callFunction("MKT.PACE", col(MARCH_1, MARCH_1), col(1, 2), 10, MARCH_1, MARCH_1 + 9)).toMatchObject({
      error: "#VALUE!",
    });
    expect(
      await callFunction(
        "MKT.PACE",
        dates,
        col(100, errorCell("#REF!"), 1, 1, 1, 1, 1, 1, 1, 1),
        3000,
        MARCH_1,
        MARCH_1 + 30,
      ),
    ).toMatchObject({
      error: "#VALUE!",
    });
  });
});

describe("MKT.FORECAST", () => {
  const s = reference.series.find((r) => r.name === "sales-12-weeks");
  if (!s) throw new Error("reference series missing");
  const dates = col(...s.values.map((_, i) => MARCH_1 + 1 + i)); // reference starts 2026-03-02

  it("forecasts the drifting sales series within 1% of statsmodels, its 95% band within 5% in width", async () => {
    const t = (await callFunction("MKT.FORECAST", dates, col(...s.values), 14)) as Grid;
    expect(t[0]).toEqual(["Date", "Forecast", "Lower", "Upper"]);
    expect(t).toHaveLength(15);
    for (let h = 1; h <= 14; h++) {
      expect(t[h][0]).toBe(MARCH_1 + 1 + s.values.length - 1 + h);
      expect(Math.abs((t[h][1] as number) / s.forecast[h - 1] - 1)).toBeLessThan(0.01);
      const width = (t[h][3] as number) - (t[h][2] as number);
      const theirs = s.intervals["0.95"].upper[h - 1] - s.intervals["0.95"].lower[h - 1];
      expect(Math.abs(width / theirs - 1)).toBeLessThan(0.05);
    }
  });

  it("a narrower confidence gives a narrower band; seasonality 0 fits no season", async () => {
    const wide = (await callFunction("MKT.FORECAST", dates, col(...s.values), 3)) as Grid;
    const narrow = (await callFunction("MKT.FORECAST", dates, col(...s.values), 3, omitted, 0.8)) as Grid;
    expect((narrow[1][3] as number) - (narrow[1][2] as number)).toBeLessThan(
      (wide[1][3] as number) - (wide[1][2] as number),
    );
    const flat = (await callFunction("MKT.FORECAST", dates, col(...s.values), 7, 0)) as Grid;
    const steps = flat.slice(2).map((r, i) => (r[1] as number) - (flat[i + 1][1] as number));
    for (const d of steps) expect(d).toBeCloseTo(steps[0], 6); // a straight line: trend only
  });

  it("refuses a horizon of 0 and too short a series, naming what is wrong", async () => {
    expect(await callFunction("MKT.FORECAST", dates, col(...s.values), 0)).toEqual({
      error: "#VALUE!",
      message: "horizon must be a whole number of periods from 1 to 366, not 0",
    });
    expect(await callFunction("MKT.FORECAST", col(MARCH_1, MARCH_1 + 1), col(5, 6), 3)).toEqual({
      error: "#VALUE!",
      message: "the forecast needs at least 4 days with a value (there are 2)",
    });
  });
});
