import {
  callFunction,
  callFunctionIn,
  callFunctionWith,
  dataTypeCell,
  errorCell,
  FormulaRefused,
  omitted,
  range,
} from "./excel-model";

/** The calling-convention model itself: what it refuses, passes and shows, against the built add-in. */
describe("excel-model", () => {
  it("evaluates a formula against the built bundle", async () => {
    expect(await callFunction("MKT.ROI", 150000, 50000, 30000)).toBeCloseTo(1.4, 12);
    expect(await callFunction("mkt.roas", 32000, 10000)).toBe(3.2);
  });

  it("refuses a formula with too few or too many arguments, or an unknown name", async () => {
    await expect(callFunction("MKT.ROI", 1)).rejects.toThrow(FormulaRefused);
    await expect(callFunction("MKT.ROAS", 1, 2, 3)).rejects.toThrow(/too many/);
    await expect(callFunction("MKT.NOPE", 1)).rejects.toThrow(/#NAME\?/);
  });

  it("passes an omitted optional argument as null, trailing or in the middle", async () => {
    expect(await callFunction("MKT.ROI", 1200, 1000, omitted)).toBeCloseTo(0.2, 12);
    expect(await callFunction("MKT.TIER", 4200, 4000, 5000, omitted)).toBe(1);
    const table = await callFunction(
      "MKT.ATTRIBUTE",
      range([["a > b"]]),
      range([[1]]),
      omitted,
      omitted,
      omitted,
      "model=first",
    );
    expect(table).toEqual([
      ["Channel", "Conversions", "Value", "Share"],
      ["a", 1, "", 1],
      ["b", 0, "", 0],
    ]);
  });

  it("drops the message of #DIV/0! and keeps it for #VALUE! and #N/A, as Excel shows them", async () => {
    expect(await callFunction("MKT.ROI", 100, 0)).toEqual({ error: "#DIV/0!" });
    expect(await callFunction("MKT.ROI", "abc", 10)).toEqual({
      error: "#VALUE!",
      message: 'revenue is text ("abc"), not a number',
    });
    const blank = await callFunction("MKT.ROI", range([[null]]), 10);
    expect(blank).toMatchObject({ error: "#N/A" });
    expect((blank as { message?: string }).message).toMatch(/revenue/);
  });

  it("returns an error value in an input without calling the function when the metadata does not allow errors", async () => {
    const strict = { flags: { allowErrorForDataTypeAny: false } };
    expect(await callFunctionWith(strict, "MKT.GROWTH", range([[errorCell("#REF!")]]), 100)).toEqual({
      error: "#REF!",
    });
    const inRange = range([[1000], [errorCell("#N/A")]]);
    expect(await callFunctionWith(strict, "MKT.CAC", inRange, 10)).toEqual({ error: "#N/A" });
  });

  it("passes error values to the functions when allowErrorForDataTypeAny is set, as the add-in sets it", async () => {
    expect(await callFunction("MKT.GROWTH", range([[errorCell("#REF!")]]), 100)).toEqual({
      error: "#VALUE!",
      message: "current holds the error #REF!",
    });
  });

  it("passes a data type's basic value, or the data type itself when allowCustomDataForDataTypeAny is set", async () => {
    const price = range([[dataTypeCell(115)]]);
    expect(await callFunction("MKT.GROWTH", price, 100)).toBeCloseTo(0.15, 12);
    const plain = { flags: { allowCustomDataForDataTypeAny: false } };
    expect(await callFunctionWith(plain, "MKT.GROWTH", price, 100)).toBeCloseTo(0.15, 12);
  });

  it("lifts a scalar parameter given a range: one result per cell, spilled, #N/A past the smaller range", async () => {
    expect(await callFunction("MKT.GROWTH", range([[110], [120]]), 100)).toEqual([[0.1], [0.2]]);
    const paired = await callFunction("MKT.GROWTH", range([[110], [120], [130]]), range([[100], [100]]));
    expect(paired).toEqual([[0.1], [0.2], [{ error: "#N/A" }]]);
  });

  it("spills a matrix result", async () => {
    const table = await callFunction("MKT.ATTRIBUTE", range([["a > b"], ["b"]]), range([[2], [1]]), "last");
    expect(table).toEqual([
      ["Channel", "Conversions", "Value", "Share"],
      ["b", 3, "", 1],
      ["a", 0, "", 0],
    ]);
  });

  it("runs the bundle in Excel's display language", async () => {
    const shown = await callFunctionIn("zh-CN", "MKT.ROI", "abc", 10);
    expect(shown).toMatchObject({ error: "#VALUE!" });
    expect((shown as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
  });
});
