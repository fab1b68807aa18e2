/**
 * What the fake takes from Office.js itself: the shapes it must offer (checked against
 * @types/office-js, so a renamed or removed member is a compile error), the documented error
 * codes it raises, and the documentation pages each modelled behaviour comes from.
 */

/**
 * The members K of an Office.js class as a fake offers them: data properties with exactly
 * their declared types, methods with their declared parameters (what they return is the
 * fake's own proxy). `implements OfficeShape<Excel.Range, "values" | ...>` fails to compile
 * when @types/office-js drops, renames or retypes one of them.
 */
export type OfficeShape<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P];
};

/** Documentation pages behind each behaviour the fake models (cited beside the code). */
export const DOCS = {
  range: "https://learn.microsoft.com/javascript/api/excel/excel.range",
  worksheet: "https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)",
  load: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load",
  errors: "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling",
  notes: "https://learn.microsoft.com/javascript/api/excel/excel.notecollection",
  pageLayout: "https://learn.microsoft.com/javascript/api/excel/excel.pagelayout",
  comments: "https://learn.microsoft.com/javascript/api/excel/excel.commentcollection",
  protection: "https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection",
  workbookProtection: "https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection",
  limits:
    "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
  application: "https://learn.microsoft.com/javascript/api/excel/excel.application",
  names: "https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection",
  tables: "https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member",
  requirementSets: "https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets",
  settings: "https://learn.microsoft.com/javascript/api/office/office.settings",
} as const;

/** Error codes the fake raises, as Office.js names them (Excel.ErrorCodes and the error-handling page). */
export type FakeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** An error as Office.js raises it: `code` is what adapters test (OfficeExtension.Error#code). */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** 5 MB: the most a request or a response may carry on Excel on the web (DOCS.limits). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** ExcelApi requirement sets the fake knows of, as "1.9"-style versions, compared numerically. */
export function atLeast(version: string, needed: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = needed.split(".").map(Number);
  return a > c || (a === c && b >= d);
}
