import { callFunction, errorCell, omitted, range } from "./excel-model";

/**
 * =MKT.CAC as Excel calls it: `more_costs` is a repeating parameter, so Excel passes every
 * further cost range in ONE array. The numbers are the examples of docs/functions.md:
 * B2:B4 = 30,000 / 12,000 / 6,000 (ads), D2:D3 = 4,000 / 8,000 (channel fees), F2 = 3,000 (labour).
 */
describe("=MKT.CAC through the calling convention", () => {
  const ads = range([[30000], [12000], [6000]]);
  const fees = range([[4000], [8000]]);
  const labour = range([[3000]]);

  it("one cost range: =MKT.CAC(B2:B4, 200) is 240", async () => {
    expect(await callFunction("MKT.CAC", ads, 200)).toBe(240);
  });

  it("two cost ranges: =MKT.CAC(B2:B4, 200, D2:D3) is 300", async () => {
    expect(await callFunction("MKT.CAC", ads, 200, fees)).toBe(300);
  });

  it("three cost ranges: =MKT.CAC(B2:B4, 200, D2:D3, F2) is 315", async () => {
    expect(await callFunction("MKT.CAC", ads, 200, fees, labour)).toBe(315);
  });

  it("the repeating argument left empty, =MKT.CAC(B2:B4, 200, ), is still 240", async () => {
    expect(await callFunction("MKT.CAC", ads, 200, omitted)).toBe(240);
  });

  it("a single number as cost, and literals as further costs", async () => {
    expect(await callFunction("MKT.CAC", 48000, 200)).toBe(240);
    expect(await callFunction("MKT.CAC", 48000, 200, 12000, 3000)).toBe(315);
  });

  it("blank cells are skipped as SUM skips them; a further range all blank adds nothing", async () => {
    expect(await callFunction("MKT.CAC", range([[30000], [null], [18000]]), 200, range([[null]]))).toBe(240);
  });

  it("names the further range and the cell that is wrong", async () => {
    expect(await callFunction("MKT.CAC", ads, 200, fees, range([[1], ["x"]]))).toEqual({
      error: "#VALUE!",
      message: 'cost3 has text ("x") at row 2, column 1',
    });
    expect(await callFunction("MKT.CAC", ads, 200, range([[errorCell("#N/A")]]))).toEqual({
      error: "#N/A",
      message: "cost2 holds the error #N/A at row 1, column 1",
    });
  });

  it("zero new customers is #DIV/0! (Excel shows no message with it)", async () => {
    expect(await callFunction("MKT.CAC", ads, 0)).toEqual({ error: "#DIV/0!" });
  });
});
