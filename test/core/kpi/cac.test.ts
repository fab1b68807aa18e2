import { cac } from "../../../src/core/kpi";

describe("cac", () => {
  it("is cost / new customers", () => {
    expect(cac(48000, 200)).toBe(240);
  });
  it("sums a range of costs, skipping blanks as SUM does", () => {
    expect(cac([[30000], [null], [12000], [6000]], 200)).toBe(240);
  });
  it("sums several ranges (ads, channel fees, labour)", () => {
    expect(cac([[10000, 20000]], 100, [[5000]], [[1000], [4000]])).toBe(400);
  });
  it("accepts a plain array from Node callers", () => {
    expect(cac([100, 200, 300], 3)).toBe(200);
  });
  it("adds money to the last decimal", () => {
    // 0.1 + 0.2 + ... in naive floating point drifts; the compensated sum does not.
    const costs = Array.from({ length: 10 }, () => 0.1);
    expect(cac(costs, 1)).toBe(1);
  });
  it("zero new customers is #DIV/0!", () => {
    expect(cac(1000, 0)).toMatchObject({ error: "#DIV/0!", message: "new_customers is 0" });
  });
  it("negative inputs are #VALUE!, wrong arguments with their message", () => {
    expect(cac(1000, -2)).toMatchObject({ error: "#VALUE!", message: "new_customers is negative (-2)" });
    expect(cac([[-500], [100]], 2)).toMatchObject({ error: "#VALUE!", message: "cost is negative (-400)" });
  });
  it("text in a cost range is #VALUE! naming row and column", () => {
    expect(cac([[100], ["n/a"]], 2)).toMatchObject({
      error: "#VALUE!",
      message: 'cost has text ("n/a") at row 2, column 1',
    });
    expect(cac(100, 2, [[1, "x"]])).toMatchObject({ message: 'cost2 has text ("x") at row 1, column 2' });
  });
  it("an error in a cost range is passed on with its position", () => {
    expect(cac([[100], [{ code: "#N/A" }]], 2)).toMatchObject({
      error: "#N/A",
      message: "cost holds the error #N/A at row 2, column 1",
    });
  });
  it("an all-blank cost range is #N/A, not a CAC of 0", () => {
    expect(cac([[null], [""]], 2)).toMatchObject({
      error: "#N/A",
      message: "cost has no numbers (every cell is blank)",
    });
  });
  it("blank new customers is #N/A", () => {
    expect(cac(100, null)).toMatchObject({ error: "#N/A", message: "new_customers is blank" });
  });
});
