/**
 * Benchmark harness: a bench is a name and a function that prints its own table.
 * Helpers here time a function over several runs (median) and run a task in a fresh
 * child process, so that each figure's peak memory (max RSS) is its own.
 */
import { spawnSync } from "node:child_process";

export interface Bench {
  readonly name: string;
  /** Runs the bench on the given input sizes (its defaults when omitted); returns the lines to print. */
  run(sizes?: readonly number[]): string[] | Promise<string[]>;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs `fn` `warmup` times untimed (so the JIT has compiled it), then `runs` times; the
 * median and every timed run in ms. No forced gc() between runs: a full collection ages
 * and flushes compiled code, which would time recompilation rather than the work.
 */
export function timeRuns(fn: () => unknown, runs: number, warmup = 0): { median: number; runs: number[] } {
  const times: number[] = [];
  for (let k = 0; k < warmup; k++) fn();
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), runs: times };
}

/** A task run in a child process: what it returned, and the child's peak resident memory. */
export interface ChildResult<T> {
  readonly result: T;
  readonly peakRssMb: number;
}

/**
 * Runs `exportName(args)` from the compiled module `modulePath` in a new Node process
 * and returns its JSON result and the process's peak RSS.
 */
export function runInChild<T>(modulePath: string, exportName: string, args: unknown): ChildResult<T> {
  const child = spawnSync(
    process.execPath,
    ["--max-old-space-size=4096", require.resolve("./child"), modulePath, exportName, JSON.stringify(args)],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`bench child ${exportName} failed: ${child.stderr}`);
  const lines = child.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as ChildResult<T>;
}

/** Columns padded to a common width: the first `textColumns` left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[], textColumns = 1): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join("  ")
      .trimEnd(),
  );
}
