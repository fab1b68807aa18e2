/**
 * Analysis functions benchmark: MKT.COHORT (monthly) and MKT.REPURCHASE on order books of
 * 10k, 100k and 1M rows, and MKT.DECAY on as many points, given as Excel hands ranges over
 * (one-column grids of ids and of date serials, in no particular order). Each size runs in
 * its own process (peak memory is its own); medians of several runs.
 */
import { cohortGrid, decayGrid, repurchaseGrid } from "../src/core/analysis";
import { isCellError } from "../src/core/errors";
import { ymdToSerial } from "../src/core/sheet/dates";
import { runInChild, table, timeRuns, type Bench } from "./harness";

/** `rows` orders of rows/4 customers over two years, shuffled by a fixed seed. */
export function orderBook(rows: number): { ids: unknown[][]; dates: unknown[][] } {
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const day0 = ymdToSerial(2023, 1, 1);
  const customers = Math.max(1, Math.floor(rows / 4));
  const ids: unknown[][] = [];
  const dates: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    ids.push([`C${Math.floor(rand() * customers)}`]);
    dates.push([day0 + Math.floor(rand() * 730)]);
  }
  return { ids, dates };
}

interface AnalysisTiming {
  readonly rows: number;
  readonly cohortMs: number;
  readonly repurchaseMs: number;
  readonly decayMs: number;
  readonly cohorts: number;
  readonly runs: number;
}

export function analysisTask({ size, runs }: { size: number; runs: number }): AnalysisTiming {
  const { ids, dates } = orderBook(size);
  const values = Array.from({ length: size }, (_, i) => [1000 * 0.99 ** (i % 500) + 1]);
  let cohorts = 0;
  const cohort = () => {
    const grid = cohortGrid(ids, dates, "month", null, "en-US");
    if (isCellError(grid)) throw new Error(grid.message);
    cohorts = grid.length - 2;
  };
  const repeat = () => {
    const grid = repurchaseGrid(ids, dates, ymdToSerial(2024, 1, 1), ymdToSerial(2024, 3, 31), 30, "en-US");
    if (isCellError(grid)) throw new Error(grid.message);
  };
  const decay = () => {
    const grid = decayGrid(values, null, 500, "en-US");
    if (isCellError(grid)) throw new Error(grid.message);
  };
  return {
    rows: size,
    cohortMs: timeRuns(cohort, runs, 1).median,
    repurchaseMs: timeRuns(repeat, runs, 1).median,
    decayMs: timeRuns(decay, runs, 1).median,
    cohorts,
    runs,
  };
}

export const analysisBench: Bench = {
  name: "analysis",
  run(sizes = [10_000, 100_000, 1_000_000]) {
    const rows: string[][] = [
      [
        "orders",
        "COHORT (monthly)",
        "REPURCHASE (+30-day window)",
        "DECAY (as many points)",
        "cohorts",
        "runs",
        "peak RSS",
      ],
    ];
    for (const size of sizes) {
      const { result: r, peakRssMb } = runInChild<AnalysisTiming>(__filename, "analysisTask", {
        size,
        runs: size >= 1_000_000 ? 3 : 7,
      });
      rows.push([
        String(r.rows),
        `${r.cohortMs.toFixed(1)} ms`,
        `${r.repurchaseMs.toFixed(1)} ms`,
        `${r.decayMs.toFixed(1)} ms`,
        String(r.cohorts),
        String(r.runs),
        `${peakRssMb.toFixed(0)} MB`,
      ]);
    }
    return [...table(rows, 1), "Medians of core compute from Excel-shaped ranges (reading ids and dates included)."];
  },
};
