import type ExcelJS from "exceljs";
import { checkSheet, parseCheckSettings, type Finding } from "../../src/core/checks";
import { columnLetter } from "../../src/core/plan";
import { buildTemplatesPlan, findTemplate, templateLayout } from "../../src/core/templates";
import { ymdToSerial } from "../../src/core/sheet";
import { applyPlanToWorkbook } from "../../src/xlsx/plan/apply";
import { readSheet } from "../../src/xlsx/read-workbook";
import { loadWorkbook, newWorkbook, saveWorkbook } from "../../src/xlsx/workbook-io";

const IDS = [
  "evaluation-summary",
  "channel-efficiency",
  "action-tracking",
  "metric-collection",
  "qualitative-scorecard",
];
const TODAY = ymdToSerial(2023, 9, 1);

/** The generated templates, with sample rows, saved and read back as a user's file would be. */
async function generated(plant?: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = newWorkbook();
  applyPlanToWorkbook(wb, buildTemplatesPlan(IDS, { locale: "zh-CN", sample: true }));
  plant?.(wb);
  return loadWorkbook(await saveWorkbook(wb));
}

/** A cell of a template by column key and data row (0 = first data row). */
function cell(id: string, key: string, row: number): string {
  const layout = templateLayout(findTemplate(id)!, { locale: "zh-CN", sample: true });
  return `${columnLetter(layout.columns.get(key)!)}${layout.firstDataRow + row}`;
}

function findings(wb: ExcelJS.Workbook): Finding[] {
  return wb.worksheets.flatMap((ws) => checkSheet(readSheet(ws), parseCheckSettings({}), TODAY).findings);
}

const label = (f: Finding) => `${f.rule}@${f.sheet}!${f.cell}`;

describe("checks on generated templates", () => {
  it("find every anomaly planted in sample rows, at its cell, beside what the samples themselves show", async () => {
    const clean = await generated();
    const baseline = new Set(findings(clean).map(label));
    const sheetOf = (wb: ExcelJS.Workbook, id: string) => wb.worksheets[IDS.indexOf(id)];
    const planted: string[] = [];
    const dirty = await generated((wb) => {
      const summary = sheetOf(wb, "evaluation-summary");
      const channels = sheetOf(wb, "channel-efficiency");
      const actions = sheetOf(wb, "action-tracking");
      const plant = (
        ws: ExcelJS.Worksheet,
        rule: string,
        id: string,
        key: string,
        row: number,
        value: ExcelJS.CellValue,
      ) => {
        const at = cell(id, key, row);
        ws.getCell(at).value = value;
        planted.push(`${rule}@${ws.name}!${at}`);
      };
      plant(summary, "missing", "evaluation-summary", "actual", 0, null);
      plant(
        summary,
        "duplicates",
        "evaluation-summary",
        "metric",
        1,
        summary.getCell(cell("evaluation-summary", "metric", 0)).value,
      );
      plant(channels, "funnel", "channel-efficiency", "clicks", 0, 10_000_000);
      plant(channels, "types", "channel-efficiency", "conversions", 1, "1,200");
      plant(actions, "types", "action-tracking", "due", 1, "2023-02-30");
    });
    const found = findings(dirty).map(label);
    for (const p of planted) expect(found).toContain(p);
    // Nothing else appears beyond the samples' own findings (the cells planted over may drop out of those).
    const extra = found.filter((f) => !baseline.has(f) && !planted.includes(f));
    expect(extra).toEqual([]);
  });

  it("find what the process documents' own sample rows show: a cost above its base level, actions overdue", async () => {
    const found = findings(await generated());
    const summary = findTemplate("evaluation-summary")!;
    expect(summary).toBeDefined();
    expect(found.filter((f) => f.rule === "targets").length).toBeGreaterThan(0);
    expect(
      found
        .filter((f) => f.rule === "actions")
        .every((f) => f.cell.startsWith(cell("action-tracking", "due", 0).replace(/\d+$/, ""))),
    ).toBe(true);
    // The empty template rows (formulas only) and the totals rows are no data: nothing is missing there.
    expect(found.filter((f) => f.rule === "missing")).toEqual([]);
  });

  it("find the same in the English templates", async () => {
    const wb = newWorkbook();
    applyPlanToWorkbook(wb, buildTemplatesPlan(IDS, { locale: "en-US", sample: true }));
    const en = findings(await loadWorkbook(await saveWorkbook(wb))).map((f) => `${f.rule}@${f.cell}`);
    const zh = findings(await generated()).map((f) => `${f.rule}@${f.cell}`);
    expect(en).toEqual(zh);
    expect(en.length).toBeGreaterThan(0);
  });

  it("find nothing on empty templates", async () => {
    const wb = newWorkbook();
    applyPlanToWorkbook(wb, buildTemplatesPlan(IDS, { locale: "en-US", sample: false }));
    const read = await loadWorkbook(await saveWorkbook(wb));
    expect(findings(read)).toEqual([]);
  });
});
