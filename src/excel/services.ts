import type { Locale } from "../i18n/locale";
import type { HostServices } from "../taskpane/services";
import { insertFormula } from "./insert-formula";

/** The task pane's services backed by the running Excel workbook. */
export function createExcelServices(locale: Locale): HostServices {
  return { kind: "excel", locale, insertFormula };
}
