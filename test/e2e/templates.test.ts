import { buildTemplatesPlan, TEMPLATE_IDS } from "../../src/core/templates";
import { openPreview, screenshot, harnessForFile } from "./browser";

/** The Templates view in the preview host: generate into the in-browser workbook and see the sheet. */

const h = harnessForFile();

describe("the Templates view", () => {
  it("generates the evaluation summary with sample rows into the workbook", async () => {
    const { page, errors } = await openPreview(h, "en-US");
    await page.getByRole("tab", { name: "Templates" }).click();
    await page.locator('[data-template="channel-efficiency"] input[type="checkbox"]').first().check();
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByText("Created sheet Evaluation summary, Channel efficiency.").waitFor();
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("Metric");
    expect(await page.locator('[data-cell="A2"]').textContent()).toBe("New paying users");
    // Core's cached results show where there is no calculation engine: 4200 of 5000, CAC 240 against 200.
    expect(await page.locator('[data-cell="H2"]').textContent()).toBe("84.0%");
    expect(await page.locator('[data-cell="H3"]').textContent()).toBe("80.0%");
    expect(await page.locator('[data-cell="A1"]').getAttribute("data-fill")).toBe("#1F4E78");
    await screenshot(page, "view-templates-en-US");

    // Again: nothing is overwritten, the new sheets get free names.
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByText("Created sheet Evaluation summary (2), Channel efficiency (2).").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("generates the funnel, decay and cohort sheets and draws their charts in the pane", async () => {
    const { page, errors } = await openPreview(h, "en-US");
    await page.getByRole("tab", { name: "Templates" }).click();
    await page.locator('[data-template="evaluation-summary"] input[type="checkbox"]').first().uncheck();
    for (const id of ["funnel", "decay", "cohort"])
      await page.locator(`[data-template="${id}"] input[type="checkbox"]`).first().check();
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByText("Created sheet Funnel analysis, Campaign decay curve, Retention and repurchase.").waitFor();
    // Core's cached results in the grid: the funnel's flags and the decay's LOGEST figures.
    expect(await page.locator('table[data-sheet="Funnel analysis"] [data-cell="H3"]').textContent()).toBe(
      "leak; largest loss",
    );
    await page.locator('[data-sheet-tab="Campaign decay curve"]').click();
    expect(await page.locator('table[data-sheet="Campaign decay curve"] [data-cell="F4"]').textContent()).toBe(
      "Half-life (days)",
    );
    const charts = page.getByTestId("template-charts");
    await charts.waitFor();
    expect(await charts.locator('[data-testid="bar-chart"] [data-bar]').count()).toBe(5);
    expect(await charts.locator('[data-testid="line-chart"] circle').count()).toBe(8);
    expect(await charts.locator('[data-testid="heat-map"] [data-cell]').count()).toBe(21);
    await charts.locator('[data-testid="line-chart"]').scrollIntoViewIfNeeded();
    await screenshot(page, "view-templates-analysis-charts");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("speaks Chinese in a Chinese task pane", async () => {
    const { page, errors } = await openPreview(h, "zh-CN");
    await page.getByRole("tab", { name: "模板" }).click();
    await page.getByRole("button", { name: "全部生成" }).click();
    await page.getByText(/已创建工作表 评估计划表, 核心指标数据采集表/).waitFor();
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("评估主题");
    await screenshot(page, "view-templates-zh-CN");
    // Every template is there, as a sheet whose header row is the plan's.
    const plan = buildTemplatesPlan(TEMPLATE_IDS, { locale: "zh-CN", sample: false });
    for (const sheet of plan.sheets) {
      const name = "create" in sheet.target ? sheet.target.create : sheet.target.existing;
      await page.locator(`[data-sheet-tab="${name}"]`).click();
      const header = sheet.cells![0].rows[0];
      expect(await page.locator(`table[data-sheet="${name}"] [data-cell="A1"]`).textContent()).toBe(String(header[0]));
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
