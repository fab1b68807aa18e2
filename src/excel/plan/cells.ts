import { parseCell, parseRange, rangeAddress, rangeFrom, rangeSize } from "../../core/plan/address";
import { dateSerial } from "../../core/plan/dates";
import type { CellBlock, CellFormat, PlanCell } from "../../core/plan/types";

/**
 * A plan cell as an entry of `Range.formulas`: null leaves the cell as it is.
 *
 * Excel reads every entry as typed input (Range.values/formulas,
 * https://learn.microsoft.com/javascript/api/excel/excel.range): "=1" becomes a formula,
 * "0012" a number, "#N/A" an error value, and a leading apostrophe is taken as the quote
 * prefix and dropped. So every text is written behind a quote prefix, which Excel keeps out of
 * the value: the cell holds exactly the text, as the ExcelJS adapter writes it. An empty
 * text stays "" (an empty cell in both).
 */
export function toFormulaEntry(cell: PlanCell): string | number | boolean | null {
  if (cell === null || typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  if ("formula" in cell) return cell.formula;
  return dateSerial(cell.date);
}

/** Queues one block as a single rectangular `formulas` write (short rows padded with null). */
export function queueBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const width = Math.max(0, ...block.rows.map((r) => r.length));
  if (width === 0 || block.rows.length === 0) return;
  const grid = block.rows.map((row) =>
    Array.from({ length: width }, (_, c) => toFormulaEntry(c < row.length ? row[c] : null)),
  );
  const range = rangeFrom(parseCell(block.at), grid.length, width);
  sheet.getRange(rangeAddress(range)).formulas = grid;
}

function filled<T>(address: string, value: T): T[][] {
  const { rows, cols } = rangeSize(parseRange(address));
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Queues a format on one range; absent properties are left alone. */
export function queueFormat(sheet: Excel.Worksheet, address: string, format: CellFormat): void {
  const range = sheet.getRange(address);
  if (format.numberFormat !== undefined) range.numberFormat = filled(address, format.numberFormat);
  if (format.fill === null) range.format.fill.clear();
  else if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.horizontalAlignment !== undefined) range.format.horizontalAlignment = H_ALIGN[format.horizontalAlignment];
  if (format.verticalAlignment !== undefined) range.format.verticalAlignment = V_ALIGN[format.verticalAlignment];
  if (format.wrapText !== undefined) range.format.wrapText = format.wrapText;
  if (format.border !== undefined) {
    for (const index of BORDERS) {
      const border = range.format.borders.getItem(index);
      if (format.border === null) border.style = "None";
      else {
        border.style = "Continuous";
        border.color = format.border;
      }
    }
  }
}

/** Excel column width (characters) in points, as Office.js sets `columnWidth`. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
