import { argumentValue, checkArity, ErrorInput, repeatingValue } from "./model/arguments";
import { dataTypeCell, errorCell, omitted, range } from "./model/cells";
import { ContractViolation, shownResult } from "./model/render";
import { StandInError, type FunctionMetadata, type Metadata, type ParameterMetadata } from "./model/runtime";

/** The model's rules on their own, with metadata written here, so each can be seen to bite. */
const param = (over: Partial<ParameterMetadata> = {}): ParameterMetadata => ({
  name: "x",
  type: "any",
  dimensionality: "scalar",
  optional: false,
  repeating: false,
  ...over,
});
const fn = (over: Partial<FunctionMetadata> = {}): FunctionMetadata => ({
  id: "F",
  name: "F",
  parameters: [param()],
  result: { type: "number", dimensionality: "scalar" },
  ...over,
});
const flags = (over: Partial<Metadata> = {}): Metadata => ({
  allowErrorForDataTypeAny: false,
  allowCustomDataForDataTypeAny: false,
  functions: [],
  ...over,
});

describe("what the function receives", () => {
  it("null for an omitted argument; [[v]] for a literal or a single cell given to a matrix parameter", () => {
    expect(argumentValue(omitted, param(), flags())).toBeNull();
    expect(argumentValue(5, param({ dimensionality: "matrix" }), flags())).toEqual([[5]]);
    expect(argumentValue(range([[null]]), param({ dimensionality: "matrix" }), flags())).toEqual([[null]]);
    expect(argumentValue(range([[7]]), param(), flags())).toBe(7);
  });

  it("a repeating parameter: one array, an item per argument; null when there is none", () => {
    const matrix = param({ dimensionality: "matrix", repeating: true });
    expect(repeatingValue([range([[1], [2]]), 3], matrix, flags())).toEqual([[[1], [2]], [[3]]]);
    expect(repeatingValue([], matrix, flags())).toBeNull();
  });

  it("an error cell stops the call unless allowErrorForDataTypeAny, and then only for `any` parameters", () => {
    const cell = range([[errorCell("#N/A")]]);
    expect(argumentValue(cell, param(), flags())).toEqual(new ErrorInput("#N/A"));
    expect(argumentValue(cell, param(), flags({ allowErrorForDataTypeAny: true }))).toEqual(new StandInError("#N/A"));
    expect(() =>
      argumentValue(cell, param({ type: "number" }), flags({ allowErrorForDataTypeAny: true })),
    ).not.toThrow();
    expect(argumentValue(cell, param({ type: "number" }), flags({ allowErrorForDataTypeAny: true }))).toBeInstanceOf(
      ErrorInput,
    );
  });

  it("a data type arrives as an object only with allowCustomDataForDataTypeAny, else as its basic value", () => {
    const cell = range([[dataTypeCell(12.5)]]);
    expect(argumentValue(cell, param(), flags())).toBe(12.5);
    expect(argumentValue(cell, param(), flags({ allowCustomDataForDataTypeAny: true }))).toEqual({
      type: "Double",
      basicType: "Double",
      basicValue: 12.5,
    });
  });

  it("refuses too few or too many arguments, as Excel refuses the formula", () => {
    const f = fn({ parameters: [param(), param({ optional: true })] });
    expect(() => checkArity(f, 1)).not.toThrow();
    expect(() => checkArity(f, 0)).toThrow(/too few/);
    expect(() => checkArity(f, 3)).toThrow(/too many/);
    expect(() =>
      checkArity(fn({ parameters: [param(), param({ repeating: true, optional: true })] }), 40),
    ).not.toThrow();
  });
});

describe("what the cell shows", () => {
  it("fails loudly on NaN, Infinity, undefined and null, which Excel cannot show as meant", () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, undefined, null]) {
      expect(() => shownResult(fn(), bad)).toThrow(ContractViolation);
    }
    expect(() => shownResult(fn({ result: { type: "any", dimensionality: "matrix" } }), [[1, null]])).toThrow(
      ContractViolation,
    );
  });

  it("keeps a message only on #VALUE! and #N/A", () => {
    expect(shownResult(fn(), new StandInError("#VALUE!", "why"))).toEqual({ error: "#VALUE!", message: "why" });
    expect(shownResult(fn(), new StandInError("#N/A", "why"))).toEqual({ error: "#N/A", message: "why" });
    expect(shownResult(fn(), new StandInError("#DIV/0!", "why"))).toEqual({ error: "#DIV/0!" });
    expect(shownResult(fn(), new StandInError("#NUM!", "why"))).toEqual({ error: "#NUM!" });
    expect(() => shownResult(fn(), new StandInError("#REF!"))).toThrow(/cannot show/);
  });

  it("spills a 2-D array only for a matrix result, and checks the declared result type", () => {
    expect(() => shownResult(fn(), [[1]])).toThrow(/scalar result/);
    expect(shownResult(fn({ result: { type: "any", dimensionality: "matrix" } }), [[1, "a"]])).toEqual([[1, "a"]]);
    expect(() => shownResult(fn(), "text")).toThrow(/declares number/);
  });
});
