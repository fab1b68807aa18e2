import ExcelJS from "exceljs";
import { CellKind, cellValue } from "../../src/core/sheet";
import { readSheet } from "../../src/xlsx/read-workbook";
import { workbookGrids } from "../../src/xlsx/sheet-view";
import { sheetTabular } from "../../src/xlsx/tabular";
import { loadWorkbook, saveWorkbook } from "../../src/xlsx/workbook-io";

/** A saved and reopened sheet whose formulas came to 0, "" and FALSE, next to one that came to 2. */
async function reopened(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.addRow(["path", "total_conversions", "label", "flag"]);
  ws.addRow(["a > b", { formula: "1-1", result: 0 }, { formula: '""', result: "" }, { formula: "1=2", result: false }]);
  ws.addRow(["b", { formula: "1+1", result: 2 }, "x", true]);
  return (await loadWorkbook(await saveWorkbook(wb))).getWorksheet("S")!;
}

describe("formula results read back from a file", () => {
  it("keep a cached 0 or FALSE as data, not as a blank", async () => {
    const ws = await reopened();
    // An empty text result is not stored in the file at all: it reads as blank, as Excel shows it.
    expect(sheetTabular(ws).rows).toEqual([
      ["a > b", 0, null, false],
      ["b", 2, "x", true],
    ]);
  });

  it("are numbers to the checks, not missing values", async () => {
    const grid = readSheet(await reopened());
    const [row, col] = [1 - grid.top, 1 - grid.left]; // B2
    expect(grid.kinds[row * grid.cols + col]).toBe(CellKind.Number);
    expect(cellValue(grid, row, col)).toBe(0);
  });

  it("show as 0 in the preview grid", async () => {
    const ws = await reopened();
    const [grid] = workbookGrids(ws.workbook);
    expect(grid.rows[1][1]?.text).toBe("0");
    expect(grid.rows[1][3]?.text).toBe("FALSE");
  });
});
