import { evaluateCampaign } from "../../../src/core/report/evaluate";
import { buildSheet, ymdToSerial, type SheetGrid } from "../../../src/core/sheet";
import { buildDemoPlan } from "../../../src/core/templates/demo";
import { applyPlanInExcel } from "../../../src/excel/plan/apply";
import { formatText, rawValue } from "../../../src/excel/raw-value";
import { readVisibleSheets, WorkbookTooLargeError } from "../../../src/excel/report/read";
import { createFakeExcel, PAYLOAD_LIMIT, type FakeExcel } from "../fake";

const TODAY = ymdToSerial(2023, 9, 1);

/** The demo workbook, as `mkt demo` writes it, in a fake Excel. */
async function demoInExcel(): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  await applyPlanInExcel(fake.context, buildDemoPlan("en-US"));
  return fake;
}

/** The read as it was before: every visible sheet's used range in one response. */
async function readInOneResponse(context: Excel.RequestContext): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const used = sheets.items
    .filter((s) => s.visibility === "Visible")
    .map((s) => ({
      name: s.name,
      range: s.getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex"),
    }));
  await context.sync();
  return used
    .filter((u) => !u.range.isNullObject)
    .map((u) =>
      buildSheet(
        u.name,
        u.range.values.map((row) => row.map(rawValue)),
        {
          top: u.range.rowIndex,
          left: u.range.columnIndex,
          formats: u.range.numberFormat.map((r) => r.map(formatText)),
        },
      ),
    );
}

const evaluate = (grids: readonly SheetGrid[]) =>
  evaluateCampaign(grids, { locale: "en-US", stamp: "2023-09-01 09:00", today: TODAY });

/** `rows` rows of text, about `bytes` bytes each, in column A of a new sheet. */
function textSheet(fake: FakeExcel, name: string, rows: number, bytes: number, visibility = "Visible"): void {
  const sheet = fake.book.addSheet(name);
  sheet.visibility = visibility;
  for (let r = 1; r <= rows; r++) fake.book.cell(name, `A${r}`).value = `${name} row ${r} ${"x".repeat(bytes)}`;
  fake.book.cell(name, "B1").value = 1;
}

describe("the report's read of the workbook (recording fake)", () => {
  it("reads the demo workbook in three syncs, as one response would have read it", async () => {
    const fake = await demoInExcel();
    const reference = await readInOneResponse(fake.context);
    const before = fake.book.syncs;
    const read = await readVisibleSheets(fake.context);
    expect(fake.book.syncs - before).toBe(3); // sheets, used ranges, cells
    expect(read.syncs).toBe(3);
    expect(read.grids.map((g) => g.name)).toEqual(
      buildDemoPlan("en-US").sheets.map((s) => ("create" in s.target ? s.target.create : s.target.existing)),
    );
    expect(read.grids).toEqual(reference);
    expect(evaluate(read.grids)).toEqual(evaluate(reference));
  });

  it("reads sheets holding more than 5 MB of text completely, in syncs each far under 5 MB", async () => {
    const small = await demoInExcel();
    const smallGrids = (await readVisibleSheets(small.context)).grids;
    const fake = await demoInExcel();
    textSheet(fake, "Raw log A", 4000, 1000);
    textSheet(fake, "Raw log B", 4000, 1000);
    textSheet(fake, "Hidden log", 3000, 1000, "Hidden");
    const cut = fake.book.payloads.length;
    const before = fake.book.syncs;
    // One response would carry more than 5 MB: Excel on the web refuses it.
    await expect(readInOneResponse(fake.context)).rejects.toThrow(/ResponsePayloadSizeLimitExceeded|over 5 MB/);
    const start = fake.book.payloads.length;
    const read = await readVisibleSheets(fake.context);
    const payloads = fake.book.payloads.slice(start);
    expect(payloads.length).toBe(read.syncs);
    expect(read.syncs).toBeGreaterThan(5);
    const total = payloads.reduce((sum, p) => sum + p.response, 0);
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT);
    for (const p of payloads) expect(p.response).toBeLessThan(PAYLOAD_LIMIT);
    // Once the first read has shown what a row weighs, each read aims at about 2 MB.
    for (const p of payloads.slice(3)) expect(p.response).toBeLessThan(2_200_000);
    expect(fake.book.payloads.slice(cut, start).some((p) => p.response > PAYLOAD_LIMIT)).toBe(true);
    expect(fake.book.syncs - before).toBeGreaterThan(read.syncs);

    const byName = new Map(read.grids.map((g) => [g.name, g]));
    expect(byName.has("Hidden log")).toBe(false);
    for (const name of ["Raw log A", "Raw log B"]) {
      const g = byName.get(name)!;
      expect(g.rows).toBe(4000);
      for (let r = 0; r < 4000; r++) expect(g.texts[r * g.cols]).toBe(`${name} row ${r + 1} ${"x".repeat(1000)}`);
    }
    const templates = read.grids.filter((g) => !g.name.startsWith("Raw log"));
    expect(templates).toEqual(smallGrids);
    expect(evaluate(templates)).toEqual(evaluate(smallGrids));
  });

  it("reads again with half the rows when a read is refused as over 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["Notes"] });
    fake.book.sheets[0].visibility = "Visible";
    fake.book.addSheet("Log");
    for (let r = 1; r <= 3000; r++) fake.book.cell("Log", `A${r}`).value = `${r} ${"y".repeat(3000)}`;
    fake.book.cell("Notes", "A1").value = "note";
    const read = await readVisibleSheets(fake.context);
    const refused = fake.book.payloads.filter((p) => p.response > PAYLOAD_LIMIT);
    expect(refused).toHaveLength(1); // the first read: nothing told it rows weigh 3 KB
    expect(read.syncs).toBe(fake.book.syncs);
    const log = read.grids[1];
    expect(log.rows).toBe(3000);
    expect(log.texts[2999]).toBe(`3000 ${"y".repeat(3000)}`);
    expect(read.grids[0].texts[0]).toBe("note");
  });

  it("refuses visible sheets of more than 5,000,000 cells with a message, before reading a cell", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    fake.book.cell("Data", "A1").value = "start";
    fake.book.cell("Data", "Z200000").value = "end";
    const error = await readVisibleSheets(fake.context, "en-US").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookTooLargeError);
    expect((error as Error).message).toMatch(/5200000 cells, more than the 5000000/);
    expect(fake.book.syncs).toBe(2);
  });
});
