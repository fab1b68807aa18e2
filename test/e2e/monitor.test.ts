import { writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formatValue } from "../../src/core/format/number-format";
import { buildTemplatesPlan } from "../../src/core/templates";
import { MONITOR_SAMPLE, monitorSamplePace } from "../../src/core/templates/analysis/monitor";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { harnessForFile, openPreview, screenshot } from "./browser";

const file = join(mkdtempSync(join(tmpdir(), "mkt-e2e-")), "monitor.xlsx");

const h = harnessForFile(async () => {
  const plan = buildTemplatesPlan(["monitor"], { locale: "en-US", sample: true });
  writeFileSync(file, (await planToXlsx(plan)).bytes);
});

describe("the Monitor view in the preview", () => {
  it("reads the campaign monitor, shows the pace, the band chart and the alerts, and inserts MKT.PACE", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByTestId("open-input").setInputFiles(file);
    await page.getByText("Opened monitor.xlsx.").waitFor();
    await page.getByRole("tab", { name: "Monitor", exact: true }).click();
    await page.getByRole("button", { name: "Read the daily table" }).click();
    expect(await page.getByTestId("mon-source").textContent()).toBe("31 rows from Campaign monitor");
    // The panel's target, start and end are filled in from the sheet.
    const pane = page.getByRole("complementary");
    expect(await pane.getByRole("textbox").nth(0).inputValue()).toBe(String(MONITOR_SAMPLE.target));
    expect(await pane.getByRole("textbox").nth(1).inputValue()).toBe(MONITOR_SAMPLE.start);
    expect(await pane.getByRole("textbox").nth(2).inputValue()).toBe(MONITOR_SAMPLE.end);
    await page.getByRole("button", { name: "Show the pace" }).click();

    const expected = monitorSamplePace();
    const status = page.getByTestId("mon-status");
    expect(await status.getAttribute("data-status")).toBe("atRisk");
    expect(await status.textContent()).toContain(
      `Projected ${formatValue(expected.projected, "#,##0.0")} by 2026-03-31`,
    );
    expect(await page.getByTestId("mon-advice").textContent()).toContain(
      formatValue(expected.neededDaily ?? 0, "#,##0.0"),
    );
    expect(await pane.locator('[data-series="forecast"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-alert="2026-03-18"]').count()).toBe(1);
    await screenshot(page, "view-monitor-en-US");

    await page.locator('[data-cell="L25"]').click();
    await page.getByRole("button", { name: "Insert as formulas" }).click();
    const formula = `=MKT.PACE('Campaign monitor'!A2:A32,'Campaign monitor'!B2:B32,14000,"2026-03-01","2026-03-31","run_rate")`;
    await page.getByText(`Wrote ${formula} in`).waitFor();
    expect(await page.locator('[data-cell="L25"]').textContent()).toBe(formula);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says what is missing before it paces", async () => {
    const { page } = await openPreview(h);
    await page.getByTestId("open-input").setInputFiles(file);
    await page.getByText("Opened monitor.xlsx.").waitFor();
    await page.getByRole("tab", { name: "Monitor", exact: true }).click();
    await page.getByRole("button", { name: "Read the daily table" }).click();
    await page.getByRole("complementary").getByRole("textbox").nth(0).fill("0");
    await page.getByRole("button", { name: "Show the pace" }).click();
    await page.getByText("Choose the date and metric columns, and give a target above 0").waitFor();
    await page.close();
  });
});
