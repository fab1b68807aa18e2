/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read before load and sync on purpose, and sync through a helper the rules do not follow */
import { createFakeExcel, FakeOfficeError, PAYLOAD_LIMIT } from ".";

/** The fake refuses what Excel refuses: one test per modelled behaviour (sources in ./office DOCS). */
async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : `not an Office error: ${String(e)}`;
  }
}

describe("the Office.js fake", () => {
  it("qualifies Range.address with the sheet, quoting names that need it", async () => {
    const { context } = createFakeExcel({ sheets: ["Sheet1", "My data"] });
    const a = context.workbook.worksheets.getItem("Sheet1").getRange("c4");
    const b = context.workbook.worksheets.getItem("My data").getRange("A1:B2");
    a.load("address");
    b.load("address");
    await context.sync();
    expect([a.address, b.address]).toEqual(["Sheet1!C4", "'My data'!A1:B2"]);
  });

  it("throws PropertyNotLoaded before load and sync, and after a failed sync", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    const range = fake.context.workbook.worksheets.getItem("A").getRange("A1");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    fake.context.workbook.worksheets.getItem("A").getRange("A1").values = [[1, 2]]; // wrong shape
    expect(await codeOf(fake.context.sync())).toBe("InvalidArgument");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  it("refuses a note on a cell that has one, and keeps notes and comments apart", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    const ws = fake.context.workbook.worksheets.getItem("A");
    ws.notes.add(ws.getRange("B2"), "first");
    fake.context.workbook.comments.add(ws.getRange("B2"), "a comment");
    await fake.context.sync();
    expect(fake.book.cell("A", "B2")).toMatchObject({ note: "first", comment: "a comment" });
    ws.notes.add(ws.getRange("B2"), "second");
    expect(await codeOf(fake.context.sync())).toBe("InvalidArgument");
    fake.context.workbook.comments.getItemByCell(ws.getRange("C3")).delete();
    expect(await codeOf(fake.context.sync())).toBe("ItemNotFound");
    ws.notes.getItem("A!B2").delete();
    await fake.context.sync();
    expect(fake.book.cell("A", "B2")).toMatchObject({ comment: "a comment" });
    expect(fake.book.cell("A", "B2").note).toBeUndefined();
  });

  it("refuses writes to a protected sheet, and reports protection after load", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"], protectedSheets: ["A"] });
    const a = fake.context.workbook.worksheets.getItem("A");
    a.protection.load("protected");
    await fake.context.sync();
    expect(a.protection.protected).toBe(true);
    a.getRange("A1").format.fill.color = "#FF0000";
    expect(await codeOf(fake.context.sync())).toBe("AccessDenied");
    fake.context.workbook.worksheets.getItem("B").getRange("A1").values = [["ok"]];
    await fake.context.sync();
    expect(fake.book.cell("B", "A1").value).toBe("ok");
    expect(fake.book.cell("A", "A1").fill).toBeUndefined();
  });

  it("refuses adding, deleting or hiding a sheet while the workbook's structure is protected", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"], protectedStructure: true });
    fake.context.workbook.load("protection/protected");
    await fake.context.sync();
    expect(fake.context.workbook.protection.protected).toBe(true);
    fake.context.workbook.worksheets.add("C");
    expect(await codeOf(fake.context.sync())).toBe("AccessDenied");
    fake.context.workbook.worksheets.getItem("B").delete();
    expect(await codeOf(fake.context.sync())).toBe("AccessDenied");
    fake.context.workbook.worksheets.getItem("B").visibility = "Hidden";
    expect(await codeOf(fake.context.sync())).toBe("AccessDenied");
    fake.context.workbook.worksheets.getItem("B").getRange("A1").values = [[1]];
    await fake.context.sync();
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["A", "B"]);
  });

  it("measures every request and response, and refuses either over 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    const ws = fake.context.workbook.worksheets.getItem("A");
    const big = "x".repeat(1000);
    ws.getRange("A1:A6000").values = Array.from({ length: 6000 }, () => [big]);
    expect(await codeOf(fake.context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.book.cell("A", "A1").value).toBeNull(); // nothing of a refused request is applied
    ws.getRange("A1:A3000").values = Array.from({ length: 3000 }, () => [big]);
    await fake.context.sync();
    ws.getRange("B1:B3000").values = Array.from({ length: 3000 }, () => [big]);
    await fake.context.sync();
    const read = ws.getRange("A1:B3000");
    read.load("values");
    expect(await codeOf(fake.context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => read.values).toThrow(/PropertyNotLoaded/);
    const [refusedRequest, write, , refusedResponse] = fake.book.payloads;
    expect(refusedRequest.request).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(write.request).toBeLessThan(PAYLOAD_LIMIT);
    expect(refusedResponse.response).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("refuses a whole-column read as Excel would (about 3 bytes a blank cell)", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    const cols = fake.context.workbook.worksheets.getItem("A").getRange("A:D");
    cols.load("values");
    expect(await codeOf(fake.context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("refuses APIs newer than the host's ExcelApi set", async () => {
    const fake = createFakeExcel({ sheets: ["A"], api: "1.8" });
    fake.context.application.suspendScreenUpdatingUntilNextSync();
    expect(await codeOf(fake.context.sync())).toBe("ApiNotFound");
    const ws = fake.context.workbook.worksheets.getItem("A");
    fake.context.workbook.comments.add(ws.getRange("A1"), "c");
    expect(await codeOf(fake.context.sync())).toBe("ApiNotFound");
    ws.notes.add(ws.getRange("A1"), "n");
    expect(await codeOf(fake.context.sync())).toBe("ApiNotFound");
  });

  it("refuses a table name taken by a table or a defined name", async () => {
    const fake = createFakeExcel({ sheets: ["A"], names: ["Budget"] });
    const ws = fake.context.workbook.worksheets.getItem("A");
    ws.tables.add("A1:B3", true).name = "budget";
    expect(await codeOf(fake.context.sync())).toBe("InvalidArgument");
  });

  it("types entries as Excel does: quote prefix dropped, error literals, formulas, numbers", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    fake.context.workbook.worksheets.getItem("A").getRange("A1:F1").formulas = [
      ["'=x", "#N/A", "=1+1", "0012", "''a", "text"],
    ];
    await fake.context.sync();
    const cells = ["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => fake.book.cell("A", a));
    expect(cells.map((c) => c.value)).toEqual(["=x", "#N/A", null, 12, "'a", "text"]);
    expect(cells.map((c) => Boolean(c.error))).toEqual([false, true, false, false, false, false]);
    expect(cells[2].formula).toBe("=1+1");
  });

  it("cannot delete a very hidden sheet", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    const b = fake.context.workbook.worksheets.getItem("B");
    b.visibility = "VeryHidden";
    b.delete();
    expect(await codeOf(fake.context.sync())).toBe("InvalidOperation");
  });

  it("finds the region around a cell, bounded by blank rows and columns", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    for (const a of ["A1", "B1", "A2", "B3", "C3", "E1", "E2", "A6"]) fake.book.cell("A", a).value = 1;
    const ws = fake.context.workbook.worksheets.getItem("A");
    const left = ws.getRange("B2").getSurroundingRegion();
    const right = ws.getRange("E2").getSurroundingRegion();
    left.load("address");
    right.load("address");
    await fake.context.sync();
    expect([left.address, right.address]).toEqual(["A!A1:C3", "A!E1:E2"]);
  });

  it("trims a range to its used cells, or gives a null object", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    fake.book.cell("A", "B2").value = 1;
    fake.book.cell("A", "C5").value = 2;
    const ws = fake.context.workbook.worksheets.getItem("A");
    const used = ws.getRange("A:C").getUsedRangeOrNullObject(true);
    const none = ws.getRange("E:F").getUsedRangeOrNullObject(true);
    used.load("address");
    none.load("address");
    await fake.context.sync();
    expect(used.address).toBe("A!B2:C5");
    expect(none.isNullObject).toBe(true);
  });
});

describe("the Office.Settings fake (DOCS.settings)", () => {
  it("keeps set and remove in memory until saveAsync persists them in the document", async () => {
    const { FakeSettings } = await import("./settings");
    const settings = new FakeSettings();
    const value = { series: ["#112233"] };
    settings.set("palette", value);
    value.series.push("#FFFFFF"); // stored as JSON: a later change to the object is not the setting's
    expect(settings.get("palette")).toEqual({ series: ["#112233"] });
    settings.reopen(); // closed without saveAsync: the change is lost
    expect(settings.get("palette")).toBeNull();

    settings.set("palette", { accent: "#000080" });
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    settings.remove("palette"); // removed in memory only
    settings.reopen();
    expect(settings.get("palette")).toEqual({ accent: "#000080" });
  });
});
