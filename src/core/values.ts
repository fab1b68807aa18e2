import { cellError, isCellError, type CellError, type Result } from "./errors";

/**
 * Argument coercion shared by every function, so each function body is plain maths.
 * Inputs are what Excel (or a Node caller) passes: numbers, strings, booleans, null for a
 * blank cell, error objects, and arrays for ranges.
 */

const EXCEL_ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|CONNECT!|FIELD!|BLOCKED!|UNKNOWN!)$/;

/** An Excel error arriving as input: our CellError, a CustomFunctions.Error, or its text. */
export function inputErrorCode(value: unknown): string | undefined {
  if (isCellError(value)) return value.error;
  if (typeof value === "object" && value !== null) {
    const code = (value as { code?: unknown; error?: unknown }).code ?? (value as { error?: unknown }).error;
    if (typeof code === "string" && EXCEL_ERROR_TEXT.test(code)) return code;
  }
  if (typeof value === "string" && EXCEL_ERROR_TEXT.test(value)) return value;
  return undefined;
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function propagate(code: string, err: CellError): CellError {
  // An error that arrives keeps its own code where it is one we return; others read as #VALUE!.
  const known = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"] as const;
  const match = known.find((k) => k === code);
  return match ? { ...err, error: match } : err;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Unwraps a 1x1 range to its single value; Excel passes a single cell as [[v]] to `any[][]`. */
function unwrapSingle(value: unknown): unknown {
  let v = value;
  while (Array.isArray(v) && v.length === 1) {
    const inner: unknown = v[0];
    if (Array.isArray(inner) && inner.length !== 1) break;
    v = inner;
  }
  return v;
}

/** A required single number. */
export function toNumber(value: unknown, arg: string): Result {
  const v = unwrapSingle(value);
  if (Array.isArray(v)) return cellError("#VALUE!", "arg.notScalar", { arg });
  if (isBlank(v)) return cellError("#N/A", "arg.blank", { arg });
  const code = inputErrorCode(v);
  if (code) return propagate(code, cellError("#VALUE!", "arg.errorValue", { arg, code }));
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : cellError("#NUM!", "arg.notFinite", { arg });
  }
  if (typeof v === "boolean") return cellError("#VALUE!", "arg.boolean", { arg, value: v ? "TRUE" : "FALSE" });
  if (typeof v === "string") return cellError("#VALUE!", "arg.text", { arg, value: clip(v) });
  return cellError("#VALUE!", "arg.text", { arg, value: clip(String(v)) });
}

/** An optional single number: blank gives the default. */
export function toOptionalNumber(value: unknown, arg: string, fallback: number): Result {
  const v = unwrapSingle(value);
  return isBlank(v) ? fallback : toNumber(v, arg);
}

/** An optional single text (e.g. a direction keyword); blank gives undefined. */
export function toOptionalText(value: unknown, arg: string): Result<string | undefined> {
  const v = unwrapSingle(value);
  if (Array.isArray(v)) return cellError("#VALUE!", "arg.notScalar", { arg });
  if (isBlank(v)) return undefined;
  const code = inputErrorCode(v);
  if (code) return propagate(code, cellError("#VALUE!", "arg.errorValue", { arg, code }));
  return String(v);
}

/** Rows of a 1-D or 2-D input, as the grid a range is. A scalar is a 1x1 grid. */
export function toGrid(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.every((row) => Array.isArray(row))) return value as unknown[][];
  return value.map((cell) => [cell]);
}

/**
 * The numbers of one or more ranges, in order, blanks skipped (as SUM does).
 * Text, booleans and errors are errors naming their row and column; a range with
 * no number at all is #N/A unless `allowEmpty` (a further, optional range).
 */
export function toNumbers(value: unknown, arg: string, allowEmpty = false): Result<number[]> {
  const grid = toGrid(value);
  const out: number[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isBlank(cell)) continue;
      const where = { arg, row: r + 1, col: c + 1 };
      const code = inputErrorCode(cell);
      if (code) return propagate(code, cellError("#VALUE!", "range.errorValue", { ...where, code }));
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) return cellError("#NUM!", "range.notFinite", where);
        out.push(cell);
      } else if (typeof cell === "boolean") {
        return cellError("#VALUE!", "range.boolean", { ...where, value: cell ? "TRUE" : "FALSE" });
      } else {
        return cellError("#VALUE!", "range.text", { ...where, value: clip(String(cell)) });
      }
    }
  }
  if (out.length === 0 && !allowEmpty) return cellError("#N/A", "range.blank", { arg });
  return out;
}

/** A computed number made safe for a cell: -0 becomes 0, overflow becomes #NUM!. */
export function finite(x: number): Result {
  if (!Number.isFinite(x)) return cellError("#NUM!", "result.overflow");
  return x === 0 ? 0 : x;
}

/** Neumaier-compensated sum, so long columns of money add up to the last decimal. */
export function sum(values: readonly number[]): number {
  let total = 0;
  let compensation = 0;
  for (const v of values) {
    const next = total + v;
    compensation += Math.abs(total) >= Math.abs(v) ? total - next + v : v - next + total;
    total = next;
  }
  return total + compensation;
}
