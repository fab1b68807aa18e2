import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync } from "fflate";
import { farCellWorkbook } from "../fixtures/packages/parts";
import { richWorkbook } from "../fixtures/packages/rich-workbook";
import { buildCheckWorkbook } from "../xlsx/dirty-workbook";
import { openPreview, screenshot, harnessForFile } from "./browser";
import { expectNoRepairPrompt } from "../helpers/ooxml-validate/expect";

const file = join(mkdtempSync(join(tmpdir(), "mkt-e2e-")), "dirty.xlsx");

const h = harnessForFile(async () => {
  await buildCheckWorkbook({ dirty: true }).xlsx.writeFile(file);
});

describe("the Check view in the preview", () => {
  it("flags a dirty sheet, selects a finding's cell, and clears back to the user's own formats", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByTestId("open-input").setInputFiles(file);
    await page.getByText("Opened dirty.xlsx.").waitFor();
    const cell = (a: string) => page.locator(`table[data-sheet="渠道数据"] [data-cell="${a}"]`);
    const before = {
      f6: [await cell("F6").getAttribute("data-fill"), await cell("F6").getAttribute("title")],
      d4: [await cell("D4").getAttribute("data-fill"), await cell("D4").textContent()],
    };
    expect(before.f6).toEqual(["#92D050", "checked by Li (F6)"]);
    expect(before.d4).toEqual([null, "20000"]);

    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check the sheet" }).click();
    await page.getByText(/\d+ findings on 渠道数据\./).waitFor();
    // Flags are fills and notes; the values stay as they were.
    expect(await cell("D4").getAttribute("data-fill")).not.toBeNull();
    expect(await cell("D4").textContent()).toBe("20000");
    expect(await cell("F6").getAttribute("title")).toContain("checked by Li (F6)");
    expect((await cell("F6").getAttribute("title"))!.length).toBeGreaterThan("checked by Li (F6)".length);
    await screenshot(page, "view-check-findings");

    await page.locator('ul[data-rule="funnel"]').getByRole("button", { name: "D4" }).click();
    expect(await cell("D4").getAttribute("aria-selected")).toBe("true");

    await page.getByRole("button", { name: "Clear flags" }).click();
    await page.getByText("Flags cleared; previous formats restored.").waitFor();
    expect([await cell("F6").getAttribute("data-fill"), await cell("F6").getAttribute("title")]).toEqual(before.f6);
    expect([await cell("D4").getAttribute("data-fill"), await cell("D4").textContent()]).toEqual(before.d4);
    await screenshot(page, "view-check-cleared");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("files the preview must not choke on or lose", () => {
  it("a 6 KB file with a value in XFD1048576 is refused with the reason, and the page lives on", async () => {
    const { page, errors } = await openPreview(h);
    const far = join(mkdtempSync(join(tmpdir(), "mkt-e2e-")), "far-cell.xlsx");
    writeFileSync(far, farCellWorkbook());
    await page.getByTestId("open-input").setInputFiles(far);
    await page
      .getByText(/Could not open far-cell\.xlsx: .*XFD1048576 makes the used range/)
      .waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an openpyxl workbook with a chart opens, is checked and downloads with its chart, pivot and image", async () => {
    const { page, errors } = await openPreview(h);
    const rich = join(mkdtempSync(join(tmpdir(), "mkt-e2e-")), "report.xlsx");
    writeFileSync(rich, richWorkbook());
    await page.getByTestId("open-input").setInputFiles(rich);
    await page.getByText("Opened report.xlsx.").waitFor();
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check the sheet" }).click();
    await page.getByText(/\d+ findings? on Data\./).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const downloaded = new Uint8Array(readFileSync((await download.path())!));
    expectNoRepairPrompt(downloaded, richWorkbook());
    const parts = unzipSync(downloaded);
    const before = unzipSync(richWorkbook());
    for (const name of ["xl/charts/chart1.xml", "xl/media/image1.png", "xl/pivotCache/pivotCacheRecords1.xml"])
      expect(Buffer.from(parts[name]).equals(Buffer.from(before[name]))).toBe(true);
    expect(Object.keys(parts).length).toBe(Object.keys(before).length + 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
