import {
  checkSheet,
  clearReadRequests,
  DEFAULT_MAX_FLAGS,
  flagReadRequests,
  planClearFlags,
  planFlags,
  STATE_SHEET,
  decodeFlagState,
  type CheckResult,
  type CheckSettings,
} from "../../core/checks";
import type { Locale } from "../../i18n/locale";
import { SheetProtectedError, WorkbookProtectedError } from "../errors";
import { applyPlanInExcel } from "../plan/apply";
import { readLooks } from "./looks";
import { readForCheck, type CheckScope } from "./read";
import { splitForOffice } from "./split";

export type CheckPhase = "reading" | "checking" | "writing";

export interface ExcelCheckOptions {
  readonly scope: CheckScope;
  readonly settings: CheckSettings;
  /** Today as a date serial. */
  readonly today: number;
  readonly locale: Locale;
  /** Worksheet notes (ExcelApi 1.18); otherwise flags are fills and the report, without notes. */
  readonly useNotes: boolean;
  /** The host has ExcelApi 1.9: screen updating is suspended once per write batch. */
  readonly suspendScreenUpdating: boolean;
  readonly maxFlags?: number;
  readonly onProgress?: (phase: CheckPhase, done: number, total: number) => void;
}

export interface ExcelCheckOutcome {
  readonly result: CheckResult;
  /** Cells flagged (findings past the cap are listed by the result, not flagged). */
  readonly flagged: number;
  /** Syncs this run took, reads and writes. */
  readonly syncs: number;
  /** Set when findings could not be flagged: the sheet or the workbook is protected (nothing was written). */
  readonly notFlagged?: SheetProtectedError | WorkbookProtectedError;
}

/**
 * The Check button: read the sheet (or selected table), check it in core, write the flags.
 * Syncs: 1 (+1 for a selection) to find the range, 1 per 100,000 cells to read it, 1 per
 * 1,000 flagged areas to read their fills and notes, 1 for names and 1 per 1,000 writes.
 * Flags are capped (5,000 cells), so the writes stay a handful whatever the sheet size.
 */
export async function checkInExcel(
  context: Excel.RequestContext,
  options: ExcelCheckOptions,
): Promise<ExcelCheckOutcome> {
  const progress = options.onProgress;
  const read = await readForCheck(
    context,
    options.scope,
    (done, total) => progress?.("reading", done, total),
    options.locale,
  );
  const cells = read.grid.rows * read.grid.cols;
  progress?.("checking", 0, cells);
  const result = checkSheet(read.grid, options.settings, options.today);
  progress?.("checking", cells, cells);
  const max = options.maxFlags ?? DEFAULT_MAX_FLAGS;
  const sheet = read.grid.name;
  if (result.findings.length === 0 && !read.state) {
    return { result, flagged: 0, syncs: read.syncs };
  }
  // Found while reading, before anything is written: the findings are still listed.
  if (read.protected)
    return { result, flagged: 0, syncs: read.syncs, notFlagged: new SheetProtectedError([sheet], options.locale) };
  if (read.structureProtected)
    return { result, flagged: 0, syncs: read.syncs, notFlagged: new WorkbookProtectedError(options.locale) };
  const looks = await readLooks(context, flagReadRequests(result.findings, max, read.state, [sheet]), options.useNotes);
  const plan = splitForOffice(
    planFlags({
      findings: result.findings,
      checked: [sheet],
      current: looks.snapshots,
      previous: read.state,
      sheets: read.sheets,
      locale: options.locale,
      maxFlags: max,
    }),
  );
  progress?.("writing", 0, Math.min(max, result.findings.length));
  await applyPlanInExcel(context, plan, {
    useNotes: options.useNotes,
    withoutNotes: "skip",
    suspendScreenUpdating: options.suspendScreenUpdating,
    locale: options.locale,
  });
  progress?.("writing", Math.min(max, result.findings.length), Math.min(max, result.findings.length));
  const flagged = new Set(result.findings.slice(0, max).map((f) => f.cell)).size;
  return { result, flagged, syncs: read.syncs + looks.syncs + 1 + plan.sheets.length };
}

/** What the host supports, for writing flags. */
export interface FlagHost {
  readonly useNotes: boolean;
  readonly suspendScreenUpdating: boolean;
  readonly locale?: Locale;
}

/**
 * "Clear flags": restores the fills and notes the flags replaced and removes the report
 * sheet, then, only once that is done, the state sheet: a failure part-way leaves the record
 * of what is still to restore.
 */
export async function clearFlagsInExcel(
  context: Excel.RequestContext,
  host: FlagHost,
): Promise<{ cleared: number; syncs: number }> {
  const { useNotes } = host;
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  await context.sync();
  const sheets = wb.worksheets.items.map((s) => s.name);
  if (!sheets.some((n) => n.toLowerCase() === STATE_SHEET)) return { cleared: 0, syncs: 1 };
  const stateRange = wb.worksheets.getItem(STATE_SHEET).getUsedRange(true);
  stateRange.load("values");
  await context.sync();
  const state = decodeFlagState(stateRange.values);
  if (!state) return { cleared: 0, syncs: 2 };
  const looks = await readLooks(context, clearReadRequests(state, sheets), useNotes);
  const plan = splitForOffice(planClearFlags(state, sheets, looks.snapshots));
  const options = { ...host, withoutNotes: "skip" as const };
  const isState = (n: string) => n.toLowerCase() === STATE_SHEET;
  const restore = { ...plan, removeSheets: (plan.removeSheets ?? []).filter((n) => !isState(n)) };
  await applyPlanInExcel(context, restore, options);
  await applyPlanInExcel(context, { removeSheets: [STATE_SHEET], sheets: [] }, options);
  const restoreSyncs = 1 + Math.max(restore.removeSheets.length > 0 ? 1 : 0, restore.sheets.length);
  return { cleared: state.cells.length, syncs: 2 + looks.syncs + restoreSyncs + 2 };
}

/** Selects a finding's cell (and shows its sheet): one sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
