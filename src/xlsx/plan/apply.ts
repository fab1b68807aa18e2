import type ExcelJS from "exceljs";
import { columnIndex } from "../../core/plan/address";
import { actualSheetName, resolveNames } from "../../core/plan/resolve";
import { withTableNames } from "../../core/plan/table-refs";
import type { AppliedPlanSummary, WorkbookPlan } from "../../core/plan/types";
import { formatRange, writeBlock } from "./cells";
import { applyPageSetup } from "./page-setup";
import { addColorScales, addConditionalFormats, addTable, addValidation, setHyperlink, setNote } from "./features";

/**
 * Applies a WorkbookPlan to an ExcelJS workbook in memory: the preview's grid view of the
 * document (files are written by the package writer, src/ooxml/patch, never by ExcelJS). New
 * sheets get free names; nothing that exists is overwritten except what an `existing`
 * sheet plan writes on purpose. Formulas are stored without cached results and the
 * workbook is marked to recalculate on load, so Excel and LibreOffice compute them.
 */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WorkbookPlan): AppliedPlanSummary {
  const summary = resolveNames(plan, {
    sheets: wb.worksheets.map((w) => w.name),
    // ExcelJS types getTables() as tuples; it returns Table objects.
    tables: wb.worksheets.flatMap((w) => (w.getTables() as unknown as ExcelJS.Table[]).map((t) => t.name)),
  });
  for (const name of plan.removeSheets ?? []) {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (ws) wb.removeWorksheet(ws.id);
  }
  let tableIndex = 0;
  let activate: number | undefined;
  plan.sheets.forEach((requested, i) => {
    const { name, created } = summary.sheets[i];
    const tableNames = summary.tables
      .slice(tableIndex, tableIndex + (requested.tables?.length ?? 0))
      .map((t) => t.name);
    const sheet = withTableNames(requested, tableNames);
    const ws = created ? wb.addWorksheet(name) : wb.getWorksheet(name);
    if (!ws) throw new Error(`sheet "${name}" disappeared while applying the plan`);
    // ExcelJS orders sheets by orderNo (untyped) when it writes the workbook.
    if (created && sheet.first) {
      const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
      order(ws).orderNo = Math.min(...wb.worksheets.map((w) => order(w).orderNo)) - 1;
    }
    for (const block of sheet.cells ?? []) writeBlock(ws, block);
    for (const cols of sheet.columns ?? []) {
      const first = columnIndex(cols.column);
      cols.widths.forEach((w, k) => (ws.getColumn(first + k + 1).width = w));
    }
    for (const table of sheet.tables ?? []) addTable(ws, table, summary.tables[tableIndex++].name);
    for (const f of sheet.formats ?? []) for (const range of f.ranges) formatRange(ws, range, f.format);
    for (const v of sheet.validations ?? []) addValidation(ws, v);
    addConditionalFormats(ws, sheet.conditionalFormats ?? [], 1);
    addColorScales(ws, sheet.colorScales ?? [], 1 + (sheet.conditionalFormats?.length ?? 0));
    for (const note of sheet.notes ?? []) setNote(ws, note);
    for (const link of sheet.hyperlinks ?? []) setHyperlink(ws, link, actualSheetName(summary, link.to.sheet));
    if (sheet.pageSetup) applyPageSetup(ws, sheet.pageSetup);
    if (sheet.freeze) {
      const { rows, columns } = sheet.freeze;
      ws.views = rows + columns > 0 ? [{ state: "frozen", xSplit: columns, ySplit: rows }] : [{ state: "normal" }];
    }
    if (sheet.visibility) ws.state = sheet.visibility;
    if (sheet.activate) activate = wb.worksheets.indexOf(ws);
  });
  if (activate !== undefined) {
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: activate, visibility: "visible" }];
  }
  wb.calcProperties.fullCalcOnLoad = true;
  return summary;
}
