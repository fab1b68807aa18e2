import type { TableRead } from "../taskpane/services";

/**
 * Reads the selected range as a table (first row the header). A single selected cell
 * means "the table I am in": the sheet's used range is read instead. At most two syncs.
 */
export async function readSelectedTableIn(context: Excel.RequestContext): Promise<TableRead> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address, cellCount");
  await context.sync();
  const range = selected.cellCount > 1 ? selected : context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
  range.load("address, values");
  await context.sync();
  const [header = [], ...rows] = range.values;
  return { source: range.address, header: header.map((h) => String(h ?? "").trim()), rows };
}

export function readSelectedTable(): Promise<TableRead> {
  return Excel.run((context) => readSelectedTableIn(context));
}
