import type ExcelJS from "exceljs";
import { readSheetCells, type XlsxPackage } from "../ooxml";
import { fillOf } from "../ooxml/styles";
import { newWorkbook } from "./workbook-io";

/** How much of each sheet a view holds: what the preview's grid shows at most. */
export const VIEW_LIMITS = { rows: 1000, columns: 60 } as const;

/**
 * An ExcelJS workbook to look at, built from a package by the streaming reader: values
 * (formulas as their stored results), number formats, solid fills and notes of the top-left
 * part of each sheet. For packages ExcelJS cannot load itself (an openpyxl chart) and so
 * the preview never holds more than it shows. It is a view: the package stays the
 * document.
 */
export function packageView(pkg: XlsxPackage): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (const sheet of pkg.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.state });
    readSheetCells(pkg, sheet, (row, col, value, _formula, format, style) => {
      if (row >= VIEW_LIMITS.rows || col >= VIEW_LIMITS.columns) return;
      const cell = ws.getCell(row + 1, col + 1);
      if (value !== null && value !== undefined) cell.value = value as ExcelJS.CellValue;
      if (format !== "General") cell.numFmt = format;
      const fill = fillOf(pkg.styles, style);
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.slice(1)}` } };
    });
    for (const [ref, text] of sheet.notes) {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      if (m && Number(m[2]) <= VIEW_LIMITS.rows) ws.getCell(ref).note = text;
    }
  }
  return wb;
}
