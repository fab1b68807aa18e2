import type ExcelJS from "exceljs";
import type { Tabular } from "../ooxml/tabular";
import { cellValue } from "./cell-value";

export type { Tabular };

/**
 * A cell's value as data: the cached result of a formula, rich text as its text, a
 * hyperlink as its text, an error as its code ("#N/A"), dates as Date.
 */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return plainValue(result ?? null);
  }
  if ("error" in value) return value.error;
  if ("hyperlink" in value && "text" in value) {
    const text: unknown = value.text;
    return typeof text === "string" ? text : plainValue(text as ExcelJS.CellValue);
  }
  return null;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A worksheet's values as a header and rows. */
export function sheetTabular(sheet: ExcelJS.Worksheet): Tabular {
  let header: string[] | undefined;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(plainValue(cellValue(row.getCell(c))));
    if (values.every(isEmpty)) return;
    if (!header) {
      let width = values.length;
      while (width > 0 && isEmpty(values[width - 1])) width--;
      header = values
        .slice(0, width)
        .map((v) => (isEmpty(v) ? "" : String(v instanceof Date ? v.toISOString() : v).trim()));
      return;
    }
    const width = header.length;
    const out = new Array<unknown>(width);
    for (let c = 0; c < width; c++) out[c] = c < values.length && values[c] !== undefined ? values[c] : null;
    rows.push(out);
  });
  return { header: header ?? [], rows };
}
