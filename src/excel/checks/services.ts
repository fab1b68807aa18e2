import { defaultCheckSettings } from "../../core/checks";
import { todaySerial } from "../../core/sheet";
import type { Locale } from "../../i18n/locale";
import type { CheckServices } from "../../taskpane/services";
import { checkInExcel, clearFlagsInExcel, selectCell } from "./run";

/** Worksheet notes need ExcelApi 1.18; older hosts get comments. */
function notesSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.18");
  } catch {
    // Outside an Office host the requirement API is not there: no notes.
    return false;
  }
}

/** The Check view's services on the open workbook. */
export function createCheckServices(locale: Locale): CheckServices {
  return {
    run: (scope, onProgress) =>
      Excel.run(async (context) => {
        const out = await checkInExcel(context, {
          scope,
          settings: defaultCheckSettings(),
          today: todaySerial(),
          locale,
          useNotes: notesSupported(),
          onProgress: (phase, done, total) => onProgress({ phase, done, total }),
        });
        return {
          sheet: out.result.sheet,
          findings: out.result.findings,
          cells: out.result.cells,
          flagged: out.flagged,
        };
      }),
    clear: () => Excel.run(async (context) => (await clearFlagsInExcel(context, notesSupported())).cleared),
    select: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
  };
}
