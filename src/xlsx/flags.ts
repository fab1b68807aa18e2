import type ExcelJS from "exceljs";
import { clearReadRequests, flagReadRequests, planClearFlags, planFlags, type Finding } from "../core/checks";
import type { AppliedPlanSummary, WorkbookPlan } from "../core/plan";
import type { Locale } from "../i18n/locale";
import { applyPlanToWorkbook } from "./plan/apply";
import { readFlagState, readFormats } from "./read-workbook";

export interface FlagOptions {
  readonly locale: Locale;
  readonly maxFlags?: number;
}

/**
 * Flags findings in a loaded workbook, as the add-in does in Excel: fills, notes, the
 * report sheet and the hidden state sheet; an earlier run's flags on the checked sheets
 * are replaced. Values and formulas are not touched. The caller saves the workbook
 * wherever it likes (never over its input).
 */
export function flagWorkbook(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  checked: readonly string[],
  options: FlagOptions,
): { plan: WorkbookPlan; summary: AppliedPlanSummary } {
  const previous = readFlagState(wb);
  const current = readFormats(wb, flagReadRequests(findings, options.maxFlags, previous, checked));
  const plan = planFlags({
    findings,
    checked,
    current,
    previous,
    sheets: wb.worksheets.map((w) => w.name),
    locale: options.locale,
    maxFlags: options.maxFlags,
  });
  const summary = applyPlanToWorkbook(wb, plan);
  return { plan, summary };
}

/** Removes every flag, restoring the fills and notes they replaced, and the report and state sheets. */
export function clearWorkbookFlags(wb: ExcelJS.Workbook): WorkbookPlan {
  const previous = readFlagState(wb);
  const sheets = wb.worksheets.map((w) => w.name);
  const plan = planClearFlags(previous, sheets, readFormats(wb, clearReadRequests(previous, sheets)));
  applyPlanToWorkbook(wb, plan);
  return plan;
}
