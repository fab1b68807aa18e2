/** Writes a formula into the active cell, in one sync; returns the cell's address (e.g. "Sheet1!B2"). */
export async function insertFormulaIn(context: Excel.RequestContext, formula: string): Promise<string> {
  const cell = context.workbook.getActiveCell();
  cell.formulas = [[formula]];
  cell.load("address");
  await context.sync();
  return cell.address;
}

export function insertFormula(formula: string): Promise<string> {
  return Excel.run((context) => insertFormulaIn(context, formula));
}
