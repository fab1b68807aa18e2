import type { TableRead } from "../taskpane/services";

/**
 * Reads the selected range as a table (first row the header), trimmed to the cells in use
 * (selected columns A:D are 4 million cells; Range.getUsedRangeOrNullObject,
 * https://learn.microsoft.com/javascript/api/excel/excel.range). A single selected cell
 * means "the table I am in": the sheet's used range is read instead. One sync, two for that.
 */
export async function readSelectedTableIn(context: Excel.RequestContext): Promise<TableRead> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address, cellCount");
  const inUse = selected.getUsedRangeOrNullObject(true);
  inUse.load("address, values");
  await context.sync();
  if (selected.cellCount > 1)
    return inUse.isNullObject ? asTable(selected.address, []) : asTable(inUse.address, inUse.values);
  const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
  used.load("address, values");
  await context.sync();
  return asTable(used.address, used.values);
}

function asTable(source: string, values: unknown[][]): TableRead {
  const [header = [], ...rows] = values;
  return { source, header: header.map((h) => String(h ?? "").trim()), rows };
}

export function readSelectedTable(): Promise<TableRead> {
  return Excel.run((context) => readSelectedTableIn(context));
}
