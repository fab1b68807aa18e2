/**
 * Reading an .xlsx for the checks: the streaming sparse reader (src/ooxml) against
 * ExcelJS's load and the ExcelJS sheet reader, on the checks bench's channel table at
 * 100k and 1M cells. Each reader runs in its own process, so peak memory is its own.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx, readSheetGrid } from "../src/ooxml";
import { readSheet } from "../src/xlsx/read-workbook";
import { loadWorkbook, newWorkbook, saveWorkbook } from "../src/xlsx/workbook-io";
import { benchRows } from "./checks.bench";
import { runInChild, table, timeRuns, type Bench } from "./harness";

/** Writes the table of `size` cells as an .xlsx; returns its path. */
export async function writeTask({ size }: { size: number }): Promise<string> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("bench");
  for (const row of benchRows(size)) ws.addRow(row);
  const path = join(mkdtempSync(join(tmpdir(), "mkt-read-bench-")), `bench-${size}.xlsx`);
  writeFileSync(path, await saveWorkbook(wb));
  return path;
}

interface ReadTiming {
  readonly ms: number;
  readonly cells: number;
}

export function streamTask({ path, runs }: { path: string; runs: number }): ReadTiming {
  const bytes = new Uint8Array(readFileSync(path));
  let cells = 0;
  const t = timeRuns(() => {
    const pkg = openXlsx(bytes);
    const { grid } = readSheetGrid(pkg, pkg.sheets[0]);
    cells = grid.rows * grid.cols;
  }, runs);
  return { ms: t.median, cells };
}

export async function exceljsTask({ path, runs }: { path: string; runs: number }): Promise<ReadTiming> {
  const bytes = new Uint8Array(readFileSync(path));
  const times: number[] = [];
  let cells = 0;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const wb = await loadWorkbook(bytes);
    const grid = readSheet(wb.worksheets[0]);
    cells = grid.rows * grid.cols;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], cells };
}

export const readBench: Bench = {
  name: "read",
  run(sizes = [100_000, 1_000_000]) {
    const rows: string[][] = [["cells", "file", "streaming reader", "peak RSS", "ExcelJS + readSheet", "peak RSS"]];
    for (const size of sizes) {
      const { result: path } = runInChild<string>(__filename, "writeTask", { size });
      const runs = size >= 1_000_000 ? 3 : 5;
      const stream = runInChild<ReadTiming>(__filename, "streamTask", { path, runs });
      const exceljs = runInChild<ReadTiming>(__filename, "exceljsTask", { path, runs });
      rows.push([
        String(stream.result.cells),
        `${(readFileSync(path).length / 1024 / 1024).toFixed(1)} MB`,
        `${stream.result.ms.toFixed(0)} ms`,
        `${stream.peakRssMb.toFixed(0)} MB`,
        `${exceljs.result.ms.toFixed(0)} ms`,
        `${exceljs.peakRssMb.toFixed(0)} MB`,
      ]);
    }
    return [...table(rows, 1), "Medians of 5 runs (3 at 1M cells); the checks bench's channel table."];
  },
};
