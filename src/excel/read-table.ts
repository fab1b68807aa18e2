import type { TableRead } from "../taskpane/services";

/**
 * Reads the selected range as a table (first row the header). A single selected cell
 * means "the table I am in": the sheet's used range is read instead. One sync, two for that.
 */
export async function readSelectedTableIn(context: Excel.RequestContext): Promise<TableRead> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address, cellCount, values");
  await context.sync();
  if (selected.cellCount > 1) return asTable(selected.address, selected.values);
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
