import { deseason, did, didTable, repurchaseGrid } from "../../../src/core/analysis";
import { isCellError } from "../../../src/core/errors";

const ORDERS: [string, string][] = [
  ["A", "2024-01-05"],
  ["A", "2024-02-10"],
  ["B", "2023-11-20"],
  ["B", "2024-01-15"],
  ["C", "2024-01-20"],
  ["D", "2024-02-01"],
  ["D", "2024-02-25"],
  ["D", "2024-03-30"],
  ["E", "2023-12-01"],
  ["E", "2024-03-01"],
  ["E", "2024-03-05"],
  ["F", "2023-10-10"],
];
const ids = (rows: [string, string][]) => rows.map(([id]) => [id]);
const dates = (rows: [string, string][]) => rows.map(([, d]) => [d]);

describe("repurchase", () => {
  it("reproduces the issue's example: 60% all, 66.67% new, 50% returning, 33.33% within 30 days", () => {
    const grid = repurchaseGrid(ids(ORDERS), dates(ORDERS), "2024-01-01", "2024-03-31", 30, "en-US") as unknown[][];
    expect(grid[0]).toEqual(["Customers", "Active", "Repeat-purchase rate", "Ordered again within 30 days"]);
    expect(grid[1]).toEqual(["All", 5, 0.6, ""]);
    expect(grid[2][0]).toBe("New");
    expect(grid[2][1]).toBe(3);
    expect(grid[2][2]).toBeCloseTo(2 / 3, 12);
    expect(grid[2][3]).toBeCloseTo(1 / 3, 12);
    expect(grid[3]).toEqual(["Returning", 2, 0.5, ""]);
  });
  it("unsorted input gives the same; no window, no window column", () => {
    const shuffled = [...ORDERS].reverse();
    const a = repurchaseGrid(ids(ORDERS), dates(ORDERS), "2024-01-01", "2024-03-31", 30, "en-US");
    expect(repurchaseGrid(ids(shuffled), dates(shuffled), "2024-01-01", "2024-03-31", 30, "en-US")).toEqual(a);
    const plain = repurchaseGrid(ids(ORDERS), dates(ORDERS), "2024-01-01", "2024-03-31", null, "zh-CN") as unknown[][];
    expect(plain[0]).toEqual(["客户", "活跃客户数", "复购率"]);
  });
  it("a customer whose first order is on the last day is new, active and not (yet) a repeat buyer", () => {
    const rows: [string, string][] = [
      ["G", "2024-03-31"],
      ["H", "2024-03-02"],
      ["H", "2024-03-03"],
    ];
    const grid = repurchaseGrid(ids(rows), dates(rows), "2024-03-01", "2024-03-31", 7, "en-US") as unknown[][];
    expect(grid[2].slice(1)).toEqual([2, 0.5, 0.5]);
    expect(grid[3][1]).toBe(0);
    expect(grid[3][2]).toMatchObject({ error: "#DIV/0!" }); // no returning customers
  });
  it("bad dates, start after end and a bad window are errors naming the argument", () => {
    expect(repurchaseGrid([["a"]], [["2024-01-01"]], "2024-03-31", "2024-01-01", null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: "start (2024-03-31) is after end (2024-01-01)",
    });
    expect(repurchaseGrid([["a"]], [["2024-01-01"]], "soon", "2024-01-01", null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: 'start must be a date, not "soon"',
    });
    expect(repurchaseGrid([["a"]], [["2024-01-01"]], null, "2024-01-01", null, "en-US")).toMatchObject({
      error: "#N/A",
    });
    expect(repurchaseGrid([["a"]], [["2024-01-01"]], "2024-01-01", "2024-02-01", 1.5, "en-US")).toMatchObject({
      error: "#VALUE!",
    });
    expect(repurchaseGrid([[null]], [["2024-01-01"]], "2024-01-01", "2024-02-01", null, "en-US")).toMatchObject({
      error: "#VALUE!",
    });
  });
});

describe("deseason and did", () => {
  it("deseason reproduces the example: 100 -> 120 this year, 100 -> 110 last year is 9.0909%", () => {
    expect(deseason(120, 100, 110, 100)).toBeCloseTo(1.2 / 1.1 - 1, 14);
    expect(deseason(120, 100, 110, 100, "additive")).toBe(10);
    expect(deseason(120, 0, 110, 100)).toMatchObject({ error: "#DIV/0!" });
    expect(deseason(120, 100, 110, 100, "log")).toMatchObject({ error: "#VALUE!" });
    expect(deseason(null, 100, 110, 100)).toMatchObject({ error: "#N/A", message: "current is blank" });
  });
  it("did reproduces the example: treated 120 -> 150, control 300 -> 330 is 18 (13.636%) by ratio, 0 additive", () => {
    const r = did(120, 150, 300, 330);
    if (isCellError(r)) throw new Error(r.message);
    expect(r.effect).toBeCloseTo(18, 12);
    expect(r.relative).toBeCloseTo(18 / 132, 12);
    expect(r.baseline).toBeCloseTo(132, 12);
    expect(did(120, 150, 300, 330, "差值")).toEqual({ effect: 0, relative: 0, baseline: 150 });
    expect(didTable(r, "en-US")[0]).toEqual(["Effect", "Relative effect", "Baseline (natural growth)"]);
    expect(did(120, 150, 0, 330)).toMatchObject({ error: "#DIV/0!" });
    expect(did(120, 150, "x", 330)).toMatchObject({ error: "#VALUE!" });
  });
});
