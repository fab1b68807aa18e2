import type { ActiveCell } from "../taskpane/services";

/** The active cell's address ("Sheet1!B2") and value, in one sync; a blank cell reads as null. */
export async function readActiveCellIn(context: Excel.RequestContext): Promise<ActiveCell> {
  const cell = context.workbook.getActiveCell();
  cell.load("address, values");
  await context.sync();
  const value: unknown = cell.values[0]?.[0];
  return { address: cell.address, value: value === "" ? null : value };
}

export function readActiveCell(): Promise<ActiveCell> {
  return Excel.run((context) => readActiveCellIn(context));
}
