import type { Locale } from "../i18n/locale";
import { SheetProtectedError } from "./errors";

/** Office.js's code for a write a protected sheet refuses. */
function isAccessDenied(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "AccessDenied";
}

/**
 * Writes a formula into the active cell, in one sync; returns the cell's address (e.g. "Sheet1!B2").
 * On a protected sheet Excel refuses the write (AccessDenied): the message names the sheet.
 */
export async function insertFormulaIn(
  context: Excel.RequestContext,
  formula: string,
  locale: Locale = "en-US",
): Promise<string> {
  const cell = context.workbook.getActiveCell();
  cell.formulas = [[formula]];
  cell.load("address");
  try {
    await context.sync();
  } catch (e) {
    if (!isAccessDenied(e)) throw e;
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name, protection/protected");
    await context.sync();
    if (sheet.protection.protected) throw new SheetProtectedError([sheet.name], locale);
    throw e;
  }
  return cell.address;
}

export function insertFormula(formula: string, locale: Locale): Promise<string> {
  return Excel.run((context) => insertFormulaIn(context, formula, locale));
}
