/**
 * Attribution benchmark: generated files of 10k, 100k and 1M distinct paths
 * (ChannelAttribution's layout, `;`-separated). Per model: the median time to read the
 * file, build the journeys and attribute, the compute part alone, and the child
 * process's peak RSS, next to the floor of merely reading the file and splitting the
 * paths. Then MKT.ATTRIBUTE's own compute on 100,000 worksheet rows.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCsv } from "../src/core/format/csv";
import { attribute, journeysFromPaths, parseAttributionOptions, type ModelName } from "../src/core/attribution";
import { isCellError } from "../src/core/errors";
import { attributionGrid } from "../src/functions/attribution";
import { runInChild, table, timeRuns, type Bench } from "./harness";

const CHANNELS = ["search", "social", "email", "display", "video", "affiliate", "direct", "referral"];
const CHANNELS_ZH = ["搜索", "信息流", "短信", "直播", "push", "app", "partner", "podcast"];

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct paths over 16 channels, lengths 1 to 12 (mean about 4), with counts and values. */
export function generatePaths(count: number, seed = 7): string {
  const rand = random(seed);
  const names = [...CHANNELS, ...CHANNELS_ZH];
  const seen = new Set<string>();
  const lines = ["path;total_conversions;total_conversion_value;total_null"];
  while (seen.size < count) {
    let length = 1;
    while (length < 12 && rand() < 0.7) length++;
    const parts: string[] = [];
    // Skewed channel popularity, so that some channels matter more.
    for (let i = 0; i < length; i++) parts.push(names[Math.floor(names.length * rand() * rand())]);
    const path = parts.join(" > ");
    if (seen.has(path)) continue;
    seen.add(path);
    const conversions = rand() < 0.4 ? Math.floor(rand() * 6) : 0;
    const value = Math.round(conversions * (10 + rand() * 90) * 1000) / 1000;
    const nulls = Math.floor(rand() * 20);
    lines.push(`${path};${conversions};${value};${nulls}`);
  }
  return `${lines.join("\n")}\n`;
}

interface TaskArgs {
  readonly file: string;
  readonly runs: number;
  /** Untimed runs first, so that small inputs are not timed while the JIT compiles. */
  readonly warmup?: number;
  readonly model?: ModelName;
  readonly order?: number;
}

interface Timing {
  readonly median: number;
  readonly compute?: number;
  readonly touches?: number;
}

/**
 * The floor: read the file, parse the CSV, and split every path on ">" into trimmed
 * names, as any consumer of the file must. With `scanOnly`, find the touches without
 * making their strings (a lower bound no real consumer reaches).
 */
export function floorTask(args: TaskArgs & { scanOnly?: boolean }): Timing {
  let touches = 0;
  const timing = timeRuns(
    () => {
      const data = parseCsv(readFileSync(args.file, "utf8"), { numbers: true });
      touches = 0;
      for (const row of data.rows) {
        const path = row[0] as string;
        if (args.scanOnly) {
          touches++;
          for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 62) touches++;
        } else {
          for (const name of path.split(">")) if (name.trim().length > 0) touches++;
        }
      }
    },
    args.runs,
    args.warmup,
  );
  return { median: timing.median, touches };
}

/** Read, parse, build journeys (interned ids) and attribute with one model. */
export function modelTask(args: TaskArgs): Timing {
  const options = parseAttributionOptions({ model: args.model, order: args.order ?? 1 });
  if (isCellError(options)) throw new Error(options.message);
  const compute: number[] = [];
  const timing = timeRuns(
    () => {
      const data = parseCsv(readFileSync(args.file, "utf8"), { numbers: true });
      const t0 = performance.now();
      const col = (i: number) => data.rows.map((r) => r[i]);
      const journeys = journeysFromPaths({ paths: col(0), conversions: col(1), values: col(2), nulls: col(3) });
      if (isCellError(journeys)) throw new Error(journeys.message);
      const result = attribute(journeys, options);
      if (isCellError(result)) throw new Error(result.message);
      compute.push(performance.now() - t0);
    },
    args.runs,
    args.warmup,
  );
  compute.sort((a, b) => a - b);
  return { median: timing.median, compute: compute[Math.floor(compute.length / 2)] };
}

/** MKT.ATTRIBUTE's compute on worksheet-shaped ranges (rows of one cell), as Excel passes them. */
export function excelTask(args: TaskArgs): Timing {
  const data = parseCsv(readFileSync(args.file, "utf8"), { numbers: true });
  const range = (i: number) => data.rows.map((r) => [r[i]]);
  const [paths, conversions, values, nulls] = [range(0), range(1), range(2), range(3)];
  const timing = timeRuns(
    () => {
      const grid = attributionGrid(paths, conversions, args.model, values, nulls, `order=${args.order ?? 1}`);
      if (isCellError(grid)) throw new Error(grid.message);
    },
    args.runs,
    args.warmup,
  );
  return { median: timing.median };
}

const MODEL_RUNS: readonly { label: string; model: ModelName; order?: number }[] = [
  { label: "first", model: "first" },
  { label: "last", model: "last" },
  { label: "linear", model: "linear" },
  { label: "position", model: "position" },
  { label: "time_decay", model: "time_decay" },
  { label: "markov o1", model: "markov", order: 1 },
  { label: "markov o2", model: "markov", order: 2 },
  { label: "shapley", model: "shapley" },
];

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mb = (x: number): string => x.toFixed(0);

export const attributionBench: Bench = {
  name: "attribution",
  run(sizes = [10_000, 100_000, 1_000_000]) {
    const dir = mkdtempSync(join(tmpdir(), "mkt-bench-attribution-"));
    const lines: string[] = [];
    try {
      const rows: string[][] = [["paths", "task", "median ms", "compute ms", "x floor", "peak RSS MB"]];
      let excelFile: string | undefined;
      for (const size of sizes) {
        const file = join(dir, `paths-${size}.csv`);
        writeFileSync(file, generatePaths(size));
        if (size === 100_000) excelFile = file;
        const runs = size >= 1_000_000 ? 3 : size >= 100_000 ? 5 : 9;
        const warmup = size >= 1_000_000 ? 0 : 2;
        const floor = runInChild<Timing>(__filename, "floorTask", { file, runs, warmup });
        rows.push([
          size.toLocaleString("en-US"),
          `read+split (${floor.result.touches?.toLocaleString("en-US")} touches)`,
          ms(floor.result.median),
          "",
          "1.00",
          mb(floor.peakRssMb),
        ]);
        const scan = runInChild<Timing>(__filename, "floorTask", { file, runs, warmup, scanOnly: true });
        const ratio = (scan.result.median / floor.result.median).toFixed(2);
        rows.push(["", "read+scan, no strings", ms(scan.result.median), "", ratio, mb(scan.peakRssMb)]);
        for (const m of MODEL_RUNS) {
          const r = runInChild<Timing>(__filename, "modelTask", { file, runs, warmup, model: m.model, order: m.order });
          rows.push([
            "",
            m.label,
            ms(r.result.median),
            ms(r.result.compute ?? 0),
            (r.result.median / floor.result.median).toFixed(2),
            mb(r.peakRssMb),
          ]);
        }
      }
      lines.push(
        `Medians over 9 runs (10k), 5 (100k), 3 (1M), after 2 untimed runs below 1M; each task in its own process. "compute" excludes reading the file; "x floor" is against read+split.`,
      );
      lines.push(...table(rows, 2));
      const example = resolve(process.cwd(), "test/fixtures/attribution-reference/paths.csv");
      if (existsSync(example)) {
        lines.push("", "The synthetic reference paths (5,000 paths, 10 channels), exact markov, read + compute:");
        const exampleRows: string[][] = [["order", "median ms", "compute ms"]];
        for (const order of [1, 2, 3, 4]) {
          const r = runInChild<Timing>(__filename, "modelTask", {
            file: example,
            runs: 9,
            warmup: 2,
            model: "markov",
            order,
          });
          exampleRows.push([String(order), ms(r.result.median), ms(r.result.compute ?? 0)]);
        }
        lines.push(...table(exampleRows));
      }
      if (excelFile) {
        lines.push(
          "",
          "MKT.ATTRIBUTE on 100,000 worksheet rows (coercion + model + table; Excel's own transfer not included):",
        );
        const excelRows: string[][] = [["model", "median ms"]];
        for (const m of MODEL_RUNS) {
          const r = runInChild<Timing>(__filename, "excelTask", {
            file: excelFile,
            runs: 5,
            model: m.model,
            order: m.order,
          });
          excelRows.push([m.label, ms(r.result.median)]);
        }
        lines.push(...table(excelRows));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return lines;
  },
};
