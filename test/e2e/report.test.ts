import { openPreview, screenshot, harnessForFile } from "./browser";

/** The Report view in the preview host: templates generated, then the report sheet and its chart. */

const h = harnessForFile();

describe("the Report view", () => {
  it("evaluates the sample campaign: the report sheet first in the grid, ROI by channel drawn in the pane", async () => {
    const { page, errors } = await openPreview(h, "en-US");
    await page.getByRole("tab", { name: "Templates" }).click();
    for (const id of ["channel-efficiency", "action-tracking", "did"])
      await page.locator(`[data-template="${id}"] input[type="checkbox"]`).first().check();
    await page.getByRole("button", { name: "Generate template" }).click();
    await page
      .getByText("Created sheet Evaluation summary, Channel efficiency, Action tracking, Natural growth (DID).")
      .waitFor();

    await page.getByRole("tab", { name: "Report" }).click();
    await page.getByRole("button", { name: "Evaluate campaign" }).click();
    await page
      .getByText(
        "Wrote sheet Evaluation report from Evaluation summary, Channel efficiency, Action tracking, Natural growth (DID).",
      )
      .waitFor();
    const grid = page.locator('table[data-sheet="Evaluation report"]');
    expect(await grid.locator('[data-cell="A1"]').textContent()).toBe("Campaign evaluation report");
    expect(await grid.locator('[data-cell="A5"]').textContent()).toBe(
      "The campaign partly worked: 2 of 3 goals reached base, 1 reached challenge. " +
        "ROI 1.4 net of natural growth (baseline 132,000 from sheet Natural growth (DID)).",
    );
    // The first sheet tab is the report.
    expect(await page.locator("[data-sheet-tab]").first().getAttribute("data-sheet-tab")).toBe("Evaluation report");
    const chart = page.getByRole("complementary").getByTestId("bar-chart");
    expect(await chart.locator("[data-bar]").count()).toBe(4);
    expect(await chart.locator("svg").count()).toBe(1);
    await screenshot(page, "view-report-en-US");
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
