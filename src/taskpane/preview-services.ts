import type { Locale } from "../i18n/locale";
import { createPreviewCheckServices } from "../preview/check-services";
import { createPreviewReportServices } from "../preview/report-services";
import type { PreviewSession } from "../preview/session";
import { packageTabular } from "../ooxml/tabular";
import { PALETTE_SETTING, type HostServices } from "./services";

/** The task pane's services when no Office host is there: an in-browser workbook (the preview session). */
export function createPreviewServices(locale: Locale, session: PreviewSession): HostServices {
  return {
    kind: "preview",
    locale,
    checks: createPreviewCheckServices(locale, session),
    report: createPreviewReportServices(locale, session),
    palette: {
      read: async () => session.setting(PALETTE_SETTING),
      save: async (input) => session.setSetting(PALETTE_SETTING, input),
    },
    async insertFormula(formula) {
      const { selection, activeSheet } = session.snapshot();
      const target = selection ?? { sheet: activeSheet ?? "Sheet1", cell: "A1" };
      const address = session.writeFormula(target.sheet, target.cell, formula);
      session.changed(target.sheet);
      session.select(target);
      return address;
    },
    async readActiveCell() {
      const { selection, activeSheet } = session.snapshot();
      const target = selection ?? { sheet: activeSheet ?? "Sheet1", cell: "A1" };
      const sheet = session.workbook.getWorksheet(target.sheet);
      const cell = sheet?.getCell(target.cell);
      const raw: unknown = cell === undefined ? null : cell.formula ? cell.result : cell.value;
      const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(target.sheet)
        ? target.sheet
        : `'${target.sheet.replace(/'/g, "''")}'`;
      return { address: `${quoted}!${target.cell}`, value: raw === "" || raw === undefined ? null : raw };
    },
    async readTable() {
      const name = session.snapshot().activeSheet;
      const pkg = session.package;
      const part = pkg.sheets.find((s) => s.name === name) ?? pkg.sheets[0];
      if (!part) throw new Error("the workbook has no sheet");
      const { header, rows } = packageTabular(pkg, part);
      return { source: part.name, header, rows };
    },
    async applyPlan(plan) {
      return session.applyPlan(plan);
    },
  };
}
