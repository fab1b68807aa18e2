import { cohortGrid, cohortLabel, periodIndex, retentionRow } from "../../../src/core/analysis";
import { ymdToSerial } from "../../../src/core/sheet/dates";

/** Orders as [customer, ISO date]: Jan cohort a b c h, Feb cohort d e, Mar cohort f (first order on the last day). */
const ORDERS: [string, string][] = [
  ["a", "2024-01-03"],
  ["a", "2024-02-10"],
  ["b", "2024-01-15"],
  ["c", "2024-01-20"],
  ["c", "2024-03-05"],
  ["h", "2024-01-25"],
  ["h", "2024-03-10"],
  ["d", "2024-02-02"],
  ["d", "2024-03-01"],
  ["e", "2024-02-28"],
  ["f", "2024-03-31"],
];
const ids = (rows: [string, string][]) => rows.map(([id]) => [id]);
const dates = (rows: [string, string][]) => rows.map(([, d]) => [d]);

describe("cohort", () => {
  const grid = cohortGrid(ids(ORDERS), dates(ORDERS), null, null, "en-US") as unknown[][];
  it("groups customers by the month of their first order; retention may rise again", () => {
    expect(grid[0]).toEqual(["Cohort", "Customers", "Month 0", "Month 1", "Month 2"]);
    expect(grid[1]).toEqual(["2024-01", 4, 1, 0.25, 0.5]);
    expect(grid[2]).toEqual(["2024-02", 2, 1, 0.5, ""]); // period 2 (April) not reached
    expect(grid[3]).toEqual(["2024-03", 1, 1, "", ""]); // first order on the last day: period 0 only
  });
  it("the bottom row is weighted by cohort size over the cohorts that reached the period", () => {
    const avg = grid[4] as [string, number, number, number, number];
    expect(avg[0]).toBe("Weighted average");
    expect(avg[1]).toBe(7);
    expect(avg[2]).toBe(1);
    expect(avg[3]).toBeCloseTo((1 + 1) / (4 + 2), 12); // not the mean of 25% and 50%
    expect(avg[4]).toBeCloseTo(2 / 4, 12);
  });
  it("unsorted input gives the same matrix; periods limits or extends the columns", () => {
    const shuffled = [...ORDERS].reverse();
    expect(cohortGrid(ids(shuffled), dates(shuffled), "月", null, "en-US")).toEqual(grid);
    const two = cohortGrid(ids(ORDERS), dates(ORDERS), null, 2, "zh-CN") as unknown[][];
    expect(two[0]).toEqual(["批次", "客户数", "第 0 月", "第 1 月"]);
    const four = cohortGrid(ids(ORDERS), dates(ORDERS), null, 4, "en-US") as unknown[][];
    expect(four[4].slice(5)).toEqual([""]); // nobody has reached month 3
  });
  it("weeks run Monday to Sunday and are named by their Monday", () => {
    const rows: [string, string][] = [
      ["x", "2024-01-01"],
      ["x", "2024-01-07"],
      ["x", "2024-01-08"],
      ["y", "2024-01-03"],
    ];
    const weekly = cohortGrid(ids(rows), dates(rows), "week", null, "en-US") as unknown[][];
    expect(weekly[0]).toEqual(["Cohort", "Customers", "Week 0", "Week 1"]);
    expect(weekly[1]).toEqual(["2024-01-01", 2, 1, 0.5]);
    expect(cohortLabel(periodIndex(ymdToSerial(2024, 1, 7), "week"), "week")).toBe("2024-01-01");
    expect(cohortLabel(periodIndex(ymdToSerial(2023, 12, 31), "month"), "month")).toBe("2023-12");
  });
  it("dates may be serials, ISO or Chinese text; blank rows are skipped", () => {
    const mixed = cohortGrid(
      [["a"], ["a"], [null], ["b"]],
      [[ymdToSerial(2024, 1, 3)], ["2024年2月10日"], [null], ["2024/1/15"]],
      null,
      null,
      "en-US",
    ) as unknown[][];
    expect(mixed[1]).toEqual(["2024-01", 2, 1, 0.5]);
  });
  it("blank ids or dates beside a value, text that is no date, bad period arguments are errors", () => {
    expect(cohortGrid([["a"], [null]], [["2024-01-01"], ["2024-01-02"]], null, null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: "customer_ids is blank at row 2 where order_dates has a value",
    });
    expect(cohortGrid([["a"], ["b"]], [["2024-01-01"], [null]], null, null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: "order_dates is blank at row 2 where customer_ids has a value",
    });
    expect(cohortGrid([["a"]], [["next week"]], null, null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: 'order_dates has "next week" at row 1, which is not a date',
    });
    const ambiguous = cohortGrid([["a"]], [["08/09/2024"]], null, null, "en-US");
    expect(ambiguous).toMatchObject({ error: "#VALUE!" });
    expect((ambiguous as { message: string }).message).toContain("2024-08-09 or 2024-09-08");
    expect(cohortGrid([["a"]], [["2024-01-01"]], "year", null, "en-US")).toMatchObject({ error: "#VALUE!" });
    expect(cohortGrid([["a"]], [["2024-01-01"]], null, 0, "en-US")).toMatchObject({ error: "#VALUE!" });
    expect(cohortGrid([[null]], [[null]], null, null, "en-US")).toMatchObject({ error: "#N/A" });
    expect(cohortGrid([["a"], ["b"]], [["2024-01-01"]], null, null, "en-US")).toMatchObject({ error: "#VALUE!" });
  });
});

describe("retention", () => {
  it("reproduces the issue's example: 65.833%, 42.222%, 30%", () => {
    const row = retentionRow(
      [[50], [40], [30]],
      [
        [30, 20, 15],
        [28, 18, null],
        [21, null, null],
      ],
    ) as number[][];
    expect(row).toHaveLength(1);
    expect(row[0][0]).toBeCloseTo(0.65833333333, 10);
    expect(row[0][1]).toBeCloseTo(0.42222222222, 10);
    expect(row[0][2]).toBeCloseTo(0.3, 12);
  });
  it("refuses counts above the size, gaps, negative counts and mismatched rows, naming the cell", () => {
    expect(retentionRow([[10]], [[11]])).toMatchObject({
      error: "#VALUE!",
      message: "counts_matrix has 11 at row 1, column 1, more than that cohort's size (10)",
    });
    expect(retentionRow([[10]], [[5, null, 3]])).toMatchObject({ error: "#VALUE!" });
    expect(retentionRow([[10]], [[-1]])).toMatchObject({ error: "#VALUE!" });
    expect(retentionRow([[10], [5]], [[1]])).toMatchObject({ error: "#VALUE!" });
    expect(retentionRow([[0]], [[0]])).toMatchObject({ error: "#VALUE!" });
    expect(retentionRow([[10]], [[null]])).toMatchObject({ error: "#N/A" });
  });
});

describe("COHORT and RETENTION agree", () => {
  it("RETENTION on the counts COHORT finds gives COHORT's weighted row, for random order books", () => {
    // A small deterministic generator: customers start in one of six months and come back at random.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 20; trial++) {
      const rows: [string, string][] = [];
      for (let c = 0; c < 40; c++) {
        const start = Math.floor(next() * 6);
        const orders = 1 + Math.floor(next() * 4);
        for (let o = 0; o < orders; o++) {
          const month = Math.min(11, start + (o === 0 ? 0 : Math.floor(next() * 6)));
          const day = 1 + Math.floor(next() * 28);
          rows.push([`c${c}`, `2024-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`]);
        }
      }
      const grid = cohortGrid(ids(rows), dates(rows), null, null, "en-US") as unknown[][];
      const cohorts = grid.slice(1, -1);
      const sizes = cohorts.map((r) => [r[1]]);
      const counts = cohorts.map((r) =>
        r.slice(2).map((rate) => (rate === "" ? null : (rate as number) * (r[1] as number))),
      );
      const row = retentionRow(sizes, counts) as number[][];
      const average = grid[grid.length - 1].slice(2);
      row[0].forEach((v, k) => expect(v).toBeCloseTo(average[k] as number, 12));
    }
  });
});
