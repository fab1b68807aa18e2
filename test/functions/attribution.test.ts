import { column, PATHS_FILE, readFixture } from "../core/attribution/fixture";
import { callFunction, omitted, range, type CellInput, type ExcelShown, type FormulaArg } from "./excel-model";

/** =MKT.ATTRIBUTE(...) as Excel evaluates it; `null` stands for an argument left out. */
async function attributeFunction(...args: (CellInput[][] | string | null)[]): Promise<ExcelShown[][]> {
  const formulaArgs: FormulaArg[] = args.map((a) => (a === null ? omitted : typeof a === "string" ? a : range(a)));
  return (await callFunction("MKT.ATTRIBUTE", ...formulaArgs)) as ExcelShown[][];
}

const asRange = (values: unknown[]): CellInput[][] => values.map((v) => [v as CellInput]);

describe("MKT.ATTRIBUTE", () => {
  const data = readFixture(PATHS_FILE);
  const paths = asRange(column(data, "path"));
  const conversions = asRange(column(data, "total_conversions"));
  const values = asRange(column(data, "total_conversion_value"));
  const nulls = asRange(column(data, "total_null"));

  it("spills a header and one row per channel, largest first, matching ChannelAttribution's first touch", async () => {
    const table = await attributeFunction(paths, conversions, "first", values, nulls, null);
    expect(table[0]).toEqual(["Channel", "Conversions", "Value", "Share"]);
    const expected = readFixture("expected_heuristic.csv");
    const first = column(expected, "first_touch_conversions") as number[];
    const top = first.indexOf(Math.max(...first));
    expect(table).toHaveLength(expected.rows.length + 1);
    expect(table[1][0]).toBe(column(expected, "channel_name")[top]);
    expect(table[1][1]).toBe(first[top]);
    expect(table[1][2]).toBeCloseTo(column(expected, "first_touch_value")[top] as number, 9);
    const total = table.slice(1).reduce((s, r) => s + (r[1] as number), 0);
    expect(table[1][3]).toBeCloseTo(first[top] / total, 15);
  });

  it("markov with options text, blank model taken from the options", async () => {
    const table = await attributeFunction(paths, conversions, null, values, nulls, "model=markov; order=1");
    const expected = readFixture("expected_markov_order1_exact.csv");
    const names = column(expected, "channel_name");
    const want = column(expected, "total_conversions") as number[];
    expect(table).toHaveLength(names.length + 1);
    names.forEach((name, i) => expect(table.find((r) => r[0] === name)?.[1]).toBeCloseTo(want[i], 8));
  });

  it("leaves the value column blank when no values are given", async () => {
    const table = await attributeFunction([["a > b"], ["b"]], [[2], [1]], "last", null, null, null);
    expect(table.slice(1)).toEqual([
      ["b", 3, "", 1],
      ["a", 0, "", 0],
    ]);
  });

  it("accepts touch rows: journey, time, channel, conversion", async () => {
    const rows = [
      ["j1", 45000, "search", 0],
      ["j1", 45001, "email", 1],
      ["j2", 45003, "email", 0],
      ["j2", 45002, "social", 1],
    ];
    const table = await attributeFunction(rows, null, "first", null, null, null);
    expect(table.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["search", 1],
      ["social", 1],
      ["email", 0],
    ]);
    const three = await attributeFunction(
      rows.map((r) => r.slice(0, 3)),
      rows.map((r) => [r[3]]),
      "first",
      null,
      null,
      null,
    );
    expect(three).toEqual(table);
  });

  it.each([
    [[["a"], [""]], [[1], [1]], null, "#VALUE!", "paths is empty at row 2: every journey needs at least one channel"],
    [[["a"], ["b"]], [[1], [-3]], null, "#VALUE!", "conversions is negative (-3) at row 2, column 1"],
    [[["a"], ["b"]], [[1], ["many"]], null, "#VALUE!", 'conversions has text ("many") at row 2, column 1'],
    [[["a"], ["b"]], [[1]], null, "#VALUE!", "paths has 2 rows but conversions has 1"],
    [[["a"], ["b"]], [[1], [1]], "magic", "#VALUE!", "model must be one of"],
    [[["a", "b"]], [[1]], null, "#VALUE!", "paths has 2 rows but conversions has 1"],
    [
      [
        ["a", "b"],
        ["c", "d"],
      ],
      [[1], [1]],
      null,
      "#VALUE!",
      "paths must have 1 column (paths), 3 columns",
    ],
  ])("%j with %j (%s) is %s: %s", async (p, c, model, code, message) => {
    const result = (await attributeFunction(p, c, model, null, null, null)) as unknown as ExcelShown;
    expect(result).toEqual({ error: code, message: expect.any(String) });
    expect((result as { message: string }).message.startsWith(message)).toBe(true);
  });

  it("reports bad options as #VALUE! with the option named", async () => {
    const result = (await attributeFunction([["a"]], [[1]], "markov", null, null, "order=9")) as unknown as ExcelShown;
    expect(result).toEqual({ error: "#VALUE!", message: "options: order: Too big: expected number to be <=4" });
  });
});
