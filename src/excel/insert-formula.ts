/** Writes a formula into the active cell, in one sync; returns the cell's address (e.g. "Sheet1!B2"). */
export async function insertFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
