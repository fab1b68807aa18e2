import type { AppliedPlanSummary, WorkbookPlan } from "../../core/plan/types";
import type { Locale } from "../../i18n/locale";
import { applyPlanInExcel, type ApplyOptions } from "./apply";

/** What the open workbook's host can do, as the plan adapter's options (see ./apply). */
export function hostPlanOptions(locale: Locale): ApplyOptions {
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    useNotes: supports("1.18"),
    suspendScreenUpdating: supports("1.9"),
    pageLayout: supports("1.9"),
    funnelCharts: supports("1.9"),
    chartAxes: supports("1.7"),
    locale,
  };
}

/**
 * Applies a plan to the workbook open in Excel: one sync to read names, then one per
 * sheet plan (see ./apply). Notes use the worksheet note API where the host has it.
 */
export function applyPlanToOpenWorkbook(plan: WorkbookPlan, locale: Locale): Promise<AppliedPlanSummary> {
  return Excel.run((context) => applyPlanInExcel(context, plan, hostPlanOptions(locale)));
}
