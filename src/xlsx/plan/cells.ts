/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS cells, not Office.js proxies: the rules take ExcelJS's getCell for Office.js. */
import type ExcelJS from "exceljs";
import { cellsOf, parseCell, parseRange } from "../../core/plan/address";
import { dateSerial } from "../../core/plan/dates";
import type { CellBlock, CellFormat, Color, PlanCell } from "../../core/plan/types";
import { withFuturePrefixes } from "../future-functions";

/** "#1F4E78" as ExcelJS's ARGB "FF1F4E78". */
export function argb(color: Color): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new RangeError(`not a #RRGGBB colour: ${color}`);
  return `FF${color.slice(1).toUpperCase()}`;
}

/** A plan cell as an ExcelJS value. Strings stay strings: ExcelJS never parses them as formulas. */
export function toCellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("formula" in cell) {
    const formula = withFuturePrefixes(cell.formula.replace(/^=/, ""));
    // A cached result core computed (Excel and LibreOffice recalculate on load all the same).
    return (cell.result === undefined ? { formula } : { formula, result: cell.result }) as ExcelJS.CellFormulaValue;
  }
  return dateSerial(cell.date);
}

export function writeBlock(ws: ExcelJS.Worksheet, block: CellBlock): void {
  const at = parseCell(block.at);
  block.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      ws.getCell(at.row + r + 1, at.col + c + 1).value = toCellValue(value);
    });
  });
}

/**
 * Applies a format to every cell of a range; absent properties are left as they are.
 * ExcelJS shares one style object among the cells of a loaded file that looked alike, so
 * each cell gets its own copy first: formatting F6 must not repaint every cell like it.
 */
export function formatRange(ws: ExcelJS.Worksheet, range: string, format: CellFormat): void {
  for (const ref of cellsOf(parseRange(range))) {
    const cell = ws.getCell(ref.row + 1, ref.col + 1);
    cell.style = { ...cell.style };
    if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
    if (format.fill !== undefined) {
      cell.fill =
        format.fill === null
          ? { type: "pattern", pattern: "none" }
          : {
              type: "pattern",
              pattern: "solid",
              fgColor: { argb: argb(format.fill) },
              bgColor: { argb: argb(format.fill) },
            };
    }
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (format.fontColor !== undefined) font.color = { argb: argb(format.fontColor) };
    if (format.bold !== undefined) font.bold = format.bold;
    if (format.italic !== undefined) font.italic = format.italic;
    if (format.fontSize !== undefined) font.size = format.fontSize;
    cell.font = font;
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (format.horizontalAlignment !== undefined) alignment.horizontal = format.horizontalAlignment;
    if (format.verticalAlignment !== undefined)
      alignment.vertical = format.verticalAlignment === "center" ? "middle" : format.verticalAlignment;
    if (format.wrapText !== undefined) alignment.wrapText = format.wrapText;
    cell.alignment = alignment;
    if (format.border !== undefined) {
      const side: Partial<ExcelJS.Border> =
        format.border === null ? {} : { style: "thin", color: { argb: argb(format.border) } };
      cell.border = format.border === null ? {} : { top: side, left: side, bottom: side, right: side };
    }
  }
}
