/**
 * Monitoring benchmark: MKT.FORECAST (a Holt-Winters fit with weekly season, 14 days ahead)
 * and MKT.PACE with the forecast method, on daily series of 8 weeks to 3 years, given as
 * Excel hands ranges over. Each size runs in its own process; medians of several runs.
 */
import { isCellError } from "../src/core/errors";
import { forecastGrid, paceGrid } from "../src/core/monitor/grids";
import { ymdToSerial } from "../src/core/sheet/dates";
import { runInChild, table, timeRuns, type Bench } from "./harness";

/** `days` days of a drifting level with a weekly pattern and noise, from a fixed seed. */
export function dailySeries(days: number): { dates: unknown[][]; values: unknown[][] } {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5;
  const day0 = ymdToSerial(2024, 1, 1);
  const weekly = [40, 25, 10, 0, -15, -45, -15];
  let level = 500;
  let slope = 1;
  const dates: unknown[][] = [];
  const values: unknown[][] = [];
  for (let i = 0; i < days; i++) {
    slope += rand() * 0.2;
    level += slope + rand() * 10;
    dates.push([day0 + i]);
    values.push([level + weekly[i % 7] + rand() * 30]);
  }
  return { dates, values };
}

interface MonitorTiming {
  readonly days: number;
  readonly forecastMs: number;
  readonly paceMs: number;
  readonly runs: number;
}

export function monitorTask({ size, runs }: { size: number; runs: number }): MonitorTiming {
  const { dates, values } = dailySeries(size);
  const day0 = ymdToSerial(2024, 1, 1);
  const forecast = () => {
    const grid = forecastGrid(dates, values, 14, null, 0.95, "en-US");
    if (isCellError(grid)) throw new Error(grid.message);
  };
  const pace = () => {
    const grid = paceGrid(dates, values, 1e9, day0, day0 + size + 29, "forecast", null, null, "en-US");
    if (isCellError(grid)) throw new Error(grid.message);
  };
  return {
    days: size,
    forecastMs: timeRuns(forecast, runs, 1).median,
    paceMs: timeRuns(pace, runs, 1).median,
    runs,
  };
}

export const monitorBench: Bench = {
  name: "monitor",
  run(sizes = [56, 365, 1095]) {
    const rows: string[][] = [["days", "FORECAST (14 ahead)", "PACE (forecast, 30 days left)", "runs", "peak RSS"]];
    for (const size of sizes) {
      const { result: r, peakRssMb } = runInChild<MonitorTiming>(__filename, "monitorTask", { size, runs: 5 });
      rows.push([
        String(r.days),
        `${r.forecastMs.toFixed(1)} ms`,
        `${r.paceMs.toFixed(1)} ms`,
        String(r.runs),
        `${peakRssMb.toFixed(0)} MB`,
      ]);
    }
    return [...table(rows, 1), "Medians of core compute from Excel-shaped ranges (fit with five starting points)."];
  },
};
