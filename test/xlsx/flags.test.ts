import type ExcelJS from "exceljs";
import { checkSheet, NOTE_MARKER, parseCheckSettings, STATE_SHEET, type Finding } from "../../src/core/checks";
import { ymdToSerial } from "../../src/core/sheet";
import { clearWorkbookFlags, flagWorkbook } from "../../src/xlsx/flags";
import { readFlagState, readSheet } from "../../src/xlsx/read-workbook";
import { loadWorkbook, saveWorkbook } from "../../src/xlsx/workbook-io";
import { buildCheckWorkbook, cellSnapshot, PLANTED } from "./dirty-workbook";

const TODAY = ymdToSerial(2023, 9, 1);
const DATA_SHEETS = ["渠道数据", "汇总", "行动", "周期"];

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await saveWorkbook(wb));
}

function check(wb: ExcelJS.Workbook): Finding[] {
  return DATA_SHEETS.flatMap(
    (name) => checkSheet(readSheet(wb.getWorksheet(name)!), parseCheckSettings({}), TODAY).findings,
  );
}

/** Fill colour (or "none") and note of every cell of the data sheets. */
function looks(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of DATA_SHEETS) {
    wb.getWorksheet(name)!.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const fill = c.fill?.type === "pattern" && c.fill.pattern === "solid" ? (c.fill.fgColor?.argb ?? "?") : "none";
        out[`${name}!${c.address}`] = `${fill}|${c.note === undefined ? "" : JSON.stringify(c.note)}`;
      }),
    );
  }
  return out;
}

describe("flags in an .xlsx", () => {
  let original: ExcelJS.Workbook;
  beforeAll(async () => {
    original = await reopen(buildCheckWorkbook({ dirty: true }));
  });

  it("flag every finding's cell and leave values and formulas exactly as they were", async () => {
    const wb = await reopen(original);
    const findings = check(wb);
    expect(findings).toHaveLength(PLANTED.length);
    flagWorkbook(wb, findings, DATA_SHEETS, { locale: "zh-CN" });
    const after = await reopen(wb);
    expect(cellSnapshot(after, DATA_SHEETS)).toEqual(cellSnapshot(original, DATA_SHEETS));
    const data = after.getWorksheet("渠道数据")!;
    expect((data.getCell("D4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect((data.getCell("A8").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(String(data.getCell("D4").note)).toContain("点击量");
    const report = after.getWorksheet("数据核验")!;
    expect(report.rowCount).toBe(2 + findings.length);
    const link = report.getCell("C3").value as ExcelJS.CellHyperlinkValue;
    expect(link.text).toBe(`${findings[0].sheet}!${findings[0].cell}`);
    expect(link.hyperlink).toContain(findings[0].cell);
    expect(after.getWorksheet(STATE_SHEET)!.state).toBe("veryHidden");
  });

  it("running twice gives the same flags, not doubled ones", async () => {
    const once = await reopen(original);
    flagWorkbook(once, check(once), DATA_SHEETS, { locale: "en-US" });
    const first = await reopen(once);
    flagWorkbook(first, check(first), DATA_SHEETS, { locale: "en-US" });
    const twice = await reopen(first);
    expect(looks(twice)).toEqual(looks(await reopen(once)));
    expect(String(twice.getWorksheet("渠道数据")!.getCell("F6").note).split(NOTE_MARKER)).toHaveLength(2);
    // The state sheet is written over in place (never deleted first); the report is replaced.
    expect(twice.worksheets.map((w) => w.name)).toEqual([...DATA_SHEETS, STATE_SHEET, "Data checks"]);
    expect(readFlagState(twice)?.cells).toEqual(readFlagState(await reopen(once))?.cells);
  });

  it("clear restores the fills and notes that were there, after save and reopen", async () => {
    const wb = await reopen(original);
    flagWorkbook(wb, check(wb), DATA_SHEETS, { locale: "en-US" });
    const flagged = await reopen(wb);
    // The user's own note and fill on F6 survive under the flag.
    expect(String(flagged.getWorksheet("渠道数据")!.getCell("F6").note)).toMatch(/^checked by Li \(F6\)/);
    clearWorkbookFlags(flagged);
    const cleared = await reopen(flagged);
    expect(looks(cleared)).toEqual(looks(original));
    expect(cellSnapshot(cleared, DATA_SHEETS)).toEqual(cellSnapshot(original, DATA_SHEETS));
    expect(cleared.worksheets.map((w) => w.name)).toEqual(DATA_SHEETS);
  });

  it("a re-run after fixing a value restores that cell and flags the rest", async () => {
    const wb = await reopen(original);
    flagWorkbook(wb, check(wb), DATA_SHEETS, { locale: "en-US" });
    const flagged = await reopen(wb);
    flagged.getWorksheet("汇总")!.getCell("C2").value = 5200;
    flagWorkbook(flagged, check(flagged), DATA_SHEETS, { locale: "en-US" });
    const after = await reopen(flagged);
    const c2 = after.getWorksheet("汇总")!.findCell(2, 3)!;
    expect(c2.fill?.type === "pattern" ? c2.fill.pattern : "none").not.toBe("solid");
    expect(c2.note).toBeUndefined();
    expect((after.getWorksheet("汇总")!.getCell("C3").fill as ExcelJS.FillPattern).pattern).toBe("solid");
  });
});
