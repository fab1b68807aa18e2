import { roas } from "../../../src/core/kpi";

describe("roas", () => {
  it("is revenue / ad spend", () => {
    expect(roas(3200, 1000)).toBe(3.2);
    expect(roas(0, 50)).toBe(0);
  });
  it("zero spend is #DIV/0! naming ad_spend", () => {
    expect(roas(100, 0)).toMatchObject({ error: "#DIV/0!", message: "ad_spend is 0" });
  });
  it("negative spend is #VALUE!, a wrong argument with its message", () => {
    expect(roas(100, -1)).toMatchObject({ error: "#VALUE!", message: "ad_spend is negative (-1)" });
  });
  it("blank vs 0: a blank revenue is #N/A, 0 is a real 0", () => {
    expect(roas(null, 10)).toMatchObject({ error: "#N/A", message: "revenue is blank" });
    expect(roas("", 10)).toMatchObject({ error: "#N/A" });
    expect(roas(0, 10)).toBe(0);
  });
  it("text and booleans are #VALUE!", () => {
    expect(roas("1,000", 10)).toMatchObject({ error: "#VALUE!", message: 'revenue is text ("1,000"), not a number' });
    expect(roas(true, 10)).toMatchObject({ error: "#VALUE!", message: "revenue is TRUE, not a number" });
  });
  it("an error in an argument is passed on with its own code", () => {
    expect(roas({ code: "#DIV/0!", message: "" }, 10)).toMatchObject({
      error: "#DIV/0!",
      message: "revenue holds the error #DIV/0!",
    });
    expect(roas(10, "#REF!")).toMatchObject({ error: "#VALUE!", message: "ad_spend holds the error #REF!" });
  });
  it("a single cell passed as a 1x1 range is its value", () => {
    expect(roas([[300]], [[100]])).toBe(3);
  });
  it("a multi-cell range where one value belongs is #VALUE!", () => {
    expect(roas([[1], [2]], 1)).toMatchObject({
      error: "#VALUE!",
      message: "revenue must be a single value, not a range",
    });
  });
});
