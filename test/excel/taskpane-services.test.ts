import { insertFormulaIn } from "../../src/excel/insert-formula";
import { readSelectedTableIn } from "../../src/excel/read-table";
import { createFakeExcel } from "./fake";

function fill(fake: ReturnType<typeof createFakeExcel>, sheet: string, rows: unknown[][]): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => (fake.book.cell(sheet, `${String.fromCharCode(65 + c)}${r + 1}`).value = value as never)),
  );
}

describe("task pane services in Excel (recording fake)", () => {
  it("inserts a formula into the active cell in one sync", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"], active: "Sheet1", selection: "C4" });
    const address = await insertFormulaIn(fake.context, "=MKT.ROI(150000, 50000, 30000)");
    // Range.address is sheet-qualified in Excel.
    expect(address).toBe("Sheet1!C4");
    expect(fake.book.cell("Sheet1", "C4").formula).toBe("=MKT.ROI(150000, 50000, 30000)");
    expect(fake.book.syncs).toBe(1);
  });

  it("says which sheet is protected when the active cell refuses the formula", async () => {
    const fake = createFakeExcel({
      sheets: ["Locked"],
      active: "Locked",
      selection: "B2",
      protectedSheets: ["Locked"],
    });
    await expect(insertFormulaIn(fake.context, "=MKT.ROAS(1, 2)", "zh-CN")).rejects.toThrow(/工作表 "Locked" 受保护/);
    expect(fake.book.cell("Locked", "B2").formula).toBeUndefined();
  });

  it("reads the selected range as a table in one sync", async () => {
    const fake = createFakeExcel({ sheets: ["Paths"], active: "Paths", selection: "A1:B3" });
    fill(fake, "Paths", [
      ["path", "total_conversions"],
      ["a > b", 2],
      ["b", 1],
    ]);
    const table = await readSelectedTableIn(fake.context);
    expect(table.header).toEqual(["path", "total_conversions"]);
    expect(table.rows).toEqual([
      ["a > b", 2],
      ["b", 1],
    ]);
    expect(fake.book.syncs).toBe(1);
  });

  it("reads the whole used range when one cell is selected", async () => {
    const fake = createFakeExcel({ sheets: ["Paths"], active: "Paths", selection: "B2" });
    fill(fake, "Paths", [
      ["path", "total_conversions", "total_null"],
      ["a", 1, 4],
    ]);
    const table = await readSelectedTableIn(fake.context);
    expect(table.header).toEqual(["path", "total_conversions", "total_null"]);
    expect(table.rows).toEqual([["a", 1, 4]]);
    expect(fake.book.syncs).toBe(2);
  });
});
