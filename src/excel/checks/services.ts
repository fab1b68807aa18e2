import { defaultCheckSettings } from "../../core/checks";
import { todaySerial } from "../../core/sheet";
import type { Locale } from "../../i18n/locale";
import type { CheckServices } from "../../taskpane/services";
import { checkInExcel, clearFlagsInExcel, selectCell } from "./run";

/** Whether the host has an ExcelApi requirement set (false outside an Office host). */
function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    // Outside an Office host the requirement API is not there.
    return false;
  }
}

/** Worksheet notes need ExcelApi 1.18 (without, flags have no notes); suspending screen updating 1.9. */
function flagHost(locale: Locale) {
  return { useNotes: supports("1.18"), suspendScreenUpdating: supports("1.9"), locale };
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
          ...flagHost(locale),
          onProgress: (phase, done, total) => onProgress({ phase, done, total }),
        });
        return {
          sheet: out.result.sheet,
          findings: out.result.findings,
          cells: out.result.cells,
          flagged: out.flagged,
          notFlagged: out.notFlagged?.message,
        };
      }),
    clear: () => Excel.run(async (context) => (await clearFlagsInExcel(context, flagHost(locale))).cleared),
    notes: supports("1.18"),
    select: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
  };
}
