import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../src/core/plan/types";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { countColor, pageImage, pagePng, pdfPages, toPdf, type Pixels } from "../helpers/render";

/**
 * Charts written into files are drawn by LibreOffice: the same workbook printed with and
 * without its charts, and each chart's own colour counted in the pixels of the page. Also
 * the demo workbook prints one page per sheet (fit to one page wide, rows as tall as they go).
 */

const SHEET = "Ch'arts 1";
const COLORS = { column: "#C00000", line: "#00B050", slice1: "#7030A0", slice2: "#FFC000", bar: "#0070C0" };

const CHARTS: ChartPlan[] = [
  { kind: "column", data: "A1:B5", title: "Column", at: "D1", colors: [COLORS.column] },
  { kind: "line", data: "A1:B5", title: "Line", at: "D18", colors: [COLORS.line] },
  { kind: "doughnut", data: "A1:B5", title: "Doughnut", at: "M1", colors: [COLORS.slice1, COLORS.slice2] },
  { kind: "bar", data: "A1:B5", title: "Bar", at: "M18", colors: [COLORS.bar] },
];

function plan(charts: ChartPlan[]): WorkbookPlan {
  const sheet: SheetPlan = {
    target: { create: SHEET },
    cells: [
      {
        at: "A1",
        rows: [
          ["Channel", "Conversions"],
          ["Search", 120],
          ["Social", 80],
          ["Email", 40],
          ["Feed", 60],
        ],
      },
    ],
    charts,
    pageSetup: { orientation: "landscape", fitToWidth: 1, footer: true },
  };
  return { sheets: [sheet] };
}

describe("charts in files, as LibreOffice prints them", () => {
  const dir = mkdtempSync(join(tmpdir(), "mkt-charts-"));
  let withCharts: Pixels;
  let blank: Pixels;
  const pages = new Map<string, number>();
  const demoSheets = new Map<string, number>();
  /** The text of the en-US demo's decay page, and how many dates its table holds. */
  let decayText = "";
  let decayDates = 0;

  beforeAll(async () => {
    const files: string[] = [];
    const write = async (name: string, p: WorkbookPlan) => {
      const file = join(dir, name);
      writeFileSync(file, (await planToXlsx(p)).bytes);
      files.push(file);
    };
    await write("charts.xlsx", plan(CHARTS));
    await write("blank.xlsx", plan([]));
    for (const locale of ["en-US", "zh-CN"] as const) {
      const demo = buildDemoPlan(locale);
      demoSheets.set(locale, demo.sheets.length);
      await write(`demo-${locale}.xlsx`, demo);
    }
    const pdfs = await toPdf(files);
    for (const [i, pdf] of pdfs.entries()) pages.set(files[i], await pdfPages(pdf));
    const demo = buildDemoPlan("en-US");
    const decay = demo.sheets.findIndex((s) => "create" in s.target && s.target.create === "Campaign decay curve");
    decayDates =
      demo.sheets[decay].cells?.[0].rows.filter((r) => r[0] !== null && typeof r[0] === "object").length ?? 0;
    const page = String(decay + 1);
    decayText = execFileSync("pdftotext", ["-f", page, "-l", page, pdfs[2], "-"]).toString("utf8");
    withCharts = await pageImage(pdfs[0], 1);
    blank = await pageImage(pdfs[1], 1);
    const artifacts = resolve(__dirname, "../../test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    await pagePng(pdfs[0], 1, join(artifacts, "charts-in-file.png"));
  }, 240_000);

  it.each(Object.entries(COLORS))("draws the %s in its colour, absent from the print without charts", (_, color) => {
    expect(countColor(blank, color)).toBe(0);
    expect(countColor(withCharts, color)).toBeGreaterThan(40);
  });

  it("prints the sheet with its four charts on one page, fit to width", () => {
    expect(pages.get(join(dir, "charts.xlsx"))).toBe(1);
  });

  it("labels a trend's x-axis with dates, not date serials", () => {
    // Each date is printed twice: in its cell, and under the chart's axis.
    expect(decayDates).toBeGreaterThan(5);
    expect(decayText.match(/2023-07-\d\d/g)?.length).toBe(2 * decayDates);
    expect(decayText).not.toMatch(/\b451\d\d\b/);
  });

  it.each(["en-US", "zh-CN"])("prints the %s demo workbook one page per sheet", (locale) => {
    expect(pages.get(join(dir, `demo-${locale}.xlsx`))).toBe(demoSheets.get(locale));
  });
});
