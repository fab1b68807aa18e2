import fc from "fast-check";
import {
  callFunction,
  dataTypeCell,
  errorCell,
  omitted,
  range,
  type CellInput,
  type ExcelShown,
  type FormulaArg,
} from "./excel-model";

/** Anything a user can hand a custom function in a formula: literals, cells of every kind, ranges, left-out arguments. */
const errorCode = fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NUM!", "#NAME?", "#NULL!" as const);
const literal = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
  fc.string(),
  fc.constantFrom("higher", "lower", "越低越好", "", "1e400", "=1+1", "#N/A"),
  fc.boolean(),
);
const cell: fc.Arbitrary<CellInput> = fc.oneof(
  literal,
  fc.constant(null),
  errorCode.map((code) => errorCell(code)),
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean()).map((v) => dataTypeCell(v)),
);
const rangeArg = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  )
  .map((rows) => range(rows));
const arg: fc.Arbitrary<FormulaArg> = fc.oneof(literal, rangeArg, fc.constant(omitted));

/** What Excel may show for one of our functions: a finite number, or an error it can show, with a message where Excel shows one. */
function isShowable(shown: ExcelShown): boolean {
  if (typeof shown === "number") return Number.isFinite(shown);
  if (Array.isArray(shown)) return shown.every((row) => row.every(isShowable));
  if (typeof shown !== "object") return false;
  if (["#VALUE!", "#N/A"].includes(shown.error)) return typeof shown.message === "string" || isPassedOn(shown);
  return ["#DIV/0!", "#NUM!"].includes(shown.error) && shown.message === undefined;
}

/** An #N/A made by lifting past the edge of a smaller range carries no message. */
function isPassedOn(shown: { error: string; message?: string }): boolean {
  return shown.error === "#N/A" && shown.message === undefined;
}

const cases: Array<[string, number, number]> = [
  ["ROI", 2, 3],
  ["ROAS", 2, 2],
  ["ACHIEVEMENT", 2, 3],
  ["TIER", 3, 4],
  ["GROWTH", 2, 2],
  ["CAC", 2, 5],
  ["SCORE", 3, 6],
];

describe.each(cases)("=MKT.%s with any arguments", (name, min, max) => {
  it("shows a finite number or an error Excel can show, never NaN, Infinity or a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { minLength: min, maxLength: max }), async (args) => {
        const shown = await callFunction(`MKT.${name}`, ...args);
        expect(isShowable(shown)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("=MKT.ATTRIBUTE with any ranges", () => {
  const column = (cells: fc.Arbitrary<CellInput>) =>
    fc.array(cells, { minLength: 1, maxLength: 6 }).map((values) => range(values.map((v) => [v])));
  const pathText = fc.oneof(
    fc
      .array(fc.constantFrom("search", "email", "social", "搜索", " ", ""), { minLength: 1, maxLength: 4 })
      .map((p) => p.join(" > ")),
    fc.string(),
  );
  const pathCell: fc.Arbitrary<CellInput> = fc.oneof(pathText, cell);
  const countCell: fc.Arbitrary<CellInput> = fc.oneof(fc.integer({ min: -2, max: 50 }), cell);
  const model = fc.oneof(
    fc.constantFrom("first", "last", "linear", "position", "time_decay", "markov", "shapley"),
    literal,
  );
  const options = fc.oneof(
    fc.constantFrom("order=2", "repeats=collapse; half_life=7", "first=0.4; last=0.4", "order=9"),
    literal,
  );
  const optional = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.constant(omitted));

  it("spills a table of text and finite numbers, or shows an error Excel can show", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(
          column(pathCell),
          column(countCell),
          optional(model),
          optional(column(countCell)),
          optional(column(countCell)),
          optional(options),
        ),
        async (args) => {
          const shown = await callFunction("MKT.ATTRIBUTE", ...(args as FormulaArg[]));
          if (Array.isArray(shown)) {
            expect(shown[0]).toEqual(["Channel", "Conversions", "Value", "Share"]);
            for (const row of shown.slice(1)) {
              expect(typeof row[0]).toBe("string");
              for (const v of row.slice(1))
                expect(v === "" || (typeof v === "number" && Number.isFinite(v))).toBe(true);
            }
          } else {
            expect(isShowable(shown)).toBe(true);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
