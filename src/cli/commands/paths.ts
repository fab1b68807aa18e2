import { existsSync, statSync } from "node:fs";
import { REPEATS } from "../../core/attribution/options";
import { terminalText } from "../../core/format/inert";
import type { PathOptions } from "../../core/paths/options";
import {
  DIALECTS,
  EVENT_NAME,
  pathsQuery,
  TABLE_NAME,
  type Dialect,
  type Ga4Source,
  type QuerySpec,
} from "../../core/paths/sql";
import { TransitionCounter } from "../../core/paths/transitions";
import { choiceOption, numberOption, parseCommandArgs } from "../args";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { buildPaths, streamPaths, type Phase } from "../paths/build";
import { openEngine } from "../paths/engine";
import { expandFiles, duckMessage } from "../paths/input";
import { loadGa4, loadTouchRows } from "../paths/load";
import {
  checkPathsOut,
  collectPaths,
  pathCsvChunks,
  pathJsonChunks,
  toCsv,
  toJson,
  toTable,
  writeTable,
  type PathStream,
  type Table,
} from "../paths/output";

const USAGE = `Usage: mkt paths EVENTS... [--out FILE.csv|.xlsx|.parquet] [--format table|csv|json]
                 [--lookback-days N] [--repeats keep|collapse|first] [--max-steps N] [--transitions]
                 [--ga4 [--user-id] [--conversion-event NAME] [--channel source-medium|default-group]]
                 [--memory SIZE] [--threads N] [--temp-dir DIR] [--force]
       mkt paths --sql duckdb|bigquery|spark|snowflake|clickhouse [--table NAME] [--ga4 ...] [options]

Turns events into the aggregated-path table (path,total_conversions,total_conversion_value,
total_null) that \`mkt attribute\` and the add-in read, with DuckDB embedded. EVENTS are
.csv, .tsv, .ndjson/.jsonl or .parquet files or globs ("events/*.parquet"): touch rows with
columns journey_id, timestamp, channel (blank: not a touch), conversion (> 0: a conversion)
and value (headers recognised as in \`mkt attribute\`), or with --ga4 the GA4 BigQuery export.

Per journey, in time order (touches before conversions at equal times), each conversion
closes a path of the touches since the previous conversion within the lookback; the touches
after the last conversion make one non-converting path. See docs/paths.md.

  --lookback-days N     touches at most N days before the conversion (default 30; 0 = no limit)
  --repeats R           keep (default), collapse consecutive repeats, or first touch per channel
  --max-steps N         keep the last N touches of a path (default 0 = all)
  --transitions         write order-1 transition counts (from,to,count,value) instead of paths
  --ga4                 GA4 export: a touch is a session_start, its channel source / medium
  --user-id             GA4: journeys by user_id rather than user_pseudo_id
  --conversion-event E  GA4: the conversion event (default purchase)
  --channel C           GA4: source-medium (default) or default-group (GA4's default channel group)
  --out FILE            write .csv, .xlsx or .parquet (else the table goes to stdout)
  --format F            stdout format: table (default), csv, or json
  --memory SIZE         DuckDB memory limit (default 1GB); past it DuckDB spills to --temp-dir
  --threads N           DuckDB threads (default 2)
  --partitions N        process the journeys in N parts, each within --memory (default: from the input's size)
  --sql DIALECT         print the query for that engine instead of running it
  --table NAME          the table the printed query reads (default events)
  --journey-col, --time-col, --channel-col, --conversion-col, --value-col   column names
  --force               replace --out if it exists

Exit status: 0 done, 2 bad input, 130 interrupted (Ctrl-C; its temporary files are removed).`;

const OPTIONS = {
  out: { type: "string" },
  format: { type: "string", default: "table" },
  "lookback-days": { type: "string" },
  repeats: { type: "string", default: "keep" },
  "max-steps": { type: "string" },
  transitions: { type: "boolean", default: false },
  ga4: { type: "boolean", default: false },
  "user-id": { type: "boolean", default: false },
  "conversion-event": { type: "string" },
  channel: { type: "string" },
  memory: { type: "string" },
  threads: { type: "string" },
  partitions: { type: "string" },
  "temp-dir": { type: "string" },
  sql: { type: "string" },
  table: { type: "string", default: "events" },
  force: { type: "boolean", default: false },
  "journey-col": { type: "string" },
  "time-col": { type: "string" },
  "channel-col": { type: "string" },
  "conversion-col": { type: "string" },
  "value-col": { type: "string" },
} as const;

function wholeOption(name: string, text: string | undefined, fallback: number, max: number): number {
  const n = numberOption(name, text) ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}, not "${text}"`);
  return n;
}

const DEFAULT_MEMORY = "1GB";
const UNITS: Readonly<Record<string, number>> = {
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

function memoryBytes(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text);
  return m ? Number(m[1]) * (UNITS[m[2].toLowerCase()] ?? 1e9) : 1e9;
}

/**
 * How many parts keep each within the memory limit: events take about twice their CSV or
 * JSON size in the window sort and the per-journey aggregate, Parquet (compressed) six times.
 */
function autoPartitions(files: readonly { path: string; format: string }[], memory: number): number {
  let need = 0;
  for (const f of files) need += statSync(f.path).size * (f.format === "parquet" ? 6 : 2);
  return Math.max(1, Math.ceil(need / memory));
}

/** The shell's status for a run stopped by Ctrl-C (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

export const pathsCommand: Command = {
  summary: "turn raw events (touch rows or a GA4 export) into attribution paths, or print that query for a warehouse",
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: f, positionals } = parseCommandArgs(args, OPTIONS);
    const options: PathOptions = {
      lookbackDays: wholeOption("lookback-days", f["lookback-days"], 30, 36_500),
      repeats: choiceOption("repeats", f.repeats, REPEATS),
      maxSteps: wholeOption("max-steps", f["max-steps"], 0, 10_000),
    };
    if (!f.ga4 && (f["user-id"] || f["conversion-event"] !== undefined || f.channel !== undefined))
      throw new UsageError("--user-id, --conversion-event and --channel apply to --ga4");
    const channel = choiceOption("channel", f.channel ?? "source-medium", ["source-medium", "default-group"] as const);
    const conversionEvent = f["conversion-event"] ?? "purchase";
    if (!EVENT_NAME.test(conversionEvent))
      throw new UsageError(
        `--conversion-event must be a GA4 event name (letters, digits, _), not "${conversionEvent}"`,
      );
    const ga4: Ga4Source | undefined = f.ga4 ? { userId: f["user-id"], conversionEvent, channel } : undefined;

    if (f.sql !== undefined) {
      const dialect: Dialect = choiceOption("sql", f.sql, DIALECTS);
      if (positionals.length > 0) throw new UsageError("--sql prints a query: give no EVENTS");
      if (!TABLE_NAME.test(f.table))
        throw new UsageError(`--table must be a table name such as analytics_123.events_*, not "${f.table}"`);
      const query = pathsQuery(dialect, { table: f.table, ga4, options });
      if (query === undefined)
        throw new UsageError(
          `--ga4 has a query for duckdb, bigquery, spark and snowflake; for ${dialect}, load the export as touch rows (see docs/paths.md)`,
        );
      io.out(`${query};`);
      return EXIT_OK;
    }

    const format = choiceOption("format", f.format, ["table", "csv", "json"] as const);
    if (positionals.length === 0) throw new UsageError("EVENTS is missing: give one or more files or globs");
    const threads = f.threads === undefined ? undefined : wholeOption("threads", f.threads, 2, 256);
    if (threads === 0) throw new UsageError("--threads must be at least 1");
    if (f.memory !== undefined && !/^\s*\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$/i.test(f.memory))
      throw new UsageError(`--memory must be a size such as 2GB or 512MB, not "${f.memory}"`);
    const tempDir = f["temp-dir"];
    if (tempDir !== undefined && !(existsSync(tempDir) && statSync(tempDir).isDirectory()))
      throw new UsageError(`--temp-dir ${tempDir} is not a folder`);
    let engine;
    try {
      engine = await openEngine({ memory: f.memory ?? DEFAULT_MEMORY, threads, tempDirectory: f["temp-dir"] });
    } catch (e) {
      throw new UsageError(`cannot start DuckDB (${duckMessage(e)})`);
    }
    // Ctrl-C (or a TERM) stops the running query and the run, and the temporary files go
    // with it: a run in parts may have written gigabytes there. A second Ctrl-C kills at once.
    const abort = new AbortController();
    const running = engine;
    const onSignal = (): void => {
      abort.abort();
      running.connection.interrupt();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const files = await expandFiles(engine, positionals);
      const inputs = files.map((x) => x.path);
      const out = f.out === undefined ? undefined : await checkPathsOut(f.out, f.force, inputs);
      const started = Date.now();
      const source = ga4 ? undefined : await loadTouchRows(engine, files, f);
      if (ga4) await loadGa4(engine, files, ga4.userId);
      const spec: QuerySpec = { table: ga4 ? "ga4_export" : "events", ga4, options };
      // Progress on stderr for long runs: after 2 s, when DuckDB's estimate moves by 5 points,
      // and at each phase of a run in parts. Rows are counted as the events are split into
      // parts; DuckDB's own "rows processed" counts bytes for a CSV scan, not rows.
      let shown = -5;
      const long = (): boolean => Date.now() - started >= 2000;
      const progress = (percent: number): void => {
        if (!long() || percent <= 0 || percent < shown + 5) return;
        shown = percent;
        const filled = Math.round(Math.min(100, Math.max(0, percent)) / 5);
        io.err(`mkt paths: [${"#".repeat(filled)}${".".repeat(20 - filled)}] ${percent.toFixed(0)}%`);
      };
      const onPhase = (phase: Phase): void => {
        shown = -5;
        if (!long()) return;
        if (phase.kind === "split" && phase.rows !== undefined)
          io.err(`mkt paths: ${phase.rows.toLocaleString("en-US")} rows read and split into ${phase.parts} parts`);
        else if (phase.kind === "part") io.err(`mkt paths: part ${phase.part} of ${phase.parts}`);
      };
      const partitions =
        f.partitions === undefined
          ? autoPartitions(files, memoryBytes(f.memory ?? DEFAULT_MEMORY))
          : wholeOption("partitions", f.partitions, 1, 10_000);
      if (partitions === 0) throw new UsageError("--partitions must be at least 1");
      const journeyColumn = ga4 ? (ga4.userId ? "user_id" : "user_pseudo_id") : "journey_id";
      const built = await buildPaths(engine, spec, {
        partitions,
        journeyColumn,
        progress,
        onPhase,
        onBadRow: source?.nameBadRow,
        signal: abort.signal,
      });
      abort.signal.throwIfAborted();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.err(
        `mkt paths: ${files.length} file(s), ${built.rowsRead === undefined ? "" : `${built.rowsRead.toLocaleString("en-US")} rows, `}${built.events.toLocaleString("en-US")} conversions and trailing paths, ${built.distinct.toLocaleString("en-US")} distinct paths, ${seconds} s`,
      );
      if (built.withoutTouch.count > 0) {
        const named = built.withoutTouch.examples.map((w) => `${w.journey} at ${w.time}`).join("; ");
        io.err(
          terminalText(
            `mkt paths: ${built.withoutTouch.count} conversion(s) had no touch within their window and are left out: ${named}${built.withoutTouch.count > built.withoutTouch.examples.length ? "; ..." : ""}`,
          ),
        );
      }
      const stream: PathStream = { kind: "stream", count: built.distinct, batches: () => streamPaths(engine) };
      if (f.transitions) {
        const counter = new TransitionCounter();
        for await (const batch of stream.batches()) counter.addPaths(batch);
        const table: Table = { kind: "transitions", rows: counter.rows() };
        if (out !== undefined) {
          await engine.run(transitionsTableSql(table.rows));
          io.out(await writeTable(engine, table, out));
        } else
          io.out(
            format === "json"
              ? toJson(table, built.withoutTouch.count)
              : format === "csv"
                ? toCsv(table)
                : toTable(table),
          );
      } else if (out !== undefined) io.out(await writeTable(engine, stream, out));
      else if (format === "table") io.out(toTable(await collectPaths(stream)));
      else {
        // CSV and JSON leave as they are read: each part a line (or lines) of stdout.
        const chunks = format === "json" ? pathJsonChunks(stream, built.withoutTouch.count) : pathCsvChunks(stream);
        for await (const chunk of chunks) io.out(chunk.endsWith("\n") ? chunk.slice(0, -1) : chunk);
      }
      return EXIT_OK;
    } catch (e) {
      if (!abort.signal.aborted) throw e;
      io.err("mkt paths: interrupted; its temporary files are removed");
      return EXIT_INTERRUPTED;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      engine.close();
    }
  },
};

/** The transitions as a DuckDB table (for --out .parquet). */
function transitionsTableSql(rows: readonly { from: string; to: string; count: number; value: number }[]): string {
  const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
  const values = rows.map((r) => `(${q(r.from)}, ${q(r.to)}, ${r.count}, ${r.value})`).join(",");
  return rows.length === 0
    ? `CREATE TEMP TABLE result_transitions ("from" VARCHAR, "to" VARCHAR, "count" DOUBLE, "value" DOUBLE)`
    : `CREATE TEMP TABLE result_transitions AS SELECT * FROM (VALUES ${values}) AS t("from", "to", "count", "value")`;
}
