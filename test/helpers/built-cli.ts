import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
export const CLI = join(ROOT, "dist/lib/cli/main.js");

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The built `mkt` (dist/lib/cli/main.js), compiled first when missing or older than src/. */
export function builtCli(): string {
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest(join(ROOT, "src"))) {
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { cwd: ROOT });
  }
  if (!existsSync(CLI)) throw new Error(`could not build ${CLI}`);
  return CLI;
}

export interface Measured {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall-clock seconds and peak resident memory (MB) of the child, from /usr/bin/time -v. */
  readonly seconds: number;
  readonly maxRssMb: number;
}

/** Runs `mkt ARGS` in a child process under /usr/bin/time -v, with a hard timeout. */
export function runMeasured(args: readonly string[], timeoutMs = 60_000): Measured {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, builtCli(), ...args], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  const stderr = r.stderr ?? "";
  const marks = ["Command exited with non-zero status", "Command terminated by signal", "\tCommand being timed:"]
    .map((m) => stderr.indexOf(m))
    .filter((k) => k >= 0);
  const at = marks.length === 0 ? -1 : Math.min(...marks);
  const timing = at < 0 ? "" : stderr.slice(at);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timing);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(timing);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  // /usr/bin/time reports a child's signal as "Command terminated by signal N".
  const signalled = /Command terminated by signal/.test(timing);
  const exit = /Exit status: (\d+)/.exec(timing);
  return {
    status: exit ? Number(exit[1]) : r.status,
    signal: r.signal ?? (signalled ? "SIGKILL" : null),
    stdout: r.stdout ?? "",
    stderr: at < 0 ? stderr : stderr.slice(0, at),
    seconds,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
  };
}
