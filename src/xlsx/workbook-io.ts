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

/**
 * The workbook as .xlsx bytes, as ExcelJS writes them: for tests and benchmarks that need a
 * file from another producer. The product writes every file with the package writer
 * (src/ooxml/patch).
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
