import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { attributeTable } from "../../src/core/attribution/from-table";
import { parseAttributionOptions } from "../../src/core/attribution/options";
import { isCellError } from "../../src/core/errors";
import { formatValue } from "../../src/core/format/number-format";
import { mkt } from "../helpers/mkt";
import { openPreview, screenshot, harnessForFile } from "./browser";

const HEADER = ["path", "total_conversions", "total_conversion_value", "total_null"];
const ROWS: (string | number)[][] = [
  ["搜索 > 社交 > 搜索", 30, 9000, 12],
  ["信息流 > 搜索", 25, 7500, 40],
  ["社交 > EDM > 搜索", 15, 4500, 20],
  ["社交 > 信息流", 12, 3600, 30],
  ["搜索", 40, 12000, 60],
  ["EDM", 8, 2400, 25],
];

const file = join(mkdtempSync(join(tmpdir(), "mkt-e2e-")), "paths.xlsx");

const h = harnessForFile(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Paths");
  ws.addRow(HEADER);
  ROWS.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);
});

describe("the Attribution view in the preview", () => {
  it("reads the path table, runs the Markov model, writes the result sheet and charts it", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByTestId("open-input").setInputFiles(file);
    await page.getByText("Opened paths.xlsx.").waitFor();
    await page.getByRole("tab", { name: "Attribution" }).click();
    await page.getByRole("button", { name: "Read the table" }).click();
    expect(await page.getByTestId("attr-source").textContent()).toBe("6 rows from Paths");
    await page.getByRole("button", { name: "Attribute and write the result" }).click();
    await page.getByText("Wrote the result to sheet Attribution.").waitFor();

    const options = parseAttributionOptions({ model: "markov" });
    if (isCellError(options)) throw new Error(options.message);
    const expected = attributeTable(
      { header: HEADER, rows: ROWS },
      { paths: 0, conversions: 1, values: 2, nulls: 3 },
      options,
    );
    if (isCellError(expected)) throw new Error(expected.message);

    expect(await page.locator("table").getAttribute("data-sheet")).toBe("Attribution");
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("Channel");
    for (const [i, channel] of expected.channels.entries()) {
      const row = i + 2;
      expect(await page.locator(`[data-cell="A${row}"]`).textContent()).toBe(channel.channel);
      expect(await page.locator(`[data-cell="B${row}"]`).textContent()).toBe(
        formatValue(channel.conversions, "#,##0.00"),
      );
      expect(await page.locator(`[data-cell="D${row}"]`).textContent()).toBe(formatValue(channel.share, "0.0%"));
    }
    // The pane's chart (the grid draws the sheet's own chart as well).
    const pane = page.getByRole("complementary");
    expect(await pane.locator("[data-bar]").count()).toBe(expected.channels.length);
    expect(await pane.locator("[data-bar]").first().getAttribute("data-bar")).toBe(expected.channels[0].channel);
    await screenshot(page, "view-attribution");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says what is wrong when the table has no usable rows", async () => {
    const { page } = await openPreview(h);
    await page.getByRole("tab", { name: "Attribution" }).click();
    await page.getByRole("button", { name: "Read the table" }).click();
    await page
      .getByText("Could not read the table")
      .or(page.getByText("The table has a header but no rows below it."))
      .waitFor();
    await page.close();
  });

  it("opens a paths file written by mkt paths into a new sheet and attributes it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mkt-e2e-paths-"));
    const events = join(dir, "events.csv");
    writeFileSync(
      events,
      "journey_id,timestamp,channel,conversion,value\nu1,2024-01-01,搜索,0,\nu1,2024-01-02,社交,1,80\nu2,2024-01-03,EDM,1,20\nu3,2024-01-03,搜索,0,\n",
    );
    const paths = join(dir, "paths.csv");
    expect((await mkt("paths", events, "--out", paths)).code).toBe(0);
    const { page, errors } = await openPreview(h);
    await page.getByRole("tab", { name: "Attribution" }).click();
    await page.getByTestId("attr-open-file").setInputFiles(paths);
    const opened = page.getByText(/^Opened paths\.csv into sheet .+: 3 paths\.$/);
    await opened.waitFor();
    const sheet = /into sheet (.+): 3 paths/.exec((await opened.textContent()) ?? "")?.[1];
    expect(sheet).toMatch(/^Paths/);
    expect(await page.locator("table").getAttribute("data-sheet")).toBe(sheet);
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("path");
    await page.getByRole("button", { name: "Attribute and write the result" }).click();
    await page.getByText(/Wrote the result to sheet Attribution/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
