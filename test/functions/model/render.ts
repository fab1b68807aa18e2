/**
 * A custom function's return value as Excel shows it in the cell (or the spill range).
 * Anything Excel would show as something other than what the function meant (NaN, an
 * unknown error code, a value of the wrong type for the metadata) fails the test loudly.
 */
import type { FunctionMetadata } from "./runtime";
import { StandInError } from "./runtime";

export type ExcelShown = number | string | boolean | ExcelShown[][] | { error: string; message?: string };

/**
 * CustomFunctions.ErrorCode (learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode):
 * a custom message can be used with invalidValue (#VALUE!) and notAvailable (#N/A) only; for
 * #DIV/0!, #NUM! and #NULL! "a custom error message can't be used"; #NAME? and #REF! are
 * supported as input errors but not as output errors.
 */
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);
const OUTPUT_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

export class ContractViolation extends Error {}

function fail(fn: FunctionMetadata, what: string): never {
  throw new ContractViolation(`excel-model: MKT.${fn.name} ${what}`);
}

export function shownError(fn: FunctionMetadata, error: StandInError): ExcelShown {
  if (!OUTPUT_CODES.has(error.code)) fail(fn, `returned error code ${String(error.code)}, which Excel cannot show`);
  const message = error.message;
  if (WITH_MESSAGE.has(error.code) && typeof message === "string" && message !== "") {
    return { error: error.code, message };
  }
  return { error: error.code };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "number") return String(value);
  return typeof value;
}

/** One value as a cell shows it; `inSpill` for the cells of a returned 2-D array. */
function shownCell(fn: FunctionMetadata, value: unknown, inSpill: boolean): ExcelShown {
  if (value instanceof StandInError) return shownError(fn, value);
  // A null inside a returned array shows as 0, by design (github.com/OfficeDev/office-js/issues/1503):
  // nothing here returns null on purpose, so it is a defect either way.
  if (value === null || value === undefined)
    fail(fn, `returned ${describe(value)}${inSpill ? " inside its array" : ""}`);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(fn, `returned ${describe(value)}: Excel has no such number`);
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return fail(fn, `returned ${describe(value)} (${JSON.stringify(value)}), which this model does not show`);
}

function checkType(fn: FunctionMetadata, shown: ExcelShown): void {
  const declared = fn.result.type;
  if (declared === "any" || typeof shown === "object") return;
  if (typeof shown !== declared) fail(fn, `returned a ${typeof shown} but functions.json declares ${declared}`);
}

/**
 * The value a function returned (or threw). A 2-D array is a spill (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays),
 * only allowed when the result dimensionality is matrix; its cells are shown one by one.
 */
export function shownResult(fn: FunctionMetadata, value: unknown): ExcelShown {
  if (Array.isArray(value)) {
    if (fn.result.dimensionality !== "matrix")
      fail(fn, "returned an array but functions.json declares a scalar result");
    if (value.length === 0 || !value.every((row) => Array.isArray(row))) fail(fn, "returned an array that is not 2-D");
    const rows = value as unknown[][];
    const width = rows[0].length;
    if (width === 0 || rows.some((row) => row.length !== width)) fail(fn, "returned a ragged or empty 2-D array");
    return rows.map((row) =>
      row.map((cell) => {
        const shown = shownCell(fn, cell, true);
        checkType(fn, shown);
        return shown;
      }),
    );
  }
  const shown = shownCell(fn, value, false);
  checkType(fn, shown);
  return shown;
}
