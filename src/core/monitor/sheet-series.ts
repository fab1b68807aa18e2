import { t } from "../../i18n/catalog";
import type { MessageKey } from "../../i18n/catalog";
import { dateAt, numberAt, textAt } from "../checks/cells";
import type { ColumnInfo } from "../checks/columns";
import { CellKind, type SheetGrid, type TableShape } from "../sheet";
import type { SeriesDay } from "./series";

/**
 * A daily table as read from a sheet (a monitor template, an export of daily figures): its
 * date column and the metric column, and the campaign panel (target, start, end) found by
 * its labels in either language. For the data checks, the report and `mkt pace`.
 */

export interface DailyTable {
  readonly dateColumn: ColumnInfo;
  readonly valueColumn: ColumnInfo;
  /** Sorted by date; `row` is the grid row. Rows without a date are left out. */
  readonly days: readonly SeriesDay[];
}

/** The date column and the metric: the column named in `column`, else one with the "actual" role, else the first numeric column typed in. */
export function dailyTable(
  grid: SheetGrid,
  table: TableShape,
  columns: readonly ColumnInfo[],
  column?: string,
): DailyTable | undefined {
  const dateColumn = columns.find((c) => c.role === "date" && c.dates + c.numbers > 0);
  if (!dateColumn) return undefined;
  const key = column?.trim().toLowerCase();
  const numeric = columns.filter((c) => c !== dateColumn && c.numbers > 0 && c.role !== "date");
  const valueColumn = key
    ? numeric.find((c) => c.header.toLowerCase() === key)
    : (numeric.find((c) => c.role === "actual") ?? numeric.find((c) => typedIn(grid, table, c)));
  if (!valueColumn) return undefined;
  const days: SeriesDay[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const date = dateAt(grid, r * grid.cols + dateColumn.index);
    if (Number.isNaN(date)) continue;
    const v = numberAt(grid, r * grid.cols + valueColumn.index);
    days.push({ date: Math.floor(date), value: Number.isNaN(v) ? null : v, row: r });
  }
  days.sort((a, b) => a.date - b.date);
  return { dateColumn, valueColumn, days };
}

function typedIn(grid: SheetGrid, table: TableShape, c: ColumnInfo): boolean {
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const i = r * grid.cols + c.index;
    if (grid.kinds[i] === CellKind.Number && grid.formulas[i] === 0) return true;
  }
  return false;
}

export interface CampaignPanel {
  readonly target?: number;
  readonly start?: number;
  readonly end?: number;
  /** Grid cell (row, column) of the target's value, for a finding. */
  readonly targetAt?: { readonly row: number; readonly col: number };
}

const LABELS: Readonly<Record<"target" | "start" | "end", readonly MessageKey[]>> = {
  target: ["tpl.monitor.target"],
  start: ["tpl.monitor.start"],
  end: ["tpl.monitor.end"],
};

/** The target, start and end of the monitor's panel: the cell right of its label (either language). */
export function campaignPanel(grid: SheetGrid): CampaignPanel {
  const wanted = new Map<string, "target" | "start" | "end">();
  for (const [k, keys] of Object.entries(LABELS) as ["target" | "start" | "end", readonly MessageKey[]][])
    for (const key of keys)
      for (const locale of ["en-US", "zh-CN"] as const) wanted.set(t(locale, key).toLowerCase(), k);
  let target: number | undefined;
  let start: number | undefined;
  let end: number | undefined;
  let targetAt: CampaignPanel["targetAt"];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c + 1 < grid.cols; c++) {
      const i = r * grid.cols + c;
      if (grid.kinds[i] !== CellKind.Text) continue;
      const k = wanted.get(textAt(grid, i).toLowerCase());
      if (!k) continue;
      if (k === "target") {
        const v = numberAt(grid, i + 1);
        if (!Number.isNaN(v) && target === undefined) {
          target = v;
          targetAt = { row: r, col: c + 1 };
        }
      } else {
        const d = dateAt(grid, i + 1);
        if (!Number.isNaN(d)) {
          if (k === "start" && start === undefined) start = Math.floor(d);
          if (k === "end" && end === undefined) end = Math.floor(d);
        }
      }
    }
  }
  return { target, start, end, targetAt };
}
