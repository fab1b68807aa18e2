/**
 * Excel's calling convention for custom functions, as one model that every function test
 * goes through: `await callFunction("MKT.CAC", range([[30000], [18000]]), 200)` is the formula
 * `=MKT.CAC(B2:B3, 200)`, evaluated the way Excel evaluates it against the add-in as built
 * (dist/functions.js in a stand-in runtime, dist/functions.json as the contract), and the
 * result as the cell shows it. The rules and their sources are in model/arguments.ts (what
 * the function receives) and model/render.ts (what the cell shows).
 */
import { ErrorInput, FormulaRefused, argumentValue, checkArity, repeatingValue } from "./model/arguments";
import { RangeArg, omitted, type FormulaArg } from "./model/cells";
import { ContractViolation, shownError, shownResult, type ExcelShown } from "./model/render";
import {
  NAMESPACE,
  StandInError,
  loadAddIn,
  type FunctionMetadata,
  type LoadedAddIn,
  type Metadata,
} from "./model/runtime";

export { omitted, range, errorCell, dataTypeCell } from "./model/cells";
export type { CellInput, FormulaArg, RangeArg, ExcelErrorCode } from "./model/cells";
export type { ExcelShown } from "./model/render";
export { ContractViolation } from "./model/render";
export { FormulaRefused } from "./model/arguments";
export { loadAddIn } from "./model/runtime";

function lookUp(addIn: LoadedAddIn, name: string): FunctionMetadata {
  const [namespace, short] = name.toUpperCase().split(".", 2);
  const fn = addIn.metadata.functions.find((f) => f.name.toUpperCase() === short);
  if (namespace !== NAMESPACE || !fn) throw new FormulaRefused(`excel-model: no function ${name} (Excel shows #NAME?)`);
  return fn;
}

/** The Invocation object Excel passes after the declared parameters ("Custom functions parameter options", Invocation parameter). */
function invocation(fn: FunctionMetadata): object {
  return { functionName: `${NAMESPACE}.${fn.name}`, address: "Sheet1!Z99" };
}

async function invoke(addIn: LoadedAddIn, fn: FunctionMetadata, values: unknown[]): Promise<ExcelShown> {
  const error = values.find((v): v is ErrorInput => v instanceof ErrorInput);
  if (error) return { error: error.code };
  const implementation = addIn.implementations.get(fn.id);
  if (!implementation) throw new ContractViolation(`excel-model: ${fn.id} has no implementation`);
  let result: unknown;
  try {
    result = await implementation(...values, invocation(fn));
  } catch (thrown) {
    // "Handle and return errors from your custom function": a thrown CustomFunctions.Error is
    // shown as that error. Anything else thrown shows #VALUE! in Excel, and is a defect here.
    if (thrown instanceof StandInError) return shownError(fn, thrown);
    throw new ContractViolation(`excel-model: MKT.${fn.name} threw ${String(thrown)} (Excel would show #VALUE!)`);
  }
  return shownResult(fn, result);
}

/** The cell at (r, c) of an argument a function is lifted over; #N/A past a smaller range's edge. */
function liftedCell(arg: RangeArg, r: number, c: number): FormulaArg | ErrorInput {
  const row = arg.height === 1 ? 0 : r;
  const col = arg.width === 1 ? 0 : c;
  if (row >= arg.height || col >= arg.width) return new ErrorInput("#N/A");
  return new RangeArg([[arg.rows[row][col]]]);
}

async function evaluate(addIn: LoadedAddIn, fn: FunctionMetadata, args: FormulaArg[]): Promise<ExcelShown> {
  const params = fn.parameters;
  const repeating = params.length > 0 && params[params.length - 1].repeating;
  const fixed = repeating ? params.slice(0, -1) : params;
  // Lifting: in dynamic-array Excel a range given where a single value is expected makes the
  // function run once per cell, the results spilling in the shape of the range; ranges of
  // different sizes are paired cell by cell, with #N/A past the edge of the smaller one
  // (support.microsoft.com, "Dynamic array formulas and spilled array behavior"; legacy Excel
  // used implicit intersection instead: "Implicit intersection operator: @").
  const lifted = fixed.map((p, i) => {
    const arg = args[i];
    return p.dimensionality === "scalar" && arg instanceof RangeArg && (arg.height > 1 || arg.width > 1) ? arg : null;
  });
  const liftedRanges = lifted.filter((a): a is RangeArg => a !== null);
  const call = (cellArgs: (FormulaArg | ErrorInput)[]): Promise<ExcelShown> => {
    const values = fixed.map((p, i) => {
      const arg = i < cellArgs.length ? cellArgs[i] : omitted;
      return arg instanceof ErrorInput ? arg : argumentValue(arg, p, addIn.metadata);
    });
    if (repeating) {
      const rest = cellArgs.slice(fixed.length).filter((a): a is FormulaArg => !(a instanceof ErrorInput));
      values.push(repeatingValue(rest, params[params.length - 1], addIn.metadata));
    }
    return invoke(addIn, fn, values);
  };
  if (liftedRanges.length === 0) return call(args);
  const height = Math.max(...liftedRanges.map((a) => a.height));
  const width = Math.max(...liftedRanges.map((a) => a.width));
  const spill: ExcelShown[][] = [];
  for (let r = 0; r < height; r++) {
    const row: ExcelShown[] = [];
    for (let c = 0; c < width; c++) {
      const cellArgs = args.map((arg, i) => (lifted[i] ? liftedCell(lifted[i], r, c) : arg));
      const shown = await call(cellArgs);
      if (Array.isArray(shown)) throw new ContractViolation(`excel-model: MKT.${fn.name} spilled inside a lifted call`);
      row.push(shown);
    }
    spill.push(row);
  }
  return spill;
}

/** `=MKT.NAME(args...)` as Excel evaluates it, in English Excel. */
export async function callFunction(name: string, ...args: FormulaArg[]): Promise<ExcelShown> {
  return callFunctionWith({}, name, ...args);
}

/** The same in Excel whose display language is `displayLanguage` (e.g. "zh-CN"). */
export async function callFunctionIn(
  displayLanguage: string,
  name: string,
  ...args: FormulaArg[]
): Promise<ExcelShown> {
  return callFunctionWith({ displayLanguage }, name, ...args);
}

export interface CallSettings {
  /** Office's display language, which the functions read for their messages; en-US by default. */
  readonly displayLanguage?: string;
  /** Top-level flags of functions.json overridden, to see what Excel would do with other metadata. */
  readonly flags?: Partial<Pick<Metadata, "allowErrorForDataTypeAny" | "allowCustomDataForDataTypeAny">>;
}

export async function callFunctionWith(
  settings: CallSettings,
  name: string,
  ...args: FormulaArg[]
): Promise<ExcelShown> {
  const loaded = loadAddIn(settings.displayLanguage);
  const addIn = settings.flags ? { ...loaded, metadata: { ...loaded.metadata, ...settings.flags } } : loaded;
  const fn = lookUp(addIn, name);
  checkArity(fn, args.length);
  return evaluate(addIn, fn, args);
}
