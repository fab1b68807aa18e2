import { roi } from "../../../src/core/kpi";

describe("roi", () => {
  it("is (revenue - cost) / cost without a baseline", () => {
    expect(roi(1200, 1000)).toBe(0.2);
    expect(roi(500, 1000)).toBe(-0.5);
  });
  it("subtracts the natural-growth baseline", () => {
    expect(roi(1500, 1000, 300)).toBe(0.2);
    expect(roi(1500, 1000, null)).toBe(0.5);
  });
  it("zero cost is #DIV/0!", () => {
    expect(roi(100, 0)).toMatchObject({ error: "#DIV/0!", message: "cost is 0" });
  });
  it("negative cost is #VALUE!, a wrong argument with its message", () => {
    expect(roi(100, -5)).toMatchObject({ error: "#VALUE!", message: "cost is negative (-5)" });
  });
  it("blank is #N/A and text is #VALUE!, naming the argument", () => {
    expect(roi(null, 100)).toMatchObject({ error: "#N/A", message: "revenue is blank" });
    expect(roi(100, "abc")).toMatchObject({ error: "#VALUE!", message: 'cost is text ("abc"), not a number' });
    expect(roi(100, 50, "x")).toMatchObject({ error: "#VALUE!" });
  });
  it("a blank is not zero: revenue 0 is a real -100%", () => {
    expect(roi(0, 100)).toBe(-1);
  });
  it("huge values overflow to #NUM!, never Infinity", () => {
    expect(roi(Number.MAX_VALUE, 1e-300)).toMatchObject({ error: "#NUM!" });
  });
});
