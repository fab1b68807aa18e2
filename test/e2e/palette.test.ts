import { readFileSync } from "fs";
import { resolve } from "path";
import ExcelJS from "exceljs";
import { artifacts, openPreview, screenshot, harnessForFile } from "./browser";
import { expectNoRepairPrompt } from "../helpers/ooxml-validate/expect";

/** The Colours panel in the preview: a header colour saved to the workbook, then a template in it. */

const h = harnessForFile();

describe("the Colours panel", () => {
  it("saves a header colour that the next template's header row takes, in the grid and the download", async () => {
    const { page, errors } = await openPreview(h, "en-US");
    await page.getByRole("tab", { name: "Report" }).click();
    await page.getByRole("button", { name: "Colours…" }).click();
    const panel = page.getByTestId("palette-panel");
    // The saved palette is read when the panel opens: here the defaults.
    expect(await panel.getByLabel("Header fill", { exact: true }).inputValue()).toBe("#1F4E78");

    // A wrong value is refused, naming the field.
    await panel.getByLabel("Header fill", { exact: true }).fill("#0B6E4");
    await panel.getByRole("button", { name: "Save to workbook" }).click();
    await panel.getByText('Header fill (header.fill): "#0B6E4" is not a colour as #RRGGBB.').first().waitFor();

    await panel.getByLabel("Header fill", { exact: true }).fill("#0B6E4F");
    // A level fill picked from its swatches.
    await panel
      .getByRole("radiogroup", { name: "Suggested colours for Challenge reached (fill)" })
      .getByRole("radio", { name: "#E2EFDA" })
      .click();
    expect(await panel.getByLabel("Challenge reached (fill)", { exact: true }).inputValue()).toBe("#E2EFDA");
    await panel.getByRole("button", { name: "Save to workbook" }).click();
    await panel.getByText("Saved in this workbook: templates and the report now use these colours.").waitFor();
    await panel.screenshot({ path: resolve(artifacts, "view-palette-en-US.png") });

    await page.getByRole("tab", { name: "Templates" }).click();
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByText("Created sheet Evaluation summary.").waitFor();
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("Metric");
    expect(await page.locator('[data-cell="A1"]').getAttribute("data-fill")).toBe("#0B6E4F");
    await screenshot(page, "view-templates-palette");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const downloaded = readFileSync((await download.path())!);
    expectNoRepairPrompt(new Uint8Array(downloaded));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloaded as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const fill = wb.getWorksheet("Evaluation summary")!.getCell("A1").fill;
    expect(fill?.type === "pattern" ? fill.fgColor?.argb : undefined).toBe("FF0B6E4F");
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("speaks Chinese, reads in the dark theme, and resets to the default colours", async () => {
    const { page, errors } = await openPreview(h, "zh-CN", "theme=dark");
    await page.getByRole("tab", { name: "模板" }).click();
    await page.getByRole("button", { name: "配色…" }).click();
    const panel = page.getByTestId("palette-panel");
    await panel.getByLabel("表头填充", { exact: true }).fill("#7030A0");
    await panel.getByRole("button", { name: "保存到工作簿" }).click();
    await panel.getByText(/已保存到本工作簿/).waitFor();
    await panel.screenshot({ path: resolve(artifacts, "view-palette-zh-CN-dark.png") });
    await panel.getByRole("button", { name: "恢复默认" }).click();
    await panel.getByText(/已恢复默认配色/).waitFor();
    expect(await panel.getByLabel("表头填充", { exact: true }).inputValue()).toBe("#1F4E78");
    await page.getByRole("button", { name: "生成模板" }).click();
    await page.getByText(/已创建工作表/).waitFor();
    expect(await page.locator('[data-cell="A1"]').getAttribute("data-fill")).toBe("#1F4E78");
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
