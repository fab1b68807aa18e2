import { evaluateCampaign, reportStamp } from "../../core/report/evaluate";
import { todaySerial } from "../../core/sheet";
import type { Locale } from "../../i18n/locale";
import { reportRun } from "../../taskpane/report-run";
import type { ReportServices } from "../../taskpane/services";
import { applyPlanToOpenWorkbook } from "../plan/run";
import { readVisibleSheets } from "./read";

/** "Evaluate campaign" in Excel: the visible sheets read cut by bytes (three syncs for a workbook of small sheets), then the plan adapter (charts via Office.js). */
export function createReportServices(locale: Locale): ReportServices {
  return {
    async run(theme) {
      const { grids } = await Excel.run((context) => readVisibleSheets(context, locale));
      const evaluation = evaluateCampaign(grids, {
        locale,
        stamp: reportStamp(new Date()),
        today: todaySerial(),
        theme,
      });
      const applied = await applyPlanToOpenWorkbook(evaluation.plan, locale);
      return reportRun(evaluation, applied);
    },
  };
}
