import type { TableRead } from "../taskpane/services";
import { isPayloadTooLarge } from "./errors";
import { readRowsByBytes } from "./read-rows";

/**
 * Reads the selected range as a table (first row the header), trimmed to the cells in use
 * (selected columns A:D are 4 million cells; Range.getUsedRangeOrNullObject,
 * https://learn.microsoft.com/javascript/api/excel/excel.range). A single selected cell
 * means "the table I am in": the sheet's used range is read instead. One sync, two for that;
 * a table over 5 MB, which Excel refuses in one response, is read again in parts.
 */
export async function readSelectedTableIn(context: Excel.RequestContext): Promise<TableRead> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address, cellCount");
  const inUse = selected.getUsedRangeOrNullObject(true);
  inUse.load("address, values");
  try {
    await context.sync();
  } catch (e) {
    // Over 5 MB in one response: read the same cells again, cut by bytes.
    if (!isPayloadTooLarge(e)) throw e;
    return readInParts(context, () => context.workbook.getSelectedRange().getUsedRangeOrNullObject(true));
  }
  if (selected.cellCount > 1)
    return inUse.isNullObject ? asTable(selected.address, []) : asTable(inUse.address, inUse.values);
  const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
  used.load("address, values");
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    return readInParts(context, () => context.workbook.worksheets.getActiveWorksheet().getUsedRange(true));
  }
  return asTable(used.address, used.values);
}

/** A table too large for one response: its shape first, then its rows in reads of about 2 MB. */
async function readInParts(context: Excel.RequestContext, area: () => Excel.Range): Promise<TableRead> {
  const range = area();
  range.load("address, rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  const values: unknown[][] = [];
  const shape = { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  await readRowsByBytes(context, sheet, shape, false, (block) => values.push(...block.values));
  return asTable(range.address, values);
}

function asTable(source: string, values: unknown[][]): TableRead {
  const [header = [], ...rows] = values;
  return { source, header: header.map((h) => String(h ?? "").trim()), rows };
}

export function readSelectedTable(): Promise<TableRead> {
  return Excel.run((context) => readSelectedTableIn(context));
}
