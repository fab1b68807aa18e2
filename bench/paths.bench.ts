/**
 * `mkt paths` on N generated touch rows (default 10 million, about 630 MB of CSV), and
 * `mkt attribute` on the paths it writes, each as a whole process (`node dist/lib/cli/main.js`,
 * built by `npm run build:lib`) timed with GNU time for wall time and peak memory, beside
 * the floor: Node reading the same file and splitting its lines and fields.
 * Then \`mkt attribute\` on 400,000 distinct paths (MKT_BENCH_ATTRIBUTE_PATHS), every model,
 * beside the floor of reading that file and splitting its lines and paths: the median of
 * 3 runs each (MKT_BENCH_ATTRIBUTE_RUNS), wall time and CPU time (user + system, which
 * other work on a shared machine changes less than wall time).
 * The touch-row steps run once by default (MKT_BENCH_RUNS for more: the median is printed).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { generatePaths } from "./attribution.bench";
import { median, table, type Bench } from "./harness";

const CLI = resolve(__dirname, "../../lib/cli/main.js");

/** N touch rows: 8 per journey on average, 6 channels, 1 in 12 rows a conversion, times over 90 days. */
async function writeEvents(path: string, rows: number): Promise<void> {
  const db = await DuckDBInstance.create(":memory:", { threads: "2", memory_limit: "1GB" });
  const c = await db.connect();
  await c.run(`COPY (
    SELECT 'user' || (hash(i * 7) % ${Math.max(1, Math.floor(rows / 8))}) AS journey_id,
           strftime(TIMESTAMP '2024-01-01' + to_seconds(hash(i) % 7776000), '%Y-%m-%dT%H:%M:%SZ') AS timestamp,
           CASE WHEN hash(i * 3) % 12 = 0 THEN '' ELSE ['search', 'social', 'email', 'display', 'direct', 'affiliate'][CAST(1 + hash(i * 5) % 6 AS BIGINT)] END AS channel,
           CASE WHEN hash(i * 3) % 12 = 0 THEN 1 ELSE 0 END AS conversion,
           CASE WHEN hash(i * 3) % 12 = 0 THEN (hash(i * 11) % 20000) / 100.0 END AS value
    FROM range(${rows}) AS t(i)) TO '${path}' (HEADER, DELIMITER ',')`);
  c.closeSync();
  db.closeSync();
}

interface Timed {
  readonly seconds: number;
  readonly peakMb: number;
  /** User + system CPU seconds. */
  readonly cpu: number;
}

/** Wall time, peak resident memory and CPU time of a command, by GNU time. */
function timed(args: readonly string[]): Timed {
  const child = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed: ${child.stderr}`);
  const [seconds, kb, user, system] = child.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds, peakMb: kb / 1024, cpu: user + system };
}

function runs(variable = "MKT_BENCH_RUNS", fallback = 1): number {
  return Math.max(1, Number(process.env[variable] ?? fallback));
}

function medianOf(fn: () => Timed, count = runs()): Timed {
  const all = Array.from({ length: count }, fn);
  return {
    seconds: median(all.map((t) => t.seconds)),
    peakMb: median(all.map((t) => t.peakMb)),
    cpu: median(all.map((t) => t.cpu)),
  };
}

/** The floor: read the file and split every line into fields and every path into channels, nothing else. */
const FLOOR = `const t=require("fs").readFileSync(process.argv[1],"utf8");const d=process.argv[2];let n=0;for(const l of t.split("\\n")){const f=l.split(d);n+=f.length+f[0].split(">").length}console.log(n)`;

/** \`mkt attribute\` on \`count\` distinct paths (the attribution bench's generator), every model, beside the floor. */
function attributeAt(count: number, lines: string[][]): void {
  const dir = mkdtempSync(join(tmpdir(), "mkt-attribute-bench-"));
  const n = runs("MKT_BENCH_ATTRIBUTE_RUNS", 3);
  try {
    const file = join(dir, "paths.csv");
    writeFileSync(file, generatePaths(count));
    const mb = (statSync(file).size / 1e6).toFixed(1);
    const floor = medianOf(() => timed([process.execPath, "-e", FLOOR, file, ";"]), n);
    lines.push([
      `read+split floor (median of ${n}; CPU ${floor.cpu.toFixed(2)} s)`,
      count.toLocaleString("en-US"),
      mb,
      floor.seconds.toFixed(2),
      floor.peakMb.toFixed(0),
    ]);
    for (const model of ["first", "last", "linear", "position", "time_decay", "markov", "shapley"]) {
      const t = medianOf(
        () => timed([process.execPath, CLI, "attribute", file, "--model", model, "--format", "csv"]),
        n,
      );
      const ratio = (t.seconds / floor.seconds).toFixed(2);
      const cpuRatio = (t.cpu / floor.cpu).toFixed(2);
      lines.push([
        `mkt attribute --model ${model} (${ratio}x floor; CPU ${t.cpu.toFixed(2)} s, ${cpuRatio}x)`,
        "",
        mb,
        t.seconds.toFixed(2),
        t.peakMb.toFixed(0),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const pathsBench: Bench = {
  name: "paths",
  async run(sizes) {
    const lines: string[][] = [["step", "rows", "file MB", "seconds", "peak MB"]];
    for (const n of sizes ?? [10_000_000]) {
      const dir = mkdtempSync(join(tmpdir(), "mkt-paths-bench-"));
      try {
        const events = join(dir, "events.csv");
        await writeEvents(events, n);
        const mb = statSync(events).size / 1e6;
        const out = join(dir, "paths.csv");
        // Then bounded memory: the same input within 300 MB, processed in parts.
        for (const memory of ["1GB", "300MB"]) {
          const run = medianOf(() => {
            rmSync(out, { force: true });
            return timed([process.execPath, CLI, "paths", events, "--out", out, "--memory", memory]);
          });
          lines.push([
            memory === "1GB" ? "mkt paths" : `mkt paths --memory ${memory}`,
            n.toLocaleString("en-US"),
            mb.toFixed(0),
            run.seconds.toFixed(1),
            run.peakMb.toFixed(0),
          ]);
        }
        const pathsMb = statSync(out).size / 1e6;
        const floor = medianOf(() => timed([process.execPath, "-e", FLOOR, out, ","]));
        lines.push([
          "read+split floor (paths file)",
          "",
          pathsMb.toFixed(1),
          floor.seconds.toFixed(2),
          floor.peakMb.toFixed(0),
        ]);
        for (const model of ["linear", "markov"]) {
          const t = medianOf(() =>
            timed([process.execPath, CLI, "attribute", out, "--model", model, "--format", "csv"]),
          );
          lines.push([
            `mkt attribute --model ${model}`,
            "",
            pathsMb.toFixed(1),
            t.seconds.toFixed(2),
            t.peakMb.toFixed(0),
          ]);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    attributeAt(Number(process.env.MKT_BENCH_ATTRIBUTE_PATHS ?? 400_000), lines);
    return table(lines);
  },
};
