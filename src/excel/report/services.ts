import { evaluateCampaign, reportStamp } from "../../core/report/evaluate";
import { todaySerial } from "../../core/sheet";
import type { Locale } from "../../i18n/locale";
import { reportRun } from "../../taskpane/report-run";
import type { ReportServices } from "../../taskpane/services";
import { applyPlanInExcel } from "../plan/apply";
import { hostPlanOptions } from "../plan/run";
import { readVisibleSheets } from "./read";

/**
 * "Evaluate campaign" in Excel, in one request context: the visible sheets read cut by bytes
 * (three syncs for a workbook of small sheets), the report computed, then written by the plan
 * adapter (charts via Office.js).
 */
export function createReportServices(locale: Locale): ReportServices {
  return {
    run(theme) {
      return Excel.run(async (context) => {
        const { grids } = await readVisibleSheets(context, locale);
        const evaluation = evaluateCampaign(grids, {
          locale,
          stamp: reportStamp(new Date()),
          today: todaySerial(),
          theme,
        });
        const applied = await applyPlanInExcel(context, evaluation.plan, hostPlanOptions(locale));
        return reportRun(evaluation, applied);
      });
    },
  };
}
