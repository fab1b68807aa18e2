/**
 * How Excel turns the arguments of a formula into the JavaScript values a custom function
 * receives, driven by the parameter's entry in functions.json. Each rule names its source.
 */
import { DataTypeCell, ErrorCell, RangeArg, omitted, type CellInput, type FormulaArg } from "./cells";
import type { FunctionMetadata, Metadata, ParameterMetadata } from "./runtime";
import { StandInError } from "./runtime";

/** Excel did not call the function: one of the inputs is an error value, which becomes the result. */
export class ErrorInput {
  constructor(readonly code: string) {}
}

export class FormulaRefused extends Error {}

/** Excel's limit on the number of arguments of one function call (Excel specifications and limits). */
const MAX_ARGUMENTS = 255;

/**
 * Refuses what Excel refuses when the formula is entered: fewer arguments than the required
 * parameters, or more than the parameters when none repeats ("You've entered too few/many
 * arguments for this function"). Required parameters come first in functions.json.
 */
export function checkArity(fn: FunctionMetadata, count: number): void {
  const params = fn.parameters;
  const required = params.filter((p) => !p.optional && !p.repeating).length;
  const firstOptional = params.findIndex((p) => p.optional || p.repeating);
  if (firstOptional >= 0 && params.slice(firstOptional).some((p) => !p.optional && !p.repeating)) {
    throw new FormulaRefused(`MKT.${fn.name}: a required parameter follows an optional one in functions.json`);
  }
  if (params.slice(0, -1).some((p) => p.repeating)) {
    throw new FormulaRefused(`MKT.${fn.name}: only a last repeating parameter is modelled`);
  }
  const repeats = params.length > 0 && params[params.length - 1].repeating;
  const max = repeats ? MAX_ARGUMENTS : params.length;
  if (count < required) throw new FormulaRefused(`Excel refuses MKT.${fn.name} with ${count} arguments: too few`);
  if (count > max) throw new FormulaRefused(`Excel refuses MKT.${fn.name} with ${count} arguments: too many`);
}

/**
 * One cell as the parameter receives it.
 * - Blank: `null`. Current Excel on every platform passes null for an empty cell; older
 *   desktop builds passed 0 (github.com/OfficeDev/office-js/issues/4702, #5262, fixed).
 * - Error value: reaches the function (as a CustomFunctions.Error) only when functions.json sets
 *   `allowErrorForDataTypeAny` and the parameter is `any` ("Manually create JSON metadata for
 *   custom functions", allowErrorForDataTypeAny; "Handle and return errors from your custom
 *   function", Errors as custom function inputs). Otherwise Excel returns the error without
 *   calling the function, as built-in functions propagate errors.
 * - Data type (entity, linked entity, formatted number): an object in the Excel.CellValue JSON
 *   schema, `{ type, basicType, basicValue }`, only when `allowCustomDataForDataTypeAny` is set and
 *   the parameter is `any` ("Custom functions and data types"; Excel.DoubleCellValue /
 *   Excel.StringCellValue / Excel.BooleanCellValue); otherwise its basic value.
 */
function cellValue(cell: CellInput, param: ParameterMetadata, flags: Metadata): unknown {
  if (cell instanceof ErrorCell) {
    if (param.type === "any" && flags.allowErrorForDataTypeAny) return new StandInError(cell.code);
    return new ErrorInput(cell.code);
  }
  if (cell instanceof DataTypeCell) {
    if (param.type === "any" && flags.allowCustomDataForDataTypeAny) {
      const type =
        typeof cell.basicValue === "number" ? "Double" : typeof cell.basicValue === "string" ? "String" : "Boolean";
      return { type, basicType: type, basicValue: cell.basicValue };
    }
    return typed(cell.basicValue, param);
  }
  return typed(cell, param);
}

/** Values for typed (not `any`) parameters; this project declares every parameter `any`. */
function typed(value: number | string | boolean | null, param: ParameterMetadata): unknown {
  if (param.type === "any" || value === null || typeof value === param.type) return value;
  throw new FormulaRefused(`excel-model: converting ${typeof value} to a ${param.type} parameter is not modelled`);
}

function firstError(values: unknown[][]): ErrorInput | undefined {
  for (const row of values) for (const v of row) if (v instanceof ErrorInput) return v;
  return undefined;
}

/**
 * One argument for one (non-repeating) parameter.
 * - Left out: `null` ("Custom functions parameter options", Optional parameters: "When no value
 *   is specified for an optional parameter, Excel assigns it the value null"). An empty argument
 *   in the middle, `=F(1,,3)`, is the same.
 * - Matrix parameter: "Excel will pass a range of cell data as a two-dimensional array"
 *   (same page, Range parameters); a single cell or a literal arrives as [[value]].
 * - Scalar parameter given a single cell: the cell's value. Given a range of several cells it
 *   returns "lift" and the caller evaluates the function once per cell.
 */
export function argumentValue(arg: FormulaArg, param: ParameterMetadata, flags: Metadata): unknown {
  if (arg === omitted) return null;
  if (!(arg instanceof RangeArg)) {
    if (param.type !== "any" && typeof arg !== param.type) return typed(arg, param);
    return param.dimensionality === "matrix" ? [[arg]] : arg;
  }
  if (param.dimensionality === "matrix") {
    const grid = arg.rows.map((row) => row.map((cell) => cellValue(cell, param, flags)));
    return firstError(grid) ?? grid;
  }
  if (arg.height === 1 && arg.width === 1) return cellValue(arg.rows[0][0], param, flags);
  throw new Error("excel-model: lifting is handled by the caller");
}

/**
 * A repeating parameter receives ONE array with an item per repeated argument, each item
 * converted as the parameter's dimensionality says ("Custom functions parameter options",
 * Repeating parameters: "the values are provided in an array for the parameter"; a repeating
 * range parameter is `number[][][]`). With no repeated argument at all: `null`, as for any
 * optional parameter ("all repeating parameters are considered optional parameters by
 * definition", custom-functions-json, parameters; the page does not say more).
 */
export function repeatingValue(args: FormulaArg[], param: ParameterMetadata, flags: Metadata): unknown {
  if (args.length === 0) return null;
  const items = args.map((arg) => {
    if (param.dimensionality === "scalar" && arg instanceof RangeArg && (arg.height > 1 || arg.width > 1)) {
      throw new FormulaRefused("excel-model: a range given to a scalar repeating parameter is not modelled");
    }
    return argumentValue(arg, param, flags);
  });
  return items.find((item) => item instanceof ErrorInput) ?? items;
}
