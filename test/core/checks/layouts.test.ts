import { t } from "../../../src/i18n/catalog";
import { checkSheet, findTables, parseCheckSettings, type CheckSettingsInput } from "../../../src/core/checks";
import { buildSheet, sheetCol, sheetRow, ymdToSerial, type RawCell } from "../../../src/core/sheet";
import { buildDemoPlan } from "../../../src/core/templates/demo";
import { openXlsx, readSheetGrid } from "../../../src/ooxml";
import { planToXlsx } from "../../../src/xlsx/plan-file";
import { at, TODAY } from "./helpers";

/**
 * Sheets laid out as analysts (and our own templates) lay them out: a table with a fitted
 * model's parameters beside it, two tables side by side, an order book beside a cohort
 * matrix with totals and a small panel under it, a parameter in the header row. Each layout
 * gives no finding of its own, and a problem planted in it is still found.
 */

/** A formula's cached value: written `f(…)` in a layout. */
interface Formula {
  readonly f: RawCell;
}
type Cell = RawCell | Formula;
const f = (v: RawCell): Formula => ({ f: v });
const isFormula = (c: Cell): c is Formula => typeof c === "object" && c !== null && !(c instanceof Date) && "f" in c;

function grid(name: string, rows: Cell[][]) {
  return buildSheet(
    name,
    rows.map((row) => row.map((c) => (isFormula(c) ? c.f : c))),
    { formulas: rows.map((row) => row.map(isFormula)) },
  );
}

function check(name: string, rows: Cell[][], settings: CheckSettingsInput = {}) {
  return checkSheet(grid(name, rows), parseCheckSettings(settings), TODAY).findings;
}

const day = (d: number) => ymdToSerial(2023, 7, d);

/** Daily sign-ups A:D, and the fitted model's parameters as label/value lines in F1:G7. */
function decaySheet(signUps: (number | null)[]): Cell[][] {
  const panel: [string, Cell][] = [
    ["Start value (b)", f(1174.9)],
    ["Daily factor (m)", f(0.869)],
    ["Decay per day", f(0.131)],
    ["Half-life (days)", f(4.96)],
    ["R-squared", f(0.996)],
    ["Threshold", 600],
    ["Best duration (days)", f(4.8)],
  ];
  const rows: Cell[][] = [["Date", "Daily sign-ups", "Fitted (LOGEST)", "Days since launch", null, ...panel[0]]];
  signUps.forEach((v, k) => {
    const side = panel[k + 1] ?? [null, null];
    rows.push([day(k + 1), v, f(1174.9 * 0.869 ** k), f(k), null, ...side]);
  });
  return rows;
}

describe("layouts with more than one block", () => {
  it("a table with a parameter panel beside it: the panel is no column", () => {
    const clean = decaySheet([1200, 1010, 880, 790, 650, 580, 500, 455]);
    expect(check("Decay", clean)).toEqual([]);
    const planted = decaySheet([1200, 1010, 880, null, 650, 580, 500, 455]);
    expect(at(check("Decay", planted))).toEqual(["missing@B5"]);
    // Two tables, not one: the data A1:D9, and no table for the panel.
    const tables = findTables(grid("Decay", clean));
    expect(tables.map((t) => [sheetRow(t, 0), sheetCol(t, 0), t.rows, t.cols])).toEqual([[0, 0, 9, 4]]);
  });

  const paths: Cell[][] = [
    ["Search", 40, 12000],
    ["Search > Social media", 30, 9000],
    ["In-feed ads > Search", 25, 7500],
    ["Social media > Email", 15, 4500],
    ["Social media > In-feed ads", 12, 3600],
    ["Email", 8, 2400],
  ];
  const results: Cell[][] = [
    ["Search", 70, 110, 77.5, 68.07],
    ["Social media", 27, 0, 21, 27.72],
    ["In-feed ads", 25, 12, 18.5, 21.16],
    ["Email", 8, 8, 13, 13.05],
  ];
  function attributionSheet(p: Cell[][], r: Cell[][]): Cell[][] {
    const header = [
      "Conversion path",
      "Conversions",
      "Conversion value",
      null,
      "Channel",
      "First touch",
      "Last touch",
      "Linear",
      "Markov",
    ];
    return [header, ...p.map((row, k) => [...row, null, ...(r[k] ?? [null, null, null, null, null])])];
  }

  it("a short table beside a longer one: the short one's rows end where it ends", () => {
    expect(check("Attribution", attributionSheet(paths, results))).toEqual([]);
    const blankShare = results.map((row, k) => (k === 1 ? [row[0], null, ...row.slice(2)] : row));
    const blankPath = paths.map((row, k) => (k === 4 ? [row[0], null, row[2]] : row));
    expect(at(check("Attribution", attributionSheet(blankPath, blankShare)))).toEqual(["missing@F3", "missing@B6"]);
    expect(findTables(grid("Attribution", attributionSheet(paths, results))).map((t) => [t.rows, t.cols])).toEqual([
      [7, 3],
      [5, 5],
    ]);
  });

  /** An order book A:E beside a cohort matrix G:M (formulas) with its average row and a panel under it. */
  function cohortSheet(orders: [string, number, number][], matrix: Cell[][]): Cell[][] {
    const header = [
      "Customer id",
      "Order date",
      "First order",
      "Cohort",
      "Months since first",
      null,
      "Cohort",
      "Customers",
      "Month 0",
      "Month 1",
      "Month 2",
    ];
    const side: Cell[][] = [
      ...matrix,
      ["Weighted average", f(20), f(1), f(0.33), f(0.12)],
      [null, null, null, null, null],
      ["Customers", f(20), null, null, null],
      ["Customers with 2+ orders", f(11), null, null, null],
      ["Repeat-purchase rate", f(0.55), null, null, null],
    ];
    const rows: Cell[][] = [header];
    const n = Math.max(orders.length, side.length);
    for (let k = 0; k < n; k++) {
      const o = orders[k];
      const left: Cell[] = o
        ? [o[0], o[1], f(o[2]), f(ymdToSerial(2023, 7, 1)), f(Math.round((o[1] - o[2]) / 30))]
        : [null, null, null, null, null];
      rows.push([...left, null, ...(side[k] ?? [null, null, null, null, null])]);
    }
    return rows;
  }
  const orders: [string, number, number][] = [
    ["C01", day(2), day(2)],
    ["C01", day(2) + 44, day(2)],
    ["C01", day(2) + 93, day(2)],
    ["C02", day(5), day(5)],
    ["C02", day(20), day(5)],
    ["C03", day(8), day(8)],
    ["C04", day(12), day(12)],
    ["C04", day(12) + 68, day(12)],
    ["C04", day(12) + 143, day(12)],
    ["C05", day(18), day(18)],
    ["C05", day(18) + 35, day(18)],
    ["C06", day(25), day(25)],
  ];
  const formulaMatrix: Cell[][] = [6, 4, 3, 3, 2, 2].map((n, k) => [
    f(ymdToSerial(2023, 7 + k, 1)),
    f(n),
    f(1),
    f(0.3),
    f(0.1),
  ]);

  it("an order book beside a cohort matrix: no outliers from the totals, the panel or the months since first order", () => {
    expect(check("Retention", cohortSheet(orders, formulaMatrix))).toEqual([]);
    // A blank order date in the book is still found.
    const blank = orders.map((o, k) => (k === 3 ? ([o[0], null, o[2]] as unknown as [string, number, number]) : o));
    expect(at(check("Retention", cohortSheet(blank, formulaMatrix)))).toEqual(["missing@B5"]);
  });

  it("a typed cohort matrix is checked as a table: a cohort size typed wrong is still an outlier", () => {
    const sizes = [60, 42, 38, 45, 51, 39, 47, 4400, 44];
    const typed: Cell[][] = sizes.map((n, k) => [ymdToSerial(2023, 1 + k, 1), n, 1, 0.3, 0.1]);
    const rows = cohortSheet(orders, typed);
    const findings = check("Retention", rows);
    expect(at(findings)).toEqual(["outliers@H9"]);
  });

  it("a parameter beside the header row (label, value, nothing under them) is no column", () => {
    const header = ["Stage", "Count", "Benchmark (blank: none)", "Step conversion", "Flag", "流失率阈值", 0.7];
    const body: Cell[][] = [
      ["Ad impressions", 2000000, null, null, null, null, null],
      ["Clicks", 60000, 0.025, f(0.03), f("leak"), null, null],
      ["Landing-page visits", 48000, 0.85, f(0.8), f("leak"), null, null],
      ["Sign-ups", 12000, 0.3, f(0.25), f("leak"), null, null],
    ];
    expect(check("Funnel", [header, ...body])).toEqual([]);
    // A column with a header but nothing in it, and no value beside its header, is still a column left blank.
    const unfilled = [
      ["Stage", "Count", "Owner"],
      ["Ad impressions", 2000000, null],
      ["Clicks", 60000, null],
    ];
    expect(at(check("Funnel", unfilled, { rules: ["missing"] }))).toEqual(["missing@C2", "missing@C3"]);
    // And a count left blank in the funnel is still found.
    const planted = [header, ...body.map((row, k) => (k === 2 ? [row[0], null, ...row.slice(2)] : row))];
    expect(at(check("Funnel", planted))).toEqual(["missing@B4"]);
  });

  it("a sheet that is one block is one table, the grid itself; an empty sheet has none", () => {
    const one = grid("One", [
      ["Channel", "Spend"],
      ["Search", 100],
    ]);
    expect(findTables(one)).toEqual([one]);
    expect(findTables(buildSheet("Empty", []))).toEqual([]);
  });
});

describe("the sample workbook's own layouts", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "%s: only the real findings remain (missed targets, overdue actions; the monitor's spike and pace)",
    async (lang) => {
      const pkg = openXlsx((await planToXlsx(buildDemoPlan(lang))).bytes);
      const findings = pkg.sheets
        .filter((ws) => ws.state === "visible")
        .flatMap((ws) => checkSheet(readSheetGrid(pkg, ws).grid, parseCheckSettings({}), TODAY).findings);
      const monitor = findings.filter((f) => f.sheet === t(lang, "tpl.monitor.sheet"));
      const others = findings.filter((f) => f.sheet !== t(lang, "tpl.monitor.sheet"));
      expect([...new Set(others.map((x) => x.rule))].sort()).toEqual(["actions", "targets"]);
      expect(others).toHaveLength(10);
      // The campaign monitor's sample: a spike on 18 March (an outlier, outside its band) and a run rate at 91% of target.
      expect(monitor.map((f) => `${f.rule}@${f.cell}`)).toEqual(["outliers@B19", "band@B19", "pace@B22"]);
      expect(monitor[2].key).toBe("check.paceAtRisk");
    },
  );
});
