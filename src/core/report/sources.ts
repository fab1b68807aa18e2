import type { MessageKey } from "../../i18n/catalog";
import { cellValue, detectTable, sheetCol, sheetRow, type SheetGrid } from "../sheet";
import { findTemplate } from "../templates";
import { names, norm } from "./analysis-sources";

/**
 * The filled templates of a workbook, found by their headers: a sheet whose header row
 * holds the headers the report needs of a template (in either language, in any order,
 * whatever the sheet is called; workbooks made before a column was added still count) is
 * that template. Only what the report reads is kept: where each column is
 * and each data row's values, with the worksheet address of every cell, so the report's
 * tables can point at them with formulas.
 */

export const REPORT_SOURCES = ["evaluation-summary", "channel-efficiency", "action-tracking", "ab-test"] as const;
export type SourceId = (typeof REPORT_SOURCES)[number];

export type SourceValue = string | number | boolean | null;

export interface SourceRow {
  /** Worksheet row, 0-based. */
  readonly row: number;
  readonly values: ReadonlyMap<string, SourceValue>;
}

export interface Source {
  readonly id: SourceId;
  readonly sheet: string;
  /** Worksheet column (0-based) of each template column key. */
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly SourceRow[];
}

/** The columns a source must have to be recognised; its other columns are read when present. */
const REQUIRED: Readonly<Record<SourceId, readonly string[]>> = {
  "evaluation-summary": ["metric", "direction", "target", "base", "challenge", "actual"],
  "channel-efficiency": ["channel", "spend", "conversions", "revenue"],
  "action-tracking": ["item", "due", "status"],
  "ab-test": ["test", "controlConversions", "controlVisitors", "variantConversions", "variantVisitors"],
};

function headersOf(id: SourceId): { key: string; names: Set<string>; required: boolean }[] {
  const def = findTemplate(id);
  if (!def) throw new Error(`no template ${id}`);
  return def.columns.map((c) => ({
    key: c.key,
    names: names(c.header as MessageKey),
    required: REQUIRED[id].includes(c.key),
  }));
}

function match(grid: SheetGrid, id: SourceId): Source | undefined {
  if (grid.rows === 0) return undefined;
  const shape = detectTable(grid);
  if (shape.headerRow < 0) return undefined;
  const wanted = headersOf(id);
  const columns = new Map<string, number>();
  const gridCols = new Map<string, number>();
  for (const w of wanted) {
    const c = shape.headers.findIndex((h) => w.names.has(norm(h)));
    if (c < 0) {
      if (w.required) return undefined;
      continue;
    }
    columns.set(w.key, sheetCol(grid, c));
    gridCols.set(w.key, c);
  }
  const first = wanted[0].key;
  const rows: SourceRow[] = [];
  for (let r = shape.firstRow; r <= shape.lastRow; r++) {
    const values = new Map<string, SourceValue>();
    for (const [key, c] of gridCols) values.set(key, cellValue(grid, r, c));
    // A row counts when its first column (metric, channel, item) is filled.
    const label = values.get(first);
    if (label === null || label === "") continue;
    rows.push({ row: sheetRow(grid, r), values });
  }
  return { id, sheet: grid.name, columns, rows };
}

/** The first sheet matching each template the report reads; absent templates are absent. */
export function findSources(grids: readonly SheetGrid[]): Map<SourceId, Source> {
  const found = new Map<SourceId, Source>();
  for (const id of REPORT_SOURCES) {
    for (const grid of grids) {
      const source = match(grid, id);
      if (source && source.rows.length > 0) {
        found.set(id, source);
        break;
      }
    }
  }
  return found;
}
