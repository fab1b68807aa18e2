import { callFunction, callFunctionIn, dataTypeCell, errorCell, range } from "./excel-model";

/** The error table of docs/functions.md (Errors), row by row, as Excel shows it through the calling-convention model. */
describe("what a cell shows when something is wrong", () => {
  it("a blank input is #N/A naming the argument; a cost range with no number too", async () => {
    expect(await callFunction("MKT.ROI", range([[null]]), 100)).toEqual({ error: "#N/A", message: "revenue is blank" });
    expect(await callFunction("MKT.CAC", range([[null], [null]]), 10)).toEqual({
      error: "#N/A",
      message: "cost has no numbers (every cell is blank)",
    });
    expect(await callFunctionIn("zh-CN", "MKT.ROI", range([[null]]), 100)).toEqual({
      error: "#N/A",
      message: "revenue 为空",
    });
  });

  it("text or a boolean where a number belongs is #VALUE! naming the argument and the cell", async () => {
    expect(await callFunction("MKT.ROAS", 100, true)).toEqual({
      error: "#VALUE!",
      message: "ad_spend is TRUE, not a number",
    });
    expect(await callFunction("MKT.CAC", range([[100], ["n/a"]]), 2)).toEqual({
      error: "#VALUE!",
      message: 'cost has text ("n/a") at row 2, column 1',
    });
  });

  it("a wrong argument is #VALUE! with its message", async () => {
    expect(await callFunction("MKT.ROI", 100, -5)).toEqual({ error: "#VALUE!", message: "cost is negative (-5)" });
    expect(await callFunction("MKT.TIER", 1, 5000, 4000)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("challenge (4000) is below base (5000)"),
    });
    expect(await callFunction("MKT.ACHIEVEMENT", 1, 2, "sideways")).toMatchObject({ error: "#VALUE!" });
    expect(await callFunction("MKT.ATTRIBUTE", range([["a"], ["b"]]), range([[1], [-3]]))).toEqual({
      error: "#VALUE!",
      message: "conversions is negative (-3) at row 2, column 1",
    });
  });

  it("a zero divisor is #DIV/0! without a message, since Excel shows none", async () => {
    for (const [name, args] of [
      ["MKT.ROI", [100, 0]],
      ["MKT.ROAS", [100, 0]],
      ["MKT.CAC", [100, 0]],
      ["MKT.ACHIEVEMENT", [1, 0]],
      ["MKT.GROWTH", [1, 0]],
    ] as const) {
      expect(await callFunction(name, ...args)).toEqual({ error: "#DIV/0!" });
    }
  });

  it("a result too large for Excel is #NUM! without a message", async () => {
    expect(await callFunction("MKT.GROWTH", Number.MAX_VALUE, -Number.MAX_VALUE / 4)).toEqual({ error: "#NUM!" });
  });

  it("an error value in an input keeps its code where a function can return it, named where Excel shows a message", async () => {
    const at = (code: Parameters<typeof errorCell>[0]) => range([[100], [errorCell(code)]]);
    expect(await callFunction("MKT.CAC", at("#N/A"), 2)).toEqual({
      error: "#N/A",
      message: "cost holds the error #N/A at row 2, column 1",
    });
    expect(await callFunction("MKT.CAC", at("#VALUE!"), 2)).toEqual({
      error: "#VALUE!",
      message: "cost holds the error #VALUE! at row 2, column 1",
    });
    expect(await callFunction("MKT.CAC", at("#DIV/0!"), 2)).toEqual({ error: "#DIV/0!" });
    expect(await callFunction("MKT.CAC", at("#NUM!"), 2)).toEqual({ error: "#NUM!" });
    for (const code of ["#REF!", "#NAME?", "#NULL!"] as const) {
      expect(await callFunction("MKT.CAC", at(code), 2)).toEqual({
        error: "#VALUE!",
        message: `cost holds the error ${code} at row 2, column 1`,
      });
    }
    expect(await callFunction("MKT.ROI", range([[errorCell("#REF!")]]), 100)).toEqual({
      error: "#VALUE!",
      message: "revenue holds the error #REF!",
    });
  });

  it("a data-type cell counts as its basic value", async () => {
    expect(await callFunction("MKT.ROAS", range([[dataTypeCell(32000)]]), 10000)).toBe(3.2);
    expect(await callFunction("MKT.ACHIEVEMENT", 240, 200, range([[dataTypeCell("lower")]]))).toBeCloseTo(0.8, 12);
    expect(await callFunction("MKT.ROAS", range([[dataTypeCell("Contoso")]]), 10000)).toEqual({
      error: "#VALUE!",
      message: 'revenue is text ("Contoso"), not a number',
    });
  });
});
