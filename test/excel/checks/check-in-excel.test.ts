import { NOTE_MARKER, parseCheckSettings, STATE_SHEET, FLAG_FILLS } from "../../../src/core/checks";
import { ymdToSerial } from "../../../src/core/sheet";
import { checkInExcel, clearFlagsInExcel, selectCell } from "../../../src/excel/checks/run";
import { PAYLOAD_LIMIT, type FakeBook } from "../fake";
import { createFakeExcel } from "../fake";

const TODAY = ymdToSerial(2023, 9, 1);
const settings = parseCheckSettings({});

/** A channel sheet with a formula column, a user's fill and note, and planted anomalies. */
function fill(book: FakeBook, dirty: boolean, rows = 12): void {
  const header = ["渠道", "曝光量", "点击量", "注册量", "点击率", "计划完成时间", "完成状态"];
  header.forEach((h, c) => (book.cell("Data", `${"ABCDEFG"[c]}1`).value = h));
  for (let r = 2; r <= rows + 1; r++) {
    const values: (string | number)[] = [
      `渠道${r}`,
      10000 + (r % 50) * 10,
      800 + (r % 30),
      100 + (r % 7),
      0,
      "2023-10-01",
      "进行中",
    ];
    values.forEach((v, c) => (book.cell("Data", `${"ABCDEFG"[c]}${r}`).value = v));
    const e = book.cell("Data", `E${r}`);
    e.formula = `=C${r}/B${r}`;
    e.value = (values[2] as number) / (values[1] as number);
  }
  book.cell("Data", "A2").fill = "#92D050";
  book.cell("Data", "C4").note = "checked by Li";
  book.cell("Data", "C4").fill = "#92D050";
  if (dirty) {
    book.cell("Data", "C4").value = 20000; // clicks above impressions (and an outlier)
    book.cell("Data", "D6").value = null; // registrations missing
    book.cell("Data", "F8").value = "2023-08-20"; // overdue, in progress
  }
}

function snapshot(book: FakeBook, sheet: string) {
  return [...book.mustSheet(sheet).cells].map(([a, c]) => [a, c.value, c.formula ?? null]).sort();
}
function looks(book: FakeBook, sheet: string) {
  return [...book.mustSheet(sheet).cells].map(([a, c]) => [a, c.fill ?? null, c.note ?? null]).sort();
}

async function run(fake: ReturnType<typeof createFakeExcel>, scope: "sheet" | "selection" = "sheet") {
  return checkInExcel(fake.context, {
    scope,
    settings,
    today: TODAY,
    locale: "en-US",
    useNotes: true,
    suspendScreenUpdating: true,
  });
}

describe("checks in Excel (recording fake)", () => {
  it("flags the planted anomalies, never touching a value or formula", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], active: "Data" });
    fill(fake.book, true);
    const before = snapshot(fake.book, "Data");
    const out = await run(fake);
    expect(out.result.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "funnel@C4",
      "outliers@C4",
      "missing@D6",
      "actions@F8",
    ]);
    expect(snapshot(fake.book, "Data")).toEqual(before);
    const c4 = fake.book.cell("Data", "C4");
    expect(c4.fill).toBe(FLAG_FILLS.error);
    expect(c4.note).toMatch(/^checked by Li\n\n\[Campaign Scorecard\] /);
    expect(fake.book.cell("Data", "F8").fill).toBe(FLAG_FILLS.warning);
    expect(fake.book.cell("Data", "A2").fill).toBe("#92D050");
    expect(fake.book.sheet("Data checks")).toBeDefined();
    expect(fake.book.cell("Data checks", "C3").hyperlink?.textToDisplay).toBe("Data!C4");
    expect(fake.book.mustSheet(STATE_SHEET).visibility).toBe("VeryHidden");
    expect(fake.book.syncs).toBe(out.syncs);
  });

  it("running twice gives the same flags; clear restores fills and notes and removes its sheets", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], active: "Data" });
    fill(fake.book, true);
    const original = looks(fake.book, "Data");
    const values = snapshot(fake.book, "Data");
    await run(fake);
    const once = looks(fake.book, "Data");
    const report = snapshot(fake.book, "Data checks");
    await run(fake);
    expect(looks(fake.book, "Data")).toEqual(once);
    expect(snapshot(fake.book, "Data checks")).toEqual(report);
    expect(fake.book.cell("Data", "C4").note!.split(NOTE_MARKER)).toHaveLength(2);
    // The second run writes its state over the first one's, never deleting it first.
    expect(fake.book.calls.filter((c) => c.sheet === STATE_SHEET && c.op === "delete")).toEqual([]);
    const cleared = await clearFlagsInExcel(fake.context, { useNotes: true, suspendScreenUpdating: true });
    expect(cleared.cleared).toBe(3);
    // Excel cannot delete a very hidden sheet: the plan adapter shows a sheet before deleting it.
    const unhide = fake.book.calls.findIndex(
      (c) => c.sheet === STATE_SHEET && c.op === "visibility" && c.value === "Visible",
    );
    const remove = fake.book.calls.findIndex((c) => c.sheet === STATE_SHEET && c.op === "delete");
    expect(unhide).toBeGreaterThanOrEqual(0);
    expect(unhide).toBeLessThan(remove);
    expect(fake.book.calls[unhide].batch).toBeLessThanOrEqual(fake.book.calls[remove].batch);
    expect(looks(fake.book, "Data")).toEqual(original);
    expect(snapshot(fake.book, "Data")).toEqual(values);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("writes nothing on a clean sheet", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], active: "Data" });
    fill(fake.book, false);
    const out = await run(fake);
    expect(out.result.findings).toEqual([]);
    expect(fake.book.calls.filter((c) => c.op !== "select")).toEqual([]);
    expect(fake.book.sheets).toHaveLength(1);
  });

  it("checks the table around a selected cell", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], active: "Data", selection: "B3" });
    fill(fake.book, true);
    const out = await run(fake, "selection");
    expect(out.result.findings.map((f) => f.cell)).toContain("C4");
  });

  it("reads a big sheet in a bounded number of syncs, each request under 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], active: "Data" });
    fill(fake.book, true, 30_000);
    const out = await run(fake);
    const cells = 30_001 * 7;
    // 1 to find the range, a first small read then one per 100,000 cells (these rows weigh
    // far less than 2 MB), 1 for current looks, 1 for names, 1 per 1,000 writes.
    expect(out.syncs).toBe(fake.book.syncs);
    expect(out.syncs).toBeLessThanOrEqual(1 + 1 + Math.ceil(cells / 100_000) + 1 + 1 + 3);
    expect(fake.book.payloads.every((p) => p.request < PAYLOAD_LIMIT && p.response < PAYLOAD_LIMIT)).toBe(true);
    expect(out.flagged).toBeLessThan(10);
  });

  it("caps the flags of a sheet full of findings and splits the writes", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], active: "Data" });
    fill(fake.book, false, 3000);
    for (let r = 2; r <= 3001; r++) fake.book.cell("Data", `F${r}`).value = "2023-08-01"; // every action overdue
    const out = await checkInExcel(fake.context, {
      scope: "sheet",
      settings,
      today: TODAY,
      locale: "zh-CN",
      useNotes: true,
      suspendScreenUpdating: true,
      maxFlags: 2500,
    });
    expect(out.result.findings).toHaveLength(3000);
    expect(out.flagged).toBe(2500);
    expect(fake.book.cell("Data", "F2501").note).toContain("计划完成时间");
    expect(fake.book.cell("Data", "F2502").note).toBeUndefined();
    for (let b = 1; b <= fake.book.syncs; b++) expect(fake.book.batch(b).length).toBeLessThanOrEqual(2 * 1_000 + 10);
  });

  it("selects a finding's cell in one sync", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], active: "Data" });
    fill(fake.book, true);
    await selectCell(fake.context, "Data", "C4");
    expect(fake.book.syncs).toBe(1);
    expect(fake.book.calls.map((c) => `${c.op}:${c.address ?? ""}`)).toEqual(["activate:", "select:C4"]);
  });
});
