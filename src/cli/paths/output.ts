import { createReadStream, rmSync } from "node:fs";
import { join } from "node:path";
import type { PathRow } from "../../core/paths/options";
import type { TransitionRow } from "../../core/paths/transitions";
import { csvTextField, terminalText } from "../../core/format/inert";
import type { WorkbookPlan } from "../../core/plan/types";
import { planToXlsx } from "../../xlsx/plan-file";
import { UsageError } from "../io";
import { checkOut, writeOut, type OutTarget } from "../out-file";
import { PATH_ORDER } from "./build";
import { sqlString, type Engine } from "./engine";

export const PATH_HEADER = ["path", "total_conversions", "total_conversion_value", "total_null"] as const;
export const TRANSITION_HEADER = ["from", "to", "count", "value"] as const;

export type Table =
  { kind: "paths"; rows: readonly PathRow[] } | { kind: "transitions"; rows: readonly TransitionRow[] };

/**
 * The path table still in DuckDB (`result_paths`), read in order a batch at a time by
 * `batches`: CSV and JSON are written as it is read, so no output holds every path.
 */
export interface PathStream {
  readonly kind: "stream";
  /** Distinct paths. */
  readonly count: number;
  batches(): AsyncIterable<readonly PathRow[]>;
}

/** Every path of a stream, in order (for the outputs that need them all: a table, a sheet). */
export async function collectPaths(stream: PathStream): Promise<Table> {
  const rows: PathRow[] = [];
  for await (const batch of stream.batches()) for (const row of batch) rows.push(row);
  return { kind: "paths", rows };
}

/** The CSV of a stream, a batch of lines at a time (the same text as `toCsv`, line ends included). */
export async function* pathCsvChunks(stream: PathStream): AsyncGenerator<string> {
  yield `${PATH_HEADER.join(",")}\n`;
  for await (const batch of stream.batches())
    if (batch.length > 0) yield `${csvLines({ kind: "paths", rows: batch }).join("\n")}\n`;
}

/**
 * The JSON of a stream (the same object as `toJson`), a batch of paths at a time: the parts
 * join with line breaks, which JSON reads as spaces.
 */
export async function* pathJsonChunks(stream: PathStream, withoutTouch: number): AsyncGenerator<string> {
  yield `{"paths":[`;
  let first = true;
  for await (const batch of stream.batches()) {
    if (batch.length === 0) continue;
    const items = batch.map((r) => JSON.stringify(jsonPath(r)));
    yield `${first ? "" : ","}${items.join(",")}`;
    first = false;
  }
  yield `],"conversions_without_touch":${withoutTouch}}`;
}

function header(t: Table): readonly string[] {
  return t.kind === "paths" ? PATH_HEADER : TRANSITION_HEADER;
}

function cells(t: Table): (string | number)[][] {
  return t.kind === "paths"
    ? t.rows.map((r) => [r.path, r.conversions, r.value, r.nulls])
    : t.rows.map((r) => [r.from, r.to, r.count, r.value]);
}

/** CSV lines of the rows (RFC 4180; text neutralised so no spreadsheet runs it as a formula). */
function csvLines(t: Table): string[] {
  return cells(t).map((row) => row.map((c) => (typeof c === "number" ? String(c) : csvTextField(c))).join(","));
}

/** The table as CSV, header first. */
export function toCsv(t: Table): string {
  return [header(t).join(","), ...csvLines(t)].join("\n");
}

/** A path as the JSON output names its fields. */
function jsonPath(r: PathRow): { path: string; conversions: number; value: number; nulls: number } {
  return { path: r.path, conversions: r.conversions, value: r.value, nulls: r.nulls };
}

export function toJson(t: Table, withoutTouch: number): string {
  if (t.kind === "paths")
    return JSON.stringify({
      paths: t.rows.map(jsonPath),
      conversions_without_touch: withoutTouch,
    });
  return JSON.stringify({ transitions: t.rows, conversions_without_touch: withoutTouch });
}

export function toTable(t: Table): string {
  const rows = [
    header(t).map(String),
    ...cells(t).map((r) => r.map((c) => (typeof c === "number" ? String(c) : terminalText(c)))),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === 0 || (t.kind === "transitions" && i === 1) ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const XLSX_ROWS = 1_048_575;

/** An --out of `mkt paths`, checked before any work is done. */
export interface PathsOut {
  readonly target: OutTarget;
  readonly ext: "csv" | "xlsx" | "parquet";
}

/** Checks --out (its type and the --out rules) before the events are read: a refusal costs no run. */
export async function checkPathsOut(out: string, force: boolean, inputs: readonly string[]): Promise<PathsOut> {
  const ext = /\.(csv|xlsx|parquet)$/i.exec(out)?.[1]?.toLowerCase();
  if (ext !== "csv" && ext !== "xlsx" && ext !== "parquet")
    throw new UsageError(`--out must end in .csv, .xlsx or .parquet: ${out}`);
  return { target: await checkOut(out, { force, inputs }), ext };
}

/**
 * Writes the table to a checked --out. A path stream goes to CSV as it is read and to
 * Parquet straight from DuckDB; a sheet reads it whole.
 */
export async function writeTable(engine: Engine, source: Table | PathStream, out: PathsOut): Promise<string> {
  const { target, ext } = out;
  if (ext === "csv")
    return writeOut(
      target,
      source.kind === "stream" ? pathCsvChunks(source) : new TextEncoder().encode(`${toCsv(source)}\n`),
    );
  if (ext === "xlsx") {
    const size = source.kind === "stream" ? source.count : source.rows.length;
    if (size > XLSX_ROWS)
      throw new UsageError(`${size} rows do not fit a sheet (${XLSX_ROWS} at most): write .csv or .parquet`);
    const t = source.kind === "stream" ? await collectPaths(source) : source;
    const plan: WorkbookPlan = {
      sheets: [
        {
          target: { create: t.kind === "paths" ? "Paths" : "Transitions" },
          cells: [{ at: "A1", rows: [header(t), ...cells(t)] }],
          freeze: { rows: 1, columns: 0 },
        },
      ],
    };
    const { bytes } = await planToXlsx(plan);
    return writeOut(target, bytes);
  }
  if (ext === "parquet") {
    // DuckDB writes the file beside the target; its bytes then go through the --out rules.
    const temp = join(engine.tempDirectory, `out-${process.pid}-${Date.now()}.parquet`);
    const query =
      source.kind === "transitions" ? "SELECT * FROM result_transitions" : `SELECT * FROM result_paths ${PATH_ORDER}`;
    await engine.run(`COPY (${query}) TO ${sqlString(temp)} (FORMAT parquet)`);
    try {
      return await writeOut(target, createReadStream(temp));
    } finally {
      rmSync(temp, { force: true });
    }
  }
  throw new Error(`no writer for .${ext}`);
}
