import type { RawCell } from "../core/sheet";

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|CONNECT!|FIELD!|BLOCKED!|UNKNOWN!)$/;

/**
 * A value as Office returns it, as core takes it: "" is a blank and an error value comes as
 * its text (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */
export function rawValue(v: unknown): RawCell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const text = String(v);
  return ERROR_TEXT.test(text) ? { error: text } : text;
}

/** A number format as Office returns it: a string, or nothing usable. */
export function formatText(f: unknown): string | undefined {
  return typeof f === "string" ? f : undefined;
}
