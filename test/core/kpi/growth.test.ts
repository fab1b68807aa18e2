import { growth } from "../../../src/core/kpi";

describe("growth", () => {
  it("is (current - previous) / |previous|", () => {
    expect(growth(4200, 3650)).toBeCloseTo(550 / 3650, 15);
    expect(growth(115, 100)).toBeCloseTo(0.15, 15);
    expect(growth(80, 100)).toBeCloseTo(-0.2, 15);
  });
  it("from a negative previous value, improvement is positive", () => {
    expect(growth(-50, -100)).toBe(0.5);
    expect(growth(50, -100)).toBe(1.5);
  });
  it("no change is exactly 0, never -0", () => {
    expect(Object.is(growth(-7, -7), 0)).toBe(true);
  });
  it("a zero previous value is #DIV/0!", () => {
    expect(growth(10, 0)).toMatchObject({ error: "#DIV/0!", message: "previous is 0: growth from zero is undefined" });
  });
  it("blank and text are told apart", () => {
    expect(growth(null, 1)).toMatchObject({ error: "#N/A", message: "current is blank" });
    expect(growth(1, "abc")).toMatchObject({ error: "#VALUE!", message: 'previous is text ("abc"), not a number' });
  });
  it("huge values that overflow are #NUM!, not Infinity", () => {
    expect(growth(Number.MAX_VALUE, -Number.MAX_VALUE / 4)).toMatchObject({ error: "#NUM!" });
  });
  it("NaN or Infinity given as input are #NUM!", () => {
    expect(growth(Number.NaN, 1)).toMatchObject({ error: "#NUM!", message: "current is not a finite number" });
    expect(growth(1, Number.POSITIVE_INFINITY)).toMatchObject({ error: "#NUM!" });
  });
});
