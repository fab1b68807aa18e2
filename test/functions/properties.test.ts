import fc from "fast-check";
import {
  achievementFunction,
  cacFunction,
  growthFunction,
  roasFunction,
  roiFunction,
  tierFunction,
} from "../../src/functions/functions";

/** Anything Excel can hand a custom function: scalars, blanks, errors, text, ranges of those. */
const excelError = fc
  .constantFrom("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NUM!", "#NAME?")
  .map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode));
const scalar = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity),
  fc.string(),
  fc.constantFrom("higher", "lower", "越低越好", "", "1e400"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  excelError,
);
const range = fc.array(fc.array(scalar, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
const arg = fc.oneof(scalar, range);

function isCellResult(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return value instanceof CustomFunctions.Error && ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"].includes(value.code);
}

const cases: Array<[string, (...args: unknown[]) => unknown, number]> = [
  ["ROI", roiFunction as (...args: unknown[]) => unknown, 3],
  ["ROAS", roasFunction as (...args: unknown[]) => unknown, 2],
  ["ACHIEVEMENT", achievementFunction as (...args: unknown[]) => unknown, 3],
  ["TIER", tierFunction as (...args: unknown[]) => unknown, 4],
  ["GROWTH", growthFunction as (...args: unknown[]) => unknown, 2],
  ["CAC", cacFunction as (...args: unknown[]) => unknown, 4],
];

describe.each(cases)("MKT.%s for any input", (_name, fn, arity) => {
  it("returns a finite number or a CustomFunctions.Error with a message, and never throws", () => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: arity, maxLength: arity }), (args) => {
        const result = fn(...args);
        expect(isCellResult(result)).toBe(true);
        if (typeof result !== "number") expect((result as CustomFunctions.Error).message).not.toBe("");
      }),
      { numRuns: 3000 },
    );
  });
});

describe("functions as Excel calls them", () => {
  it("return numbers for good input", () => {
    expect(roiFunction(1200, 1000, null)).toBe(0.2);
    expect(cacFunction([[30000], [18000]], 200)).toBe(240);
    expect(achievementFunction(240, 200, "lower")).toBeCloseTo(0.8, 15);
  });
  it("return CustomFunctions.Error with the code and message of the core error", () => {
    const result = roiFunction(100, 0) as unknown as CustomFunctions.Error;
    expect(result).toBeInstanceOf(CustomFunctions.Error);
    expect(result.code).toBe("#DIV/0!");
    expect(result.message).toBe("cost is 0");
  });
});
