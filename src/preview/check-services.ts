import { checkSheet, defaultCheckSettings, flaggedFindings, STATE_SHEET } from "../core/checks";
import { todaySerial } from "../core/sheet";
import type { Locale } from "../i18n/locale";
import { inputProblemMessage } from "../core/input-problem";
import { clearPackageFlags, flagPackage, InputProblemError, readPackageFlagState, readSheetGrid } from "../ooxml";
import type { CheckServices } from "../taskpane/services";
import type { PreviewSession } from "./session";

/**
 * Data checks on the preview's workbook, with the same core and the same flag plans the
 * command line writes into a flagged copy. The workbook is checked from its package (the
 * opened file or a new workbook, with every applied plan in it: streaming, sparse, within
 * the limits) and flagged by patching it, so nothing in the file is lost. The preview selects cells, not ranges, so "selection" checks the active sheet as well.
 */
export function createPreviewCheckServices(locale: Locale, session: PreviewSession): CheckServices {
  const services: CheckServices = {
    async run(_scope, onProgress) {
      const name = session.snapshot().activeSheet;
      const pkg = session.package;
      const sheet = pkg.sheets.find((s) => s.name === name && s.name !== STATE_SHEET) ?? pkg.sheets[0];
      if (!sheet) throw new Error("the workbook has no sheet to check");
      onProgress({ phase: "reading", done: 0, total: 1 });
      const { grid } = readSheetGrid(pkg, sheet);
      onProgress({ phase: "checking", done: 0, total: 1 });
      const result = checkSheet(grid, defaultCheckSettings(), todaySerial());
      onProgress({ phase: "writing", done: 0, total: result.findings.length });
      const { bytes } = flagPackage(pkg, result.findings, [sheet.name], { locale });
      await session.replacePackage(bytes, sheet.name);
      const flagged = new Set(flaggedFindings(result.findings).map((f) => f.cell)).size;
      onProgress({ phase: "writing", done: result.findings.length, total: result.findings.length });
      return { sheet: sheet.name, findings: result.findings, cells: result.cells, flagged };
    },
    async clear() {
      const pkg = session.package;
      if (!readPackageFlagState(pkg)) return 0;
      const { bytes, cleared } = clearPackageFlags(pkg);
      await session.replacePackage(bytes);
      return cleared;
    },
    async select(sheet, cell) {
      session.select({ sheet, cell });
    },
  };
  // A limit or damage met while checking is told in the user's language.
  const localized =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await f(...args);
      } catch (e) {
        if (e instanceof InputProblemError) throw new Error(inputProblemMessage(e.problem, locale));
        throw e;
      }
    };
  return { ...services, run: localized(services.run), clear: localized(services.clear) };
}
