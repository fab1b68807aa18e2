import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { openPreview, screenshot, harnessForFile } from "./browser";
import { expectNoRepairPrompt } from "../helpers/ooxml-validate/expect";

const fixture = join(mkdtempSync(join(tmpdir(), "mkt-e2e-")), "small.xlsx");

/** A small workbook with what the grid must show: number formats, a fill, a note, two sheets. */
async function writeFixture(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Summary");
  ws.addRow(["指标", "目标值", "实际值", "达成率"]);
  ws.addRow(["新增付费用户数", 5000, 4200, { formula: "C2/B2", result: 0.84 }]);
  ws.addRow(["单用户获客成本", 200, 240, { formula: "1-(C3-B3)/ABS(B3)", result: 0.8 }]);
  ws.getCell("D2").numFmt = "0.0%";
  ws.getCell("D3").numFmt = "0.0%";
  ws.getCell("B3").numFmt = '"¥"#,##0.00';
  ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  ws.getCell("C3").note = "over target";
  wb.addWorksheet("Second").addRow(["second sheet"]);
  await wb.xlsx.writeFile(path);
}

const h = harnessForFile(async () => {
  await writeFixture(fixture);
});

describe("the preview host in Chromium", () => {
  it("runs the task pane outside Office, in English and in Chinese", async () => {
    const { page, errors } = await openPreview(h, "en-US");
    await page.getByTestId("host-kind").waitFor();
    expect(await page.getByTestId("host-kind").textContent()).toContain("Preview");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Campaign Scorecard");
    await screenshot(page, "home-en-US");
    expect(errors).toEqual([]);
    await page.close();

    const zh = await openPreview(h, "zh-CN");
    expect(await zh.page.getByRole("heading", { level: 1 }).textContent()).toBe("营销活动评估助手");
    await screenshot(zh.page, "home-zh-CN");
    expect(zh.errors).toEqual([]);
    await zh.page.close();
  });

  it("opens an .xlsx from disk into the grid and downloads it again", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByTestId("open-input").setInputFiles(fixture);
    await page.getByText("Opened small.xlsx.").waitFor();
    // Values with their number formats, fills and notes, as Excel shows them.
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("指标");
    expect(await page.locator('[data-cell="D2"]').textContent()).toBe("84.0%");
    expect(await page.locator('[data-cell="B3"]').textContent()).toBe("¥200.00");
    expect(await page.locator('[data-cell="C3"]').getAttribute("data-fill")).toBe("#FFC7CE");
    expect(await page.locator('[data-cell="C3"]').getAttribute("title")).toBe("over target");
    await page.locator('[data-sheet-tab="Second"]').click();
    expect(await page.locator("table").getAttribute("data-sheet")).toBe("Second");
    await screenshot(page, "preview-opened");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const saved = await download.path();
    expect(download.suggestedFilename()).toBe("small.xlsx");
    expect(readFileSync(saved!).subarray(0, 2).toString()).toBe("PK");
    expectNoRepairPrompt(new Uint8Array(readFileSync(saved!)), new Uint8Array(readFileSync(fixture)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says clearly when a file is not a workbook", async () => {
    const { page } = await openPreview(h);
    await page
      .getByTestId("open-input")
      .setInputFiles({ name: "notes.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("hello") });
    await page.getByText(/Could not open notes\.xlsx: not an \.xlsx workbook/).waitFor();
    await page.close();
  });
});

describe("the Functions view in the preview", () => {
  it("lists every function and inserts an example into the selected cell", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.locator('[data-function="ACHIEVEMENT"]').waitFor();
    await screenshot(page, "view-functions-en-US");
    await page.getByRole("button", { name: "Insert =MKT.ROI(150000, 50000, 30000) into the active cell" }).click();
    await page.getByText("Inserted into Sheet1!A1.").waitFor();
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("=MKT.ROI(150000, 50000, 30000)");
    await page.locator('[data-cell="C4"]').click();
    await page.getByRole("button", { name: "Insert =MKT.GROWTH(4200, 3650) into the active cell" }).click();
    await page.getByText("Inserted into Sheet1!C4.").waitFor();
    expect(await page.locator('[data-cell="C4"]').getAttribute("aria-selected")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });
});
