import type ExcelJS from "exceljs";

/**
 * A cell's value with a formula's cached result kept. ExcelJS's `cell.value` drops a falsy
 * cached result read from a file (a formula that came to 0, "" or FALSE reads as having no
 * result); `cell.result` keeps it. Every reader of cell values goes through here.
 */
export function cellValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (!cell.formula) return cell.value;
  return { ...(cell.value as object), result: cell.result } as ExcelJS.CellValue;
}
