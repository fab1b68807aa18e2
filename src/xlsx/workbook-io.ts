import ExcelJS from "exceljs";

/** A new, empty workbook. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Campaign Scorecard";
  return workbook;
}

/** Reads .xlsx bytes; a file that is not a workbook is an Error saying so. */
export async function loadWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings name Node's Buffer; in the browser it reads an ArrayBuffer just the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(`not an .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
  }
  return workbook;
}

/** The workbook as .xlsx bytes. */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Writes a formula ("=..." in en-US syntax) into one cell of a sheet, creating the sheet
 * if the workbook has none of that name. Returns the sheet-qualified address.
 */
export function writeFormula(workbook: ExcelJS.Workbook, sheet: string, cell: string, formula: string): string {
  const ws = workbook.getWorksheet(sheet) ?? workbook.addWorksheet(sheet);
  ws.getCell(cell).value = { formula: formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return `${ws.name}!${cell}`;
}
