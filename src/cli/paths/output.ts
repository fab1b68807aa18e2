import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { PathRow } from "../../core/paths/options";
import type { TransitionRow } from "../../core/paths/transitions";
import { csvTextField, terminalText } from "../../core/format/inert";
import type { WorkbookPlan } from "../../core/plan/types";
import { planToXlsx } from "../../xlsx/plan-file";
import { UsageError } from "../io";
import { checkOut, writeOut } from "../out-file";
import { sqlString, type Engine } from "./engine";

export const PATH_HEADER = ["path", "total_conversions", "total_conversion_value", "total_null"] as const;
export const TRANSITION_HEADER = ["from", "to", "count", "value"] as const;

export type Table =
  { kind: "paths"; rows: readonly PathRow[] } | { kind: "transitions"; rows: readonly TransitionRow[] };

function header(t: Table): readonly string[] {
  return t.kind === "paths" ? PATH_HEADER : TRANSITION_HEADER;
}

function cells(t: Table): (string | number)[][] {
  return t.kind === "paths"
    ? t.rows.map((r) => [r.path, r.conversions, r.value, r.nulls])
    : t.rows.map((r) => [r.from, r.to, r.count, r.value]);
}

/** CSV (RFC 4180; text neutralised so no spreadsheet runs it as a formula). */
export function toCsv(t: Table): string {
  const lines = cells(t).map((row) => row.map((c) => (typeof c === "number" ? String(c) : csvTextField(c))).join(","));
  return [header(t).join(","), ...lines].join("\n");
}

export function toJson(t: Table, withoutTouch: number): string {
  if (t.kind === "paths")
    return JSON.stringify({
      paths: t.rows.map((r) => ({ path: r.path, conversions: r.conversions, value: r.value, nulls: r.nulls })),
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

/** Writes the table to `--out` (.csv, .xlsx or .parquet) under the --out rules. */
export async function writeTable(
  engine: Engine,
  t: Table,
  out: string,
  force: boolean,
  inputs: readonly string[],
): Promise<string> {
  const target = await checkOut(out, { force, inputs });
  const ext = /\.(csv|xlsx|parquet)$/i.exec(out)?.[1]?.toLowerCase();
  if (ext === "csv") return writeOut(target, new TextEncoder().encode(`${toCsv(t)}\n`));
  if (ext === "xlsx") {
    if (t.rows.length > XLSX_ROWS)
      throw new UsageError(`${t.rows.length} rows do not fit a sheet (${XLSX_ROWS} at most): write .csv or .parquet`);
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
    const source = t.kind === "paths" ? "result_paths" : "result_transitions";
    await engine.run(`COPY (SELECT * FROM ${source}) TO ${sqlString(temp)} (FORMAT parquet)`);
    try {
      return await writeOut(target, readFileSync(temp));
    } finally {
      rmSync(temp, { force: true });
    }
  }
  throw new UsageError(`--out must end in .csv, .xlsx or .parquet: ${out}`);
}
