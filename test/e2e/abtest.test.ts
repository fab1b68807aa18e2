import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { abTest, sampleSize, DEFAULT_SIZE_SETTINGS, type AbTestResult } from "../../src/core/stats";
import { percent } from "../../src/taskpane/views/abtest-model";
import { openPreview, screenshot, harnessForFile } from "./browser";

const file = join(mkdtempSync(join(tmpdir(), "mkt-e2e-ab-")), "tests.xlsx");

const h = harnessForFile(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tests");
  ws.addRow(["arm", "conversions", "visitors"]);
  ws.addRow(["control", 200, 1000]);
  ws.addRow(["variant", 250, 1000]);
  await wb.xlsx.writeFile(file);
});

const core = abTest(200, 1000, 250, 1000) as AbTestResult;

describe("the A/B test view in the preview", () => {
  it("picks the four cells, shows verdict, intervals and lift in words, and inserts the formula", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByTestId("open-input").setInputFiles(file);
    await page.getByText("Opened tests.xlsx.").waitFor();
    await page.getByRole("tab", { name: "A/B test" }).click();
    const picks: [string, string][] = [
      ["B2", "Control Conversions"],
      ["C2", "Control Visitors"],
      ["B3", "Variant Conversions"],
      ["C3", "Variant Visitors"],
    ];
    for (const [cell, field] of picks) {
      await page.locator(`[data-cell="${cell}"]`).click();
      await page.getByRole("button", { name: `Use the selected cell for ${field}` }).click();
    }
    expect(await page.getByTestId("control-visitors").inputValue()).toBe("1000");
    await page.getByText("from Tests!C3").waitFor();
    expect(await page.getByTestId("ab-verdict").getAttribute("data-verdict")).toBe("significant_lift");
    expect(await page.getByTestId("ab-verdict").textContent()).toBe("Verdict: significant lift");
    const [lo, hi] = core.lift.ci as readonly [number, number];
    expect(await page.getByTestId("ab-lift").textContent()).toBe(
      `The variant converts ${percent(core.lift.value as number, "en-US")} better; the true lift is likely between ${percent(lo, "en-US")} and ${percent(hi, "en-US")}.`,
    );
    const control = page.locator('[data-interval="Control"]');
    expect(Number(await control.getAttribute("data-lower"))).toBe(core.control.ci[0]);
    expect(Number(await page.locator('[data-interval="Variant"]').getAttribute("data-upper"))).toBe(core.variant.ci[1]);
    await screenshot(page, "view-abtest-en-US");

    await page.locator('[data-cell="E5"]').click();
    await page.getByRole("button", { name: "Insert as formulas" }).click();
    await page.getByText("Inserted =MKT.ABTEST into Tests!E5.").waitFor();
    expect(await page.locator('[data-cell="E5"]').textContent()).toBe(
      "=MKT.ABTEST(Tests!B2, Tests!C2, Tests!B3, Tests!C3)",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("plans the sample size from baseline, MDE and daily visitors", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByRole("tab", { name: "A/B test" }).click();
    await page.getByTestId("plan-baseline").fill("3%");
    await page.getByTestId("plan-mde").fill("10%");
    await page.getByTestId("plan-daily").fill("2000");
    const want = sampleSize(0.03, 0.1, null, null, { ...DEFAULT_SIZE_SETTINGS, type: "relative", daily: 2000 });
    if ("error" in want) throw new Error(want.message);
    await page.getByTestId("plan-days").waitFor();
    expect(Number(await page.getByTestId("plan-result").getAttribute("data-per-variant"))).toBe(want.perVariant);
    expect(Number(await page.getByTestId("plan-days").getAttribute("data-days"))).toBe(want.days);
    expect(await page.getByTestId("plan-result").textContent()).toContain(
      `${new Intl.NumberFormat("en-US").format(want.perVariant)} visitors per variant`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("speaks Chinese: typed counts, the insufficient-sample verdict, and errors naming the argument", async () => {
    const { page, errors } = await openPreview(h, "zh-CN");
    await page.getByRole("tab", { name: "A/B 测试" }).click();
    await page.getByTestId("control-conversions").fill("0");
    await page.getByTestId("control-visitors").fill("500");
    await page.getByTestId("variant-conversions").fill("0");
    await page.getByTestId("variant-visitors").fill("500");
    expect(await page.getByTestId("ab-verdict").textContent()).toBe("结论:样本不足");
    expect(await page.getByTestId("ab-lift").textContent()).toBe("对照组没有转化,无法计算提升。");
    expect(await page.getByTestId("ab-stats").textContent()).not.toMatch(/NaN/);
    await screenshot(page, "view-abtest-zh-CN");
    await page.getByTestId("control-conversions").fill("1200");
    expect(await page.getByTestId("ab-error").textContent()).toBe(
      "control_conversions(1200)大于 control_visitors(500)",
    );
    expect(await page.getByRole("button", { name: "以公式插入" }).isDisabled()).toBe(true);
    await page.getByTestId("plan-daily").fill("1000");
    await page.getByText(/每组 .* 名访客/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
