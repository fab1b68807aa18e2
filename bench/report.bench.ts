/**
 * The evaluation report's core compute: the demo workbook's sheets (as the streaming reader
 * reads its file) plus a sheet of raw data of 0, 100k and 1M cells (the checks bench's
 * channel table), evaluated as `mkt report` and the Report view do: templates found, facts
 * computed, the data checks run on every sheet, the report plan built. Reading the file and
 * writing the report are not included. Each size runs in its own process.
 */
import { evaluateCampaign } from "../src/core/report/evaluate";
import { buildSheet, ymdToSerial } from "../src/core/sheet";
import { buildDemoPlan } from "../src/core/templates/demo";
import { openXlsx, readSheetGrids } from "../src/ooxml";
import { planToXlsx } from "../src/xlsx/plan-file";
import { benchRows } from "./checks.bench";
import { runInChild, table, timeRuns, type Bench } from "./harness";

interface ReportTiming {
  readonly cells: number;
  readonly ms: number;
  readonly rows: number;
  readonly charts: number;
  readonly runs: number;
}

export async function reportTask({ size, runs }: { size: number; runs: number }): Promise<ReportTiming> {
  const pkg = openXlsx((await planToXlsx(buildDemoPlan("en-US"))).bytes);
  const grids = readSheetGrids(pkg, pkg.sheets);
  if (size > 0) grids.push(buildSheet("Raw data", benchRows(size)));
  const options = { locale: "en-US" as const, stamp: "bench", today: ymdToSerial(2026, 11, 24) };
  let evaluation = evaluateCampaign(grids, options); // warm-up
  const t = timeRuns(() => (evaluation = evaluateCampaign(grids, options)), runs);
  const sheet = evaluation.plan.sheets[0];
  return {
    cells: grids.reduce((n, g) => n + g.rows * g.cols, 0),
    ms: t.median,
    rows: sheet.cells?.[0].rows.length ?? 0,
    charts: sheet.charts?.length ?? 0,
    runs,
  };
}

export const reportBench: Bench = {
  name: "report",
  run(sizes = [0, 100_000, 1_000_000]) {
    const rows: string[][] = [
      ["raw-data cells", "cells in all", "evaluate (core)", "report rows", "charts", "runs", "peak RSS"],
    ];
    for (const size of sizes) {
      const { result: r, peakRssMb } = runInChild<ReportTiming>(__filename, "reportTask", {
        size,
        runs: size >= 1_000_000 ? 5 : 9,
      });
      rows.push([
        String(size),
        String(r.cells),
        `${r.ms.toFixed(1)} ms`,
        String(r.rows),
        String(r.charts),
        String(r.runs),
        `${peakRssMb.toFixed(0)} MB`,
      ]);
    }
    return [...table(rows, 0), "Medians; the demo workbook's 14 sheets plus one raw-data sheet of that size."];
  },
};
