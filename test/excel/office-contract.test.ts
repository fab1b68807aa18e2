import { decodeFlagState, parseCheckSettings, STATE_SHEET } from "../../src/core/checks";
import { buildTemplatesPlan } from "../../src/core/templates";
import { ymdToSerial } from "../../src/core/sheet";
import { checkInExcel, clearFlagsInExcel, type ExcelCheckOptions } from "../../src/excel/checks/run";
import { SheetProtectedError } from "../../src/excel/errors";
import { applyPlanInExcel } from "../../src/excel/plan/apply";
import { readSelectedTableIn } from "../../src/excel/read-table";
import { applyPlanToWorkbook } from "../../src/xlsx/plan/apply";
import { newWorkbook } from "../../src/xlsx/workbook-io";
import { createFakeExcel, FakeOfficeError, PAYLOAD_LIMIT, type FakeBook } from "./fake";

/**
 * The adapters under Excel's documented rules (see ./fake): what a lenient stand-in let
 * through. Each test names the rule it depends on.
 */
const TODAY = ymdToSerial(2023, 9, 1);
const settings = parseCheckSettings({});

function dataSheet(book: FakeBook, rows = 12): void {
  const header = ["渠道", "曝光量", "点击量", "注册量", "计划完成时间", "完成状态"];
  header.forEach((h, c) => (book.cell("Data", `${"ABCDEF"[c]}1`).value = h));
  for (let r = 2; r <= rows + 1; r++) {
    [`渠道${r}`, 10000 + (r % 50) * 10, 800 + (r % 30), 100 + (r % 7), "2023-10-01", "进行中"].forEach(
      (v, c) => (book.cell("Data", `${"ABCDEF"[c]}${r}`).value = v),
    );
  }
  book.cell("Data", "C4").value = 20000; // clicks above impressions
  book.cell("Data", "D6").value = null; // missing
  book.cell("Data", "C4").note = "checked by Li";
  book.cell("Data", "C4").fill = "#92D050";
}

function options(api: string, extra: Partial<ExcelCheckOptions> = {}): ExcelCheckOptions {
  const n = Number(api.split(".")[1]);
  return {
    scope: "sheet",
    settings,
    today: TODAY,
    locale: "en-US",
    useNotes: n >= 18,
    suspendScreenUpdating: n >= 9,
    ...extra,
  };
}

const looks = (book: FakeBook) =>
  [...book.mustSheet("Data").cells].map(([a, c]) => [a, c.fill ?? null, c.note ?? null, c.comment ?? null]).sort();

describe("text is written as text, as the ExcelJS adapter writes it", () => {
  it("keeps error literals and a leading apostrophe (Range.formulas reads entries as typed)", async () => {
    const fake = createFakeExcel();
    const texts = ["#N/A", "#DIV/0!", "'quoted", "=1+1", "0012", "plain"];
    await applyPlanInExcel(fake.context, {
      sheets: [{ target: { create: "T" }, cells: [{ at: "A1", rows: [texts] }] }],
    });
    const cells = ["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => fake.book.cell("T", a));
    expect(cells.map((c) => c.value)).toEqual(texts);
    expect(cells.map((c) => c.error ?? c.formula ?? null)).toEqual([null, null, null, null, null, null]);
  });
});

describe("new table names", () => {
  it("avoid defined names too (a table may not take a defined name)", async () => {
    const fake = createFakeExcel({ names: ["EvaluationSummary"] });
    const summary = await applyPlanInExcel(
      fake.context,
      buildTemplatesPlan(["evaluation-summary"], { locale: "en-US", sample: false }),
    );
    expect(summary.tables[0].name).toBe("EvaluationSummary_2");
    expect(fake.book.tables.map((t) => t.name)).toEqual(["EvaluationSummary_2"]);
  });
});

describe("screen updating and requirement sets", () => {
  it("suspends screen updating at most once per batch, and not at all before ExcelApi 1.9", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], api: "1.18" });
    dataSheet(fake.book);
    await checkInExcel(fake.context, options("1.18"));
    for (let b = 1; b <= fake.book.syncs; b++)
      expect(
        fake.book.batch(b).filter((c) => c.op === "suspendScreenUpdatingUntilNextSync").length,
      ).toBeLessThanOrEqual(1);
    const old = createFakeExcel({ sheets: ["Data"], api: "1.8" });
    dataSheet(old.book);
    const out = await checkInExcel(old.context, options("1.8"));
    expect(out.flagged).toBeGreaterThan(0);
    expect(old.book.calls.filter((c) => c.target === "application")).toEqual([]);
  });

  it("without notes (before ExcelApi 1.18) flags are fills and the report: no comments to leave behind", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], api: "1.10" });
    dataSheet(fake.book);
    const before = looks(fake.book);
    await checkInExcel(fake.context, options("1.10"));
    await checkInExcel(fake.context, options("1.10"));
    expect(fake.book.cell("Data", "C4").fill).not.toBe("#92D050");
    expect([...fake.book.mustSheet("Data").cells.values()].filter((c) => c.comment !== undefined)).toEqual([]);
    await clearFlagsInExcel(fake.context, { useNotes: false, suspendScreenUpdating: true });
    expect(looks(fake.book)).toEqual(before);
  });
});

describe("protected sheets", () => {
  it("are found while reading: the findings are listed, nothing is written, the message names the sheet", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], protectedSheets: ["Data"] });
    dataSheet(fake.book);
    const out = await checkInExcel(fake.context, options("1.18"));
    expect(out.result.findings.map((f) => f.cell)).toContain("C4");
    expect(out.flagged).toBe(0);
    expect(out.notFlagged?.message).toMatch(/"Data" is protected/);
    expect(fake.book.calls).toEqual([]);
    const zh = await checkInExcel(fake.context, options("1.18", { locale: "zh-CN" }));
    expect(zh.notFlagged?.message).toMatch(/工作表 "Data" 受保护/);
  });

  it("are refused by the plan adapter before any write", async () => {
    const fake = createFakeExcel({ sheets: ["Data", "Notes"], protectedSheets: ["Notes"] });
    const plan = {
      sheets: [
        { target: { existing: "Data" }, formats: [{ ranges: ["A1"], format: { fill: "#FFC7CE" } }] },
        { target: { existing: "Notes" }, formats: [{ ranges: ["A1"], format: { fill: "#FFC7CE" } }] },
      ],
    };
    await expect(applyPlanInExcel(fake.context, plan, { locale: "zh-CN" })).rejects.toThrow(SheetProtectedError);
    await expect(applyPlanInExcel(fake.context, plan)).rejects.toThrow(/"Notes" is protected/);
    expect(fake.book.calls).toEqual([]);
  });
});

describe("the table around the selected cell", () => {
  it("is the one the cell is in, not every table of the sheet", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: "C4" });
    dataSheet(fake.book);
    // A second table beside it, past a blank column, with a blank in a required column.
    ["渠道", "曝光量"].forEach((h, c) => (fake.book.cell("Data", `${"HI"[c]}1`).value = h));
    fake.book.cell("Data", "H2").value = "x";
    const out = await checkInExcel(fake.context, options("1.18", { scope: "selection" }));
    expect(out.result.cells).toBe(13 * 6);
    expect(out.result.findings.every((f) => f.col < 6)).toBe(true);
  });
});

describe("a range too large to read", () => {
  it("is refused with a message saying how many cells, in the pane's language", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    fake.book.cell("Data", "A1").value = "x";
    fake.book.cell("Data", "Z300000").value = 1; // 26 x 300,000 = 7.8 million cells in use
    await expect(checkInExcel(fake.context, options("1.18", { locale: "zh-CN" }))).rejects.toThrow(
      /7800000 个单元格,超过 Excel 一次可发送的 5000000 个/,
    );
  });
});

describe("a workbook whose structure is protected", () => {
  it("gets no template (no sheet can be added): refused before any write", async () => {
    const fake = createFakeExcel({ protectedStructure: true });
    const plan = buildTemplatesPlan(["evaluation-summary"], { locale: "zh-CN", sample: false });
    await expect(applyPlanInExcel(fake.context, plan, { locale: "zh-CN" })).rejects.toThrow(/工作簿结构受保护/);
    expect(fake.book.calls).toEqual([]);
  });
  it("is checked, its findings listed, and not flagged", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], protectedStructure: true });
    dataSheet(fake.book);
    const out = await checkInExcel(fake.context, options("1.18"));
    expect(out.result.findings.length).toBeGreaterThan(0);
    expect(out.notFlagged?.message).toMatch(/structure is protected/);
    expect(fake.book.calls).toEqual([]);
  });
});

describe("whole-row and whole-column selections", () => {
  it("are trimmed to the used range by the check reader", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: "A:F" });
    dataSheet(fake.book);
    const out = await checkInExcel(fake.context, options("1.18", { scope: "selection" }));
    expect(out.result.cells).toBe(13 * 6);
    expect(out.result.findings.map((f) => f.cell)).toContain("C4");
    expect(Math.max(...fake.book.payloads.map((p) => p.response))).toBeLessThan(100_000);
  });
  it("are trimmed by the table reader", async () => {
    const fake = createFakeExcel({ sheets: ["Paths"], selection: "A:B" });
    fake.book.cell("Paths", "A1").value = "path";
    fake.book.cell("Paths", "B1").value = "total_conversions";
    fake.book.cell("Paths", "A2").value = "a > b";
    fake.book.cell("Paths", "B2").value = 2;
    const table = await readSelectedTableIn(fake.context);
    expect(table).toEqual({ source: "Paths!A1:B2", header: ["path", "total_conversions"], rows: [["a > b", 2]] });
  });
});

describe("reads are chunked by bytes", () => {
  it("reads 100,000 cells of long text with every response under 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const long = "长文本".repeat(20);
    for (let r = 1; r <= 20_000; r++)
      for (const col of "ABCDE") fake.book.cell("Data", `${col}${r}`).value = r === 1 ? `${col}列` : `${long}${r}`;
    const out = await checkInExcel(fake.context, options("1.18"));
    expect(out.result.cells).toBe(100_000);
    expect(fake.book.payloads.every((p) => p.response < PAYLOAD_LIMIT && p.request < PAYLOAD_LIMIT)).toBe(true);
    expect(fake.book.payloads.reduce((n, p) => n + p.response, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
  });
});

describe("the table reader", () => {
  it("reads a table Excel refuses in one response again in parts, each under 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["Paths"], selection: "A:C" });
    const long = "搜索 > 信息流 > ".repeat(8);
    ["path", "total_conversions", "total_null"].forEach((h, c) => (fake.book.cell("Paths", `${"ABC"[c]}1`).value = h));
    for (let r = 2; r <= 20_001; r++) {
      fake.book.cell("Paths", `A${r}`).value = `${long}${r}`;
      fake.book.cell("Paths", `B${r}`).value = r % 7;
      fake.book.cell("Paths", `C${r}`).value = `${long}${r}`;
    }
    const table = await readSelectedTableIn(fake.context);
    expect(table.source).toBe("Paths!A1:C20001");
    expect(table.rows).toHaveLength(20_000);
    expect(table.rows[19_999]).toEqual([`${long}20001`, 20_001 % 7, `${long}20001`]);
    const refused = fake.book.payloads.filter((p) => p.response > PAYLOAD_LIMIT);
    expect(refused).toHaveLength(1); // the first, whole read; then reads of about 2 MB
    expect(fake.book.payloads.length).toBeGreaterThan(3);
  });
});

describe("flag writes survive a failure part-way", () => {
  it("keeps a record of every flag while the old one is replaced", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    dataSheet(fake.book);
    const original = looks(fake.book);
    await checkInExcel(fake.context, options("1.18"));
    // The second run finds D6 fixed and E8 overdue; Excel fails once the flags are written.
    fake.book.cell("Data", "D6").value = 105;
    fake.book.cell("Data", "E8").value = "2023-08-20";
    fake.book.failWhen = (call) =>
      call.target === "worksheets" && call.op === "add" && call.value !== STATE_SHEET
        ? new FakeOfficeError("InvalidOperation", "the user is editing a cell")
        : undefined;
    await expect(checkInExcel(fake.context, options("1.18"))).rejects.toThrow(/editing/);
    fake.book.failWhen = undefined;
    const stateValues = [...fake.book.mustSheet(STATE_SHEET).cells]
      .map(([a, c]) => ({ a, v: c.value }))
      .reduce<unknown[][]>((grid, { a, v }) => {
        const m = /^([A-Z])(\d+)$/.exec(a)!;
        (grid[Number(m[2]) - 1] ??= [])[m[1].charCodeAt(0) - 65] = v;
        return grid;
      }, []);
    const state = decodeFlagState(stateValues);
    const flaggedNow = [...fake.book.mustSheet("Data").cells]
      .filter(([, c]) => c.fill && c.fill !== "#92D050")
      .map(([a]) => a);
    expect(state?.cells.map((c) => c.cell)).toEqual(expect.arrayContaining(flaggedNow));
    await clearFlagsInExcel(fake.context, { useNotes: true, suspendScreenUpdating: true });
    expect(looks(fake.book).filter(([a]) => a !== "D6" && a !== "E8")).toEqual(
      original.filter(([a]) => a !== "D6" && a !== "E8"),
    );
  });
});

describe("both adapters store the same cells", () => {
  it("for text that Excel would read as something else, and for the templates with sample rows", async () => {
    const tricky = [
      "#N/A",
      "#DIV/0!",
      "'quoted",
      "''twice",
      "=SUM(A1)",
      "+1",
      "-x",
      "@x",
      "0012",
      "TRUE",
      "1/2",
      "3%",
      "纯文本",
    ];
    const plans = [
      { sheets: [{ target: { create: "T" }, cells: [{ at: "A1", rows: [tricky, [1, true, null, ""]] }] }] },
      buildTemplatesPlan(["evaluation-summary", "action-tracking"], { locale: "zh-CN", sample: true }),
    ];
    for (const plan of plans) {
      const fake = createFakeExcel({ sheets: [] as string[] });
      const wb = newWorkbook();
      const inExcel = await applyPlanInExcel(fake.context, plan);
      const inFile = applyPlanToWorkbook(wb, plan);
      expect(inExcel.sheets.map((s) => s.name)).toEqual(inFile.sheets.map((s) => s.name));
      let compared = 0;
      for (const { name } of inFile.sheets) {
        wb.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (cell) => {
            const excel = fake.book.cell(name, cell.address);
            const v = cell.value;
            // The file stores newer functions with their _xlfn. prefix; Office.js takes the name as typed.
            if (v !== null && typeof v === "object" && "formula" in v)
              expect(excel.formula).toBe(`=${String(v.formula).replace(/_xl(fn|ws)\./g, "")}`);
            else {
              expect({ at: cell.address, value: excel.value, error: excel.error ?? false }).toEqual({
                at: cell.address,
                value: v instanceof Date ? excel.value : v === "" ? null : v,
                error: false,
              });
            }
            compared++;
          }),
        );
      }
      expect(compared).toBeGreaterThan(10);
    }
  });
});
