import { t } from "../i18n/catalog";
import type { Locale } from "../i18n/locale";

/**
 * A sheet the plan writes to is protected: Excel would refuse the writes part-way
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection), so nothing is sent.
 */
export class SheetProtectedError extends Error {
  override readonly name = "SheetProtectedError";
  constructor(
    readonly sheets: readonly string[],
    locale: Locale = "en-US",
  ) {
    super(t(locale, "excel.sheetProtected", { sheets: sheets.map((s) => `"${s}"`).join(", ") }));
  }
}

/**
 * The workbook's structure is protected: Excel refuses to add, delete or hide sheets
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection), so nothing is sent.
 */
export class WorkbookProtectedError extends Error {
  override readonly name = "WorkbookProtectedError";
  constructor(locale: Locale = "en-US") {
    super(t(locale, "excel.workbookProtected"));
  }
}

/** Office.js error codes of a request or a response over 5 MB (the resource-limits page). */
const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** True for an Office.js error that says a request or response was too large. */
export function isPayloadTooLarge(e: unknown): boolean {
  return typeof e === "object" && e !== null && PAYLOAD_CODES.has(String((e as { code?: unknown }).code));
}
