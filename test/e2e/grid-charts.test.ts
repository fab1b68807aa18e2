import { strFromU8, unzipSync } from "fflate";
import { readFile } from "fs/promises";
import { resolve } from "path";
import { parseRange } from "../../src/core/plan/address";
import type { ChartPlan } from "../../src/core/plan/types";
import { evaluateCampaign } from "../../src/core/report/evaluate";
import { buildTemplatesPlan, TEMPLATE_CATALOG } from "../../src/core/templates";
import { t } from "../../src/i18n/catalog";
import { openXlsx } from "../../src/ooxml/read";
import { applyPlanToWorkbook } from "../../src/xlsx/plan/apply";
import { readSheet } from "../../src/xlsx/read-workbook";
import { newWorkbook } from "../../src/xlsx/workbook-io";
import { artifacts, openPreview, screenshot, startPreviewHarness, type PreviewHarness } from "./browser";

/**
 * The preview's grid draws the charts of the plans it applied, as SVG over the cells they
 * cover, and Download writes them into the file as chart parts. What is expected comes
 * from core's plans, built here from the same templates the page generates.
 */
let h: PreviewHarness;

beforeAll(async () => {
  h = await startPreviewHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const ALL = TEMPLATE_CATALOG.map((d) => d.id);

/** The templates' plan and the report core writes on them, as the preview makes them. */
function expectedPlans() {
  const templates = buildTemplatesPlan(ALL, { locale: "en-US", sample: true });
  const wb = newWorkbook();
  const applied = applyPlanToWorkbook(wb, templates);
  const grids = wb.worksheets.filter((w) => w.state === "visible").map(readSheet);
  const report = evaluateCampaign(grids, { locale: "en-US", stamp: "2026-11-24 10:00", today: 46350 }).plan;
  const sheets = templates.sheets.map((s, i) => ({ name: applied.sheets[i].name, charts: s.charts ?? [] }));
  return { sheets, report: report.sheets[0].charts ?? [] };
}

const points = (chart: ChartPlan) => {
  const r = parseRange(chart.data);
  return r.end.row - r.start.row;
};
const kinds = (charts: readonly ChartPlan[]) => charts.map((c) => c.kind).sort();

describe("charts in the preview's grid", () => {
  it("draws the templates' and the report's charts as SVG and downloads them as chart parts", async () => {
    const expected = expectedPlans();
    const { page, errors } = await openPreview(h, "en-US");
    await page.getByRole("tab", { name: "Templates" }).click();
    await page.getByRole("button", { name: "Generate all" }).click();
    await page.getByText(/^Created sheet /).waitFor();
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
        if (chart.kind === "line")
          expect(await frame.locator("path[data-series]").count()).toBe(
            parseRange(chart.data).end.col - parseRange(chart.data).start.col + 1,
          );
      }
    }
    await page.locator(`[data-sheet-tab="${charted.find((s) => s.charts[0].kind === "funnel")?.name}"]`).click();
    await grid.getByTestId("grid-chart").first().scrollIntoViewIfNeeded();
    await screenshot(page, "grid-charts-funnel-en-US");

    await page.getByRole("tab", { name: "Report" }).click();
    await page.getByRole("button", { name: "Evaluate campaign" }).click();
    await page.getByText(/^Wrote sheet Evaluation report from /).waitFor();
    const report = t("en-US", "rpt.sheet");
    await page.locator(`table[data-sheet="${report}"]`).waitFor();
    const drawn = grid.getByTestId("grid-chart");
    expect(expected.report.length).toBeGreaterThan(0);
    expect(await drawn.count()).toBe(expected.report.length);
    const shownKinds = await drawn.evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-kind") ?? ""));
    expect(shownKinds.sort()).toEqual(kinds(expected.report));
    // The ROI by channel column chart, one column per channel, in the plan's colour.
    const roi = expected.report.find((c) => c.kind === "column");
    expect(roi).toBeDefined();
    const columns = drawn.filter({ has: page.getByRole("img", { name: roi!.title }) });
    expect(await columns.locator("[data-column]").count()).toBe(points(roi!));
    expect(await columns.locator("rect[data-column], [data-column] rect").first().getAttribute("fill")).toBe(
      roi!.colors?.[0],
    );
    for (const chart of expected.report) {
      expect(await drawn.getByRole("img", { name: chart.title }).count()).toBeGreaterThan(0);
      if (chart.kind === "pie" || chart.kind === "doughnut")
        expect(await drawn.locator("[data-slice]").count()).toBeGreaterThan(0);
    }
    // The grid from column A, down to the chart.
    await page.locator(`table[data-sheet="${report}"]`).evaluate((table) => table.parentElement?.scrollTo(0, 0));
    await columns.scrollIntoViewIfNeeded();
    await screenshot(page, "grid-charts-report-en-US");

    // Download: the file holds the report's charts as chart parts on the report sheet.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const path = resolve(artifacts, "grid-charts-download.xlsx");
    await download.saveAs(path);
    const bytes = new Uint8Array(await readFile(path));
    const files = unzipSync(bytes);
    const chartParts = Object.keys(files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    const allCharts = expected.sheets.reduce((n, s) => n + s.charts.length, 0) + expected.report.length;
    expect(chartParts).toHaveLength(allCharts);
    const pkg = openXlsx(bytes);
    const reportPart = pkg.sheets.find((s) => s.name === report)?.part ?? "";
    const drawing = pkg.rels.get(reportPart)?.find((r) => r.type.endsWith("/drawing"))?.target ?? "";
    const drawingRels = pkg.rels.get(drawing) ?? [];
    expect(drawingRels).toHaveLength(expected.report.length);
    const xml = drawingRels.map((r) => strFromU8(files[r.target]));
    const tag = {
      column: "<c:barChart>",
      bar: "<c:barChart>",
      funnel: "<c:barChart>",
      line: "<c:lineChart>",
      pie: "<c:pieChart>",
      doughnut: "<c:doughnutChart>",
    };
    for (const chart of expected.report)
      expect(xml.some((x) => x.includes(tag[chart.kind]) && x.includes(`>${chart.title}<`))).toBe(true);
    const roiXml = xml.find((x) => x.includes('<c:barDir val="col"/>')) ?? "";
    expect(roiXml).toContain(`<c:f>&apos;${report}&apos;!$B$`);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
