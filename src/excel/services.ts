import type { Locale } from "../i18n/locale";
import type { HostServices } from "../taskpane/services";
import { createCheckServices } from "./checks/services";
import { createReportServices } from "./report/services";
import { insertFormula } from "./insert-formula";
import { readActiveCell } from "./read-active-cell";
import { readSelectedTable } from "./read-table";
import { applyPlanToOpenWorkbook } from "./plan/run";
import { createPaletteServices } from "./settings";

/** The task pane's services backed by the running Excel workbook. */
export function createExcelServices(locale: Locale): HostServices {
  return {
    kind: "excel",
    locale,
    insertFormula: (formula) => insertFormula(formula, locale),
    applyPlan: (plan) => applyPlanToOpenWorkbook(plan, locale),
    readTable: readSelectedTable,
    readActiveCell,
    checks: createCheckServices(locale),
    report: createReportServices(locale),
    palette: createPaletteServices(() => Office.context.document.settings),
  };
}
