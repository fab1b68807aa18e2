import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { readTabular } from "../../src/ooxml/file";

describe("readTabular", () => {
  const file = join(mkdtempSync(join(tmpdir(), "tabular-")), "book.xlsx");

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("First");
    first.addRow(["only", "sheet one"]);
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow([]);
    sheet.addRow([" name ", "amount", "when", "link", "status"]);
    sheet.addRow([
      { richText: [{ text: "搜索" }, { text: " > 邮件", font: { bold: true } }] },
      { formula: "2*3", result: 6 },
      new Date(Date.UTC(2026, 0, 31)),
      { text: "site", hyperlink: "https://example.com" },
      { error: "#N/A" },
    ]);
    sheet.addRow([]);
    sheet.addRow(["x", 1.5]);
    await workbook.xlsx.writeFile(file);
  });

  it("reads the first sheet by default", async () => {
    expect(await readTabular(file)).toEqual({ header: ["only", "sheet one"], rows: [] });
  });

  it("reads a named sheet: values not formulas, rich text as text, dates as Date, blank rows skipped", async () => {
    const table = await readTabular(file, "Data");
    expect(table?.header).toEqual(["name", "amount", "when", "link", "status"]);
    expect(table?.rows).toEqual([
      ["搜索 > 邮件", 6, new Date(Date.UTC(2026, 0, 31)), "site", "#N/A"],
      ["x", 1.5, null, null, null],
    ]);
  });

  it("is undefined for a sheet that does not exist", async () => {
    expect(await readTabular(file, "Nope")).toBeUndefined();
  });
});
