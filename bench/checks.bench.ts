/**
 * Data checks benchmark: core compute time (every rule) on sheets of 10k, 100k and
 * 1M cells, a channel table of 10 columns with about 0.1% planted anomalies. Building the
 * sheet from a 2-D array (what an adapter does after reading) is timed apart.
 * Each size runs in its own process (peak memory is its own); medians of several runs.
 */
import { checkSheet, defaultCheckSettings, RULE_IDS } from "../src/core/checks";
import { buildSheet, ymdToSerial, type RawCell } from "../src/core/sheet";
import { runInChild, table, timeRuns, type Bench } from "./harness";

const HEADER = ["用户ID", "渠道", "日期", "曝光量", "点击量", "访问量", "注册量", "转化量", "点击率", "曝光量(GA)"];
const CHANNELS = ["搜索", "信息流", "社交", "邮件"];

/** A deterministic table of `cells` cells (10 columns), with anomalies every 997th row. */
export function benchRows(cells: number): RawCell[][] {
  const rows: RawCell[][] = [HEADER];
  const n = Math.max(1, Math.floor(cells / HEADER.length) - 1);
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const day0 = new Date(Date.UTC(2023, 6, 1)).getTime();
  for (let r = 0; r < n; r++) {
    const impressions = Math.round(10000 + rand() * 2000);
    const clicks = Math.round(impressions * (0.05 + rand() * 0.02));
    const visits = Math.round(clicks * 0.8);
    const regs = Math.round(visits * 0.2);
    const conv = Math.round(regs * 0.3);
    const row: RawCell[] = [
      `u${r}`,
      CHANNELS[r % 4],
      new Date(day0 + (r % 60) * 86_400_000),
      impressions,
      clicks,
      visits,
      regs,
      conv,
      clicks / impressions,
      Math.round(impressions * (1 + (rand() - 0.5) * 0.04)),
    ];
    if (r % 997 === 13) {
      const kind = (r / 997) | 0;
      if (kind % 5 === 0) row[4] = impressions + 10; // funnel
      if (kind % 5 === 1) row[6] = null; // missing
      if (kind % 5 === 2) row[5] = String(visits); // number as text
      if (kind % 5 === 3) row[9] = impressions * 1.2; // sources disagree
      if (kind % 5 === 4) row[0] = "u0"; // repeated user
    }
    rows.push(row);
  }
  return rows;
}

interface CheckTiming {
  readonly cells: number;
  readonly findings: number;
  readonly checkMs: number;
  readonly buildMs: number;
  readonly runs: number;
}

/** One size, in its own process: the median time to build the sheet and to check it. */
export function checksTask({ size, runs }: { size: number; runs: number }): CheckTiming {
  const settings = defaultCheckSettings();
  const today = ymdToSerial(2023, 9, 1);
  const rows = benchRows(size);
  let grid = buildSheet("bench", rows);
  let findings = checkSheet(grid, settings, today).findings.length; // warm-up
  const build = timeRuns(() => (grid = buildSheet("bench", rows)), runs);
  const check = timeRuns(() => (findings = checkSheet(grid, settings, today).findings.length), runs);
  return { cells: grid.rows * grid.cols, findings, checkMs: check.median, buildMs: build.median, runs };
}

export const checksBench: Bench = {
  name: "checks",
  run(sizes = [10_000, 100_000, 1_000_000]) {
    const rows: string[][] = [
      ["cells", `check (core, all ${RULE_IDS.length} rules)`, "build sheet", "findings", "runs", "peak RSS"],
    ];
    for (const size of sizes) {
      const { result: r, peakRssMb } = runInChild<CheckTiming>(__filename, "checksTask", {
        size,
        runs: size >= 1_000_000 ? 5 : 9,
      });
      rows.push([
        String(r.cells),
        `${r.checkMs.toFixed(1)} ms`,
        `${r.buildMs.toFixed(1)} ms`,
        String(r.findings),
        String(r.runs),
        `${peakRssMb.toFixed(0)} MB`,
      ]);
    }
    return [...table(rows, 1), "Medians; a 10-column channel table with about 0.1% planted anomalies."];
  },
};
