import { buildSheet, type SheetGrid } from "../../core/sheet";

/**
 * Every visible worksheet's used range, values and number formats, in one sync (the
 * report reads the workbook once). A sheet's grid starts at its used range's corner.
 * Office returns "" for blanks and error values as their text
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */
export async function readVisibleSheets(context: Excel.RequestContext): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const used = sheets.items
    .filter((s) => s.visibility === "Visible")
    .map((s) => ({
      name: s.name,
      range: s.getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex"),
    }));
  await context.sync();
  return used
    .filter((u) => !u.range.isNullObject)
    .map((u) =>
      buildSheet(u.name, u.range.values, {
        top: u.range.rowIndex,
        left: u.range.columnIndex,
        formats: u.range.numberFormat as string[][],
      }),
    );
}
