import { columnIndex, columnLetter } from "../../core/plan/address";
import { actualSheetName, resolveNames, type WorkbookNames } from "../../core/plan/resolve";
import { splitTableFormulas, withTableNames } from "../../core/plan/table-refs";
import type { AppliedPlanSummary, SheetPlan, WorkbookPlan } from "../../core/plan/types";
import type { Locale } from "../../i18n/locale";
import { SheetProtectedError, WorkbookProtectedError } from "../errors";
import { queueBlock, queueFormat, widthInPoints } from "./cells";
import {
  queueChart,
  queueColorScale,
  queueConditionalFormats,
  queueHyperlink,
  queueNote,
  queueTable,
  queueValidation,
} from "./features";

/**
 * Applies a WorkbookPlan to the open workbook with Office.js: the twin of src/xlsx/plan.
 *
 * Syncs: one to read the sheet, table and defined names (so new sheets get free names and
 * nothing is overwritten) and whether the sheets it writes to are protected, then exactly one
 * per SheetPlan, whatever its size: every write of a sheet is queued first, with screen
 * updating suspended once for the batch where the host can, and sent in one batch. A
 * Generate click making three templates therefore costs four syncs.
 */

export interface ApplyOptions {
  /** Use worksheet notes (ExcelApi 1.18); otherwise see `withoutNotes`. */
  readonly useNotes?: boolean;
  /**
   * Without notes: write them as comments (ExcelApi 1.10; fine on sheets we create), or skip
   * them (flags: a comment could not be told from the user's own, so it could not be cleared).
   */
  readonly withoutNotes?: "comments" | "skip";
  /** Suspend screen updating once per batch: only where the host has ExcelApi 1.9 (default false). */
  readonly suspendScreenUpdating?: boolean;
  /** Draw funnel charts with Excel's funnel chart type (ExcelApi 1.9); otherwise as bars. */
  readonly funnelCharts?: boolean;
  /** Set chart series' x-axis values and reverse category axes (ExcelApi 1.7). */
  readonly chartAxes?: boolean;
  /** The language of the messages the adapter raises. */
  readonly locale?: Locale;
}

/**
 * Reads the names a plan must not collide with, in one sync: sheets, tables, and defined
 * names too, since a table may not take a defined name's name
 * (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member).
 * Also reads whether `writeTo` sheets are protected (a protected sheet refuses writes).
 */
export async function readWorkbookNames(
  context: Excel.RequestContext,
  writeTo: readonly string[] = [],
): Promise<WorkbookNames & { protectedSheets: string[]; protectedStructure: boolean }> {
  // The structure's protection (ExcelApi 1.7): a protected structure refuses new and deleted sheets.
  context.workbook.load("protection/protected");
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const guards = writeTo.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("protection/protected");
    return { name, ws };
  });
  await context.sync();
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
    protectedSheets: guards.filter((g) => !g.ws.isNullObject && g.ws.protection.protected).map((g) => g.name),
    protectedStructure: context.workbook.protection.protected,
  };
}

/** Queues every write of one sheet plan (no sync). */
export function queueSheet(
  context: Excel.RequestContext,
  requested: SheetPlan,
  index: number,
  summary: AppliedPlanSummary,
  tableOffset: number,
  options: ApplyOptions = {},
): void {
  const { name, created } = summary.sheets[index];
  const tableNames = summary.tables
    .slice(tableOffset, tableOffset + (requested.tables?.length ?? 0))
    .map((t) => t.name);
  const plan = withTableNames(requested, tableNames);
  const sheet = created ? context.workbook.worksheets.add(name) : context.workbook.worksheets.getItem(name);
  // Excel checks a formula when it is written: one that names a table column goes in once the table exists.
  const blocks = (plan.cells ?? []).map(splitTableFormulas);
  for (const { before } of blocks) queueBlock(sheet, before);
  for (const cols of plan.columns ?? []) {
    const first = columnIndex(cols.column);
    cols.widths.forEach((w, k) => {
      const letter = columnLetter(first + k);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(w);
    });
  }
  (plan.tables ?? []).forEach((table, k) => queueTable(sheet, table, tableNames[k]));
  for (const { after } of blocks) if (after) queueBlock(sheet, after);
  for (const f of plan.formats ?? []) for (const range of f.ranges) queueFormat(sheet, range, f.format);
  for (const v of plan.validations ?? []) queueValidation(sheet, v);
  queueConditionalFormats(sheet, plan.conditionalFormats ?? []);
  for (const scale of plan.colorScales ?? []) queueColorScale(sheet, scale);
  const notes = options.useNotes || options.withoutNotes !== "skip" ? (plan.notes ?? []) : [];
  for (const note of notes) queueNote(context, sheet, name, note, options.useNotes ?? false);
  for (const link of plan.hyperlinks ?? []) queueHyperlink(sheet, link, actualSheetName(summary, link.to.sheet));
  for (const chart of plan.charts ?? [])
    queueChart(sheet, chart, { funnel: options.funnelCharts ?? false, axes: options.chartAxes ?? false });
  if (plan.freeze) {
    sheet.freezePanes.unfreeze();
    if (plan.freeze.rows > 0 && plan.freeze.columns > 0)
      sheet.freezePanes.freezeAt(`A1:${columnLetter(plan.freeze.columns - 1)}${plan.freeze.rows}`);
    else if (plan.freeze.rows > 0) sheet.freezePanes.freezeRows(plan.freeze.rows);
    else if (plan.freeze.columns > 0) sheet.freezePanes.freezeColumns(plan.freeze.columns);
  }
  if (plan.visibility)
    sheet.visibility =
      plan.visibility === "visible" ? "Visible" : plan.visibility === "hidden" ? "Hidden" : "VeryHidden";
  if (plan.activate) sheet.activate();
}

/** Applies a whole plan: 1 sync for names, then 1 per sheet plan. Returns the names used. */
export async function applyPlanInExcel(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<AppliedPlanSummary> {
  const existing = plan.sheets.flatMap((s) => ("existing" in s.target ? [s.target.existing] : []));
  const names = await readWorkbookNames(context, [...new Set(existing)]);
  const summary = resolveNames(plan, names);
  // Checked before anything is sent: Excel would refuse the writes part-way.
  if (names.protectedSheets.length > 0) throw new SheetProtectedError(names.protectedSheets, options.locale);
  const changesSheets =
    (plan.removeSheets ?? []).length > 0 || plan.sheets.some((s) => "create" in s.target || s.visibility !== undefined);
  if (changesSheets && names.protectedStructure) throw new WorkbookProtectedError(options.locale);
  const wanted = new Set((plan.removeSheets ?? []).map((n) => n.toLowerCase()));
  const toRemove = names.sheets.filter((n) => wanted.has(n.toLowerCase()));
  let tableOffset = 0;
  for (let i = 0; i < plan.sheets.length || (i === 0 && toRemove.length > 0); i++) {
    // Once per batch (each turn of this loop is one sync), and only with ExcelApi 1.9
    // (https://learn.microsoft.com/javascript/api/excel/excel.application).
    if (options.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    if (i === 0) {
      for (const name of toRemove) {
        // Excel refuses to delete a very hidden sheet (such as the checks' state sheet): show it first.
        const doomed = context.workbook.worksheets.getItem(name);
        doomed.visibility = "Visible";
        doomed.delete();
      }
    }
    const sheet = plan.sheets[i];
    if (sheet) {
      queueSheet(context, sheet, i, summary, tableOffset, options);
      tableOffset += sheet.tables?.length ?? 0;
    }
    // One sync per sheet plan (per template) is the contract: each batch is bounded by one sheet.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return summary;
}
