import { parseCell, parseRange, rangeAddress, rangeFrom, rangeSize } from "../../core/plan/address";
import { isFormulaLike } from "../../core/format/inert";
import { dateSerial } from "../../core/plan/dates";
import type { CellBlock, CellFormat, PlanCell } from "../../core/plan/types";

/**
 * Text Excel would read as something else when typed: a formula (core's one rule,
 * core/format/inert: = + - @, tab, CR, also after spaces and full-width), a number,
 * date, time, percent or boolean. Such text is written with a leading apostrophe, which
 * Excel keeps out of the value (the cell holds exactly the text).
 */
export function needsQuotePrefix(text: string): boolean {
  return (
    isFormulaLike(text) ||
    /^\s*[\d.,($¥€£]/.test(text) ||
    /^\s*(true|false)\s*$/i.test(text) ||
    /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s.\-/]*\d/i.test(text)
  );
}

/** A plan cell as an entry of `Range.formulas`: null leaves the cell as it is. */
export function toFormulaEntry(cell: PlanCell): string | number | boolean | null {
  if (cell === null || typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell === "string") return needsQuotePrefix(cell) ? `'${cell}` : cell;
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
