import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync } from "fs";
import { readFile } from "fs/promises";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { parseRange } from "../../src/core/plan/address";
import type { ChartPlan } from "../../src/core/plan/types";
import { evaluateCampaign } from "../../src/core/report/evaluate";
import { buildTemplatesPlan, TEMPLATE_CATALOG } from "../../src/core/templates";
import { t } from "../../src/i18n/catalog";
import { openXlsx } from "../../src/ooxml/read";
import { applyPlanToWorkbook } from "../../src/xlsx/plan/apply";
import { runAttribution } from "../../src/taskpane/views/attribution-run";
import { chartValues } from "../../src/xlsx/charts/chart-values";
import { readSheet } from "../../src/xlsx/read-workbook";
import { loadWorkbook, newWorkbook } from "../../src/xlsx/workbook-io";
import { packageProblems } from "../ooxml/writer-structure";
import { artifacts, openPreview, screenshot, harnessForFile } from "./browser";
import { expectNoRepairPrompt } from "../helpers/ooxml-validate/expect";

/**
 * The preview's grid draws the charts of the plans it applied, as SVG over the cells they
 * cover, and Download writes them into the file as chart parts. What is expected comes
 * from core's plans, built here from the same templates the page generates.
 */
const PATHS_HEADER = ["path", "total_conversions", "total_conversion_value", "total_null"];
const PATHS: (string | number)[][] = [
  ["Search > Social > Search", 30, 9000, 12],
  ["Feed > Search", 25, 7500, 40],
  ["Social > EDM > Search", 15, 4500, 20],
  ["Social > Feed", 12, 3600, 30],
  ["Search", 40, 12000, 60],
  ["EDM", 8, 2400, 25],
];
const pathsFile = join(mkdtempSync(join(tmpdir(), "mkt-e2e-")), "paths.xlsx");

const h = harnessForFile(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Paths");
  ws.addRow(PATHS_HEADER);
  PATHS.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(pathsFile);
});

const ALL = TEMPLATE_CATALOG.map((d) => d.id);

/**
 * What the page does, done here by core and the file adapter: optionally the attribution of
 * the paths file (Markov, order 1, as the view's defaults), then every template with sample
 * rows, then the report. Gives each sheet's charts by name and the report's charts with the
 * values they draw.
 */
async function expectedPlans(attribution: boolean) {
  const wb = attribution ? await loadWorkbook(await readFile(pathsFile)) : newWorkbook();
  if (attribution) {
    const outcome = await runAttribution(
      { applyPlan: async (plan) => applyPlanToWorkbook(wb, plan) },
      { source: "Paths", header: PATHS_HEADER, rows: PATHS },
      { paths: 0, conversions: 1, values: 2, nulls: 3 },
      { model: "markov", order: 1 },
      "en-US",
    );
    if (!outcome.ok) throw new Error(outcome.message);
  }
  const sheets = wb.worksheets.map((w) => ({ name: w.name, charts: [] as readonly ChartPlan[] }));
  const templates = buildTemplatesPlan(ALL, { locale: "en-US", sample: true });
  const applied = applyPlanToWorkbook(wb, templates);
  sheets.push(...templates.sheets.map((s, i) => ({ name: applied.sheets[i].name, charts: s.charts ?? [] })));
  const grids = wb.worksheets.filter((w) => w.state === "visible").map(readSheet);
  const plan = evaluateCampaign(grids, { locale: "en-US", stamp: "2026-11-24 10:00", today: 46350 }).plan;
  const done = applyPlanToWorkbook(wb, plan);
  const ws = wb.getWorksheet(done.sheets[0].name);
  if (!ws) throw new Error("no report sheet");
  const report = plan.sheets[0].charts ?? [];
  return { sheets, report, values: report.map((c) => chartValues(ws, c)) };
}

const points = (chart: ChartPlan) => {
  const r = parseRange(chart.data);
  return r.end.row - r.start.row;
};
const kinds = (charts: readonly ChartPlan[]) => charts.map((c) => c.kind).sort();

async function evaluate(page: Page) {
  await page.getByRole("tab", { name: "Report" }).click();
  await page.getByRole("button", { name: "Evaluate campaign" }).click();
  await page.getByText(/^Wrote sheet Evaluation report from /).waitFor();
  await page.locator(`table[data-sheet="${t("en-US", "rpt.sheet")}"]`).waitFor();
}

async function generateAll(page: Page) {
  await page.getByRole("tab", { name: "Templates" }).click();
  await page.getByRole("button", { name: "Generate all" }).click();
  await page.getByText(/^Created sheet /).waitFor();
}

/** The downloaded file's chart parts on a sheet, as XML. */
async function downloadedCharts(page: Page, name: string, sheet: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const path = resolve(artifacts, name);
  await download.saveAs(path);
  const bytes = new Uint8Array(await readFile(path));
  expectNoRepairPrompt(bytes);
  const files = unzipSync(bytes);
  const pkg = openXlsx(bytes);
  const part = pkg.sheets.find((s) => s.name === sheet)?.part ?? "";
  const drawing = pkg.rels.get(part)?.find((r) => r.type.endsWith("/drawing"))?.target ?? "";
  const all = Object.keys(files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
  return { all, bytes, parts: files, onSheet: (pkg.rels.get(drawing) ?? []).map((r) => strFromU8(files[r.target])) };
}

const TAG = {
  column: "<c:barChart>",
  bar: "<c:barChart>",
  funnel: "<c:barChart>",
  line: "<c:lineChart>",
  pie: "<c:pieChart>",
  doughnut: "<c:doughnutChart>",
} as const;

describe("charts in the preview's grid", () => {
  it("draws the templates' and the report's charts as SVG and downloads them as chart parts", async () => {
    const expected = await expectedPlans(false);
    const { page, errors } = await openPreview(h, "en-US");
    await generateAll(page);
    const grid = page.getByRole("region", { name: "Workbook" });

    // Every template with a chart shows it on its sheet: the funnel's stages as bars, the decay as lines.
    const charted = expected.sheets.filter((s) => s.charts.length > 0);
    expect(charted.map((s) => s.charts[0].kind).sort()).toEqual(expect.arrayContaining(["funnel", "line"]));
    for (const sheet of charted) {
      await page.locator(`[data-sheet-tab="${sheet.name}"]`).click();
      await page.locator(`table[data-sheet="${sheet.name}"]`).waitFor();
      const drawn = grid.getByTestId("grid-chart");
      expect(await drawn.count()).toBe(sheet.charts.length);
      for (const [i, chart] of sheet.charts.entries()) {
        const frame = drawn.nth(i);
        expect(await frame.getAttribute("data-chart-kind")).toBe(chart.kind);
        expect(await frame.getByRole("img", { name: chart.title }).count()).toBe(1);
        if (chart.kind === "funnel") expect(await frame.locator("[data-bar]").count()).toBe(points(chart));
        if (chart.kind === "line") {
          const r = parseRange(chart.data);
          expect(await frame.locator("path[data-series]").count()).toBe(r.end.col - r.start.col + 1);
        }
      }
    }
    await page.locator(`[data-sheet-tab="${charted.find((s) => s.charts[0].kind === "funnel")?.name}"]`).click();
    await grid.getByTestId("grid-chart").first().scrollIntoViewIfNeeded();
    await screenshot(page, "grid-charts-funnel-en-US");

    await evaluate(page);
    const report = t("en-US", "rpt.sheet");
    const drawn = grid.getByTestId("grid-chart");
    expect(expected.report.length).toBeGreaterThan(0);
    expect(await drawn.count()).toBe(expected.report.length);
    const shownKinds = await drawn.evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-kind") ?? ""));
    expect(shownKinds.sort()).toEqual(kinds(expected.report));
    // The ROI by channel column chart, one column per channel, in the plan's colour.
    const roi = expected.report.find((c) => c.kind === "column");
    if (!roi) throw new Error("the report has no column chart");
    const columns = drawn.filter({ has: page.getByRole("img", { name: roi.title }) });
    expect(await columns.locator("[data-column]").count()).toBe(points(roi));
    expect(await columns.locator("[data-column] rect").first().getAttribute("fill")).toBe(roi.colors?.[0]);
    for (const chart of expected.report)
      expect(await drawn.getByRole("img", { name: chart.title }).count()).toBeGreaterThan(0);
    // The grid from column A, down to the chart.
    await page.locator(`table[data-sheet="${report}"]`).evaluate((table) => table.parentElement?.scrollTo(0, 0));
    await columns.scrollIntoViewIfNeeded();
    await screenshot(page, "grid-charts-report-en-US");

    // Download (one click) holds every chart, the report's on its sheet, in a package Excel reads without repair.
    const file = await downloadedCharts(page, "grid-charts-download.xlsx", report);
    expect(packageProblems(file.bytes)).toEqual([]);
    expect(file.all).toHaveLength(expected.sheets.reduce((n, s) => n + s.charts.length, 0) + expected.report.length);
    expect(file.onSheet).toHaveLength(expected.report.length);
    for (const chart of expected.report)
      expect(file.onSheet.some((x) => x.includes(TAG[chart.kind]) && x.includes(`>${chart.title}<`))).toBe(true);
    expect(file.onSheet.find((x) => x.includes('<c:barDir val="col"/>'))).toContain(`<c:f>&apos;${report}&apos;!$B$`);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("draws the attribution's bars, then the report's shares as a doughnut, and downloads them", async () => {
    const expected = await expectedPlans(true);
    const { page, errors } = await openPreview(h, "en-US");
    await page.getByTestId("open-input").setInputFiles(pathsFile);
    await page.getByText("Opened paths.xlsx.").waitFor();
    await page.getByRole("tab", { name: "Attribution" }).click();
    await page.getByRole("button", { name: "Read the table" }).click();
    await page.getByRole("button", { name: "Attribute and write the result" }).click();
    await page.getByText("Wrote the result to sheet Attribution.").waitFor();
    const grid = page.getByRole("region", { name: "Workbook" });
    const bars = grid.getByTestId("grid-chart");
    expect(await bars.count()).toBe(1);
    expect(await bars.getAttribute("data-chart-kind")).toBe("bar");
    expect(await bars.locator("[data-bar]").count()).toBe(
      new Set(PATHS.flatMap((p) => String(p[0]).split(" > "))).size,
    );

    await generateAll(page);
    await evaluate(page);
    const drawn = grid.getByTestId("grid-chart");
    const shownKinds = await drawn.evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-kind") ?? ""));
    expect(shownKinds.sort()).toEqual(kinds(expected.report));
    const round = expected.report.findIndex((c) => c.kind === "pie" || c.kind === "doughnut");
    expect(round).toBeGreaterThanOrEqual(0);
    const chart = expected.report[round];
    const values = expected.values[round];
    const pie = drawn.filter({ has: page.getByRole("img", { name: chart.title }) }).getByTestId("pie-chart");
    expect(await pie.getAttribute("data-doughnut")).toBe(chart.kind === "doughnut" ? "true" : null);
    // One slice per share above 0, labelled as the cells show the channels.
    const slices = values.categories.filter((_, i) => (values.series[0].values[i] ?? 0) > 0);
    expect(slices.length).toBeGreaterThan(1);
    expect(
      await pie.locator("[data-slice]").evaluateAll((els) => els.map((e) => e.getAttribute("data-slice"))),
    ).toEqual(slices);
    await page
      .locator(`table[data-sheet="${t("en-US", "rpt.sheet")}"]`)
      .evaluate((table) => table.parentElement?.scrollTo(0, 0));
    await pie.scrollIntoViewIfNeeded();
    await screenshot(page, "grid-charts-report-doughnut-en-US");

    // The plans are written into the opened file itself: one click downloads it, every part of
    // paths.xlsx kept byte for byte beside the new sheets' (no warning, nothing lost).
    const file = await downloadedCharts(page, "grid-charts-attribution-download.xlsx", t("en-US", "rpt.sheet"));
    expect(file.onSheet.some((x) => x.includes(TAG[chart.kind]))).toBe(true);
    // (ExcelJS's zip lists folders as entries too: they are not parts.)
    const original = Object.fromEntries(
      Object.entries(unzipSync(new Uint8Array(readFileSync(pathsFile)))).filter(([name]) => !name.endsWith("/")),
    );
    const edited = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
    expect(Object.keys(original).filter((name) => !(name in file.parts))).toEqual([]);
    expect(packageProblems(file.bytes)).toEqual([]);
    for (const [name, bytes] of Object.entries(original))
      if (!edited.has(name)) expect(Buffer.from(file.parts[name]).equals(Buffer.from(bytes))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
