import { evaluateCampaign, reportStamp } from "../core/report/evaluate";
import { todaySerial } from "../core/sheet";
import type { Locale } from "../i18n/locale";
import { reportRun } from "../taskpane/report-run";
import type { ReportServices } from "../taskpane/services";
import { readSheet } from "../xlsx/read-workbook";
import type { PreviewSession } from "./session";

/** "Evaluate campaign" in the browser preview: the session's workbook read, the report sheet written first. */
export function createPreviewReportServices(locale: Locale, session: PreviewSession): ReportServices {
  return {
    async run(theme) {
      const grids = session.workbook.worksheets.filter((w) => w.state === "visible").map(readSheet);
      const evaluation = evaluateCampaign(grids, {
        locale,
        stamp: reportStamp(new Date()),
        today: todaySerial(),
        theme,
      });
      const applied = session.applyPlan(evaluation.plan);
      return reportRun(evaluation, applied);
    },
  };
}
