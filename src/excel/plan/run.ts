import type { AppliedPlanSummary, WorkbookPlan } from "../../core/plan/types";
import type { Locale } from "../../i18n/locale";
import { applyPlanInExcel } from "./apply";

/**
 * Applies a plan to the workbook open in Excel: one sync to read names, then one per
 * sheet plan (see ./apply). Notes use the worksheet note API where the host has it.
 */
export function applyPlanToOpenWorkbook(plan: WorkbookPlan, locale: Locale): Promise<AppliedPlanSummary> {
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  const options = {
    useNotes: supports("1.18"),
    suspendScreenUpdating: supports("1.9"),
    funnelCharts: supports("1.9"),
    chartAxes: supports("1.7"),
    locale,
  };
  return Excel.run((context) => applyPlanInExcel(context, plan, options));
}
