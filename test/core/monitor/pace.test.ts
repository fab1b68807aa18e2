import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isCellError } from "../../../src/core/errors";
import { forecastGrid, paceGrid } from "../../../src/core/monitor/grids";
import { pace } from "../../../src/core/monitor/pace";
import { readSeries } from "../../../src/core/monitor/series";
import { ymdToSerial } from "../../../src/core/sheet/dates";

const reference = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/forecast-reference/reference.json"), "utf8"),
) as { series: { values: number[] }[] };
const d = (day: number) => ymdToSerial(2026, 3, day);
const col = (xs: readonly unknown[]) => xs.map((x) => [x]);

describe("pace (run rate)", () => {
  // A 31-day campaign (1 to 31 March), 10 days reported at 100 a day.
  const dates = col(Array.from({ length: 10 }, (_, i) => `2026-03-${String(10 - i).padStart(2, "0")}`));
  const values = col(Array.from({ length: 10 }, () => 100));

  it("projects actual / days x campaign days, with days counted inclusively", () => {
    const days = readSeries(dates, values);
    if (isCellError(days)) throw new Error(days.message);
    const p = pace({ days, target: 3000, start: d(1), end: d(31), method: "run_rate" });
    if (isCellError(p)) throw new Error(p.message);
    expect(p.campaignDays).toBe(31);
    expect(p.daysElapsed).toBe(10);
    expect(p.daysLeft).toBe(21);
    expect(p.actual).toBe(1000);
    expect(p.projected).toBe(3100);
    expect(p.share).toBeCloseTo(3100 / 3000, 12);
    expect(p.status).toBe("onTrack");
    expect(p.neededDaily).toBeCloseTo(2000 / 21, 12);
  });

  it("status bands: at risk from 90% (or the given threshold), off track below", () => {
    const grid = (target: number, atRisk: unknown) =>
      paceGrid(dates, values, target, "2026-03-01", "2026-03-31", null, null, atRisk, "en-US");
    const status = (target: number, atRisk: unknown = null) => {
      const g = grid(target, atRisk);
      if (isCellError(g)) throw new Error(g.message);
      return g[1][7];
    };
    expect(status(3100)).toBe("on track");
    expect(status(3400)).toBe("at risk"); // 3100 / 3400 = 91%
    expect(status(3500)).toBe("off track"); // 88.6%
    expect(status(3400, 0.95)).toBe("off track");
  });

  it("a blank value is a missing day: reported, and the rate is taken over the days with a value", () => {
    const withGap = col([100, null, 100, 100]);
    const g = paceGrid(
      col(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"]),
      withGap,
      900,
      d(1),
      d(9),
      null,
      null,
      null,
      "zh-CN",
    );
    if (isCellError(g)) throw new Error(g.message);
    expect(g[0][2]).toBe("缺失天数");
    expect(g[1].slice(0, 5)).toEqual([4, 5, 1, 300, 900]);
    expect(g[1][7]).toBe("正常");
  });

  it("today defaults to the day after the last date; a later today counts the unreported days as missing", () => {
    const g = paceGrid(dates, values, 3000, d(1), d(31), "run_rate", d(13), null, "en-US");
    if (isCellError(g)) throw new Error(g.message);
    expect(g[1].slice(0, 4)).toEqual([12, 19, 2, 1000]);
  });

  it.each([
    ["end before start", [dates, values, 3000, d(31), d(1)], "monitor.endBeforeStart"],
    ["a date outside the campaign", [dates, values, 3000, d(5), d(31)], "monitor.outside"],
    ["target 0", [dates, values, 0, d(1), d(31)], "monitor.target"],
    ["a duplicate date", [col(["2026-03-01", "2026-03-01"]), col([1, 2]), 10, d(1), d(31)], "monitor.duplicateDate"],
    ["an unknown method", [dates, values, 3000, d(1), d(31), "weekly"], "monitor.method"],
  ] as const)("%s is #VALUE! with the reason", (_name, args, key) => {
    const [a, b, c, e, f, m] = args as unknown as unknown[];
    const g = paceGrid(a, b, c, e, f, m ?? null, null, null, "en-US");
    expect(isCellError(g) && g.error === "#VALUE!" && g.key === key).toBe(true);
  });

  it("names the rows of a duplicated date", () => {
    const g = paceGrid(
      col(["2026-03-02", "2026-03-01", "2026-03-02"]),
      col([1, 2, 3]),
      10,
      d(1),
      d(31),
      null,
      null,
      null,
      "en-US",
    );
    expect(isCellError(g) && g.message).toBe("dates has 2026-03-02 twice (rows 1 and 3): give one value per day");
  });
});

describe("pace (forecast) and MKT.FORECAST's grid", () => {
  // Four weeks of a steady weekly pattern plus a rise of 2 a day.
  const weekly = [40, 25, 10, 0, -15, -45, -15];
  const series = Array.from({ length: 28 }, (_, i) => 300 + 2 * i + weekly[i % 7]);
  const dates = col(series.map((_, i) => ymdToSerial(2026, 3, 1 + i)));

  it("adds the forecast of every remaining day to the actual to date", () => {
    const g = paceGrid(dates, col(series), 20000, d(1), d(31) + 14, "forecast", null, null, "en-US");
    if (isCellError(g)) throw new Error(g.message);
    const actual = series.reduce((s, v) => s + v, 0);
    // The pattern is exact, so the forecast continues it: 300 + 2i + weekly, i = 28 .. 44.
    let rest = 0;
    for (let i = 28; i < 45; i++) rest += 300 + 2 * i + weekly[i % 7];
    expect(g[1][3]).toBe(actual);
    expect(g[1][4] as number).toBeCloseTo(actual + rest, 3);
  });

  it("spills date, forecast, lower and upper; the band widens with the horizon", () => {
    // The drifting sales series of the statsmodels reference: its level moves, so alpha > 0.
    const sales = reference.series[1].values;
    const g = forecastGrid(col(sales.map((_, i) => d(1) + i)), col(sales), 10, null, 0.9, "en-US");
    if (isCellError(g)) throw new Error(g.message);
    expect(g[0]).toEqual(["Date", "Forecast", "Lower", "Upper"]);
    expect(g).toHaveLength(11);
    expect(g[1][0]).toBe(d(1) + 84);
    const width = (r: number) => (g[r][3] as number) - (g[r][2] as number);
    expect(width(10)).toBeGreaterThan(width(1));
    expect(g[1][1] as number).toBeGreaterThan(g[1][2] as number);
  });

  it("refuses a horizon of 0, a fraction of a season and too short a series", () => {
    const bad = [
      forecastGrid(dates, col(series), 0, null, null, "en-US"),
      forecastGrid(dates, col(series), 5, 2.5, null, "en-US"),
      forecastGrid(col([d(1), d(2), d(3)]), col([1, 2, 3]), 5, null, null, "en-US"),
    ];
    expect(bad.map((b) => (isCellError(b) ? b.key : "ok"))).toEqual([
      "monitor.horizon",
      "monitor.seasonality",
      "monitor.tooFewForForecast",
    ]);
  });
});
