import { guessPathColumns } from "../attribution/guess-columns";
import type { PlanCell, WorkbookPlan } from "../plan/types";

/** A table read from a file: header and rows of plain values. */
export interface PathsFileTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** Whether a table holds paths: a path column and a conversions column, recognised as the pane recognises them. */
export function looksLikePaths(table: PathsFileTable): boolean {
  const guess = guessPathColumns(table.header);
  return guess.paths !== null && guess.conversions !== null;
}

const cell = (v: unknown): PlanCell =>
  v === null || v === undefined
    ? null
    : typeof v === "number"
      ? Number.isFinite(v)
        ? v
        : null
      : typeof v === "boolean"
        ? v
        : v instanceof Date
          ? v.toISOString()
          : String(v);

/**
 * The paths table written into a new sheet as values (a text such as "=cmd" stays text:
 * plan strings are literal), its header row frozen. The sheet gets a free name near `sheet`.
 */
export function pathsSheetPlan(table: PathsFileTable, sheet: string): WorkbookPlan {
  return {
    sheets: [
      {
        target: { create: sheet },
        cells: [{ at: "A1", rows: [table.header.map((h) => h), ...table.rows.map((r) => r.map(cell))] }],
        columns: [{ column: "A", widths: [60] }],
        freeze: { rows: 1, columns: 0 },
        activate: true,
      },
    ],
  };
}
