import ExcelJS from "exceljs";
import { buildTemplatesPlan } from "../../src/core/templates";
import { applyPlanToWorkbook, planToXlsx } from "../../src/xlsx/plan-file";
import { workbookGrids } from "../../src/xlsx/sheet-view";

const tableNames = (wb: ExcelJS.Workbook) =>
  wb.worksheets.flatMap((w) => (w.getTables() as unknown as ExcelJS.Table[]).map((t) => t.name));

describe("applying plans to an ExcelJS workbook", () => {
  const plan = buildTemplatesPlan(["evaluation-summary", "channel-efficiency"], { locale: "en-US", sample: true });

  it("applied twice to one workbook, gives the second copy free sheet and table names", () => {
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, plan);
    const second = applyPlanToWorkbook(wb, plan);
    expect(second.sheets.map((s) => s.name)).toEqual(["Evaluation summary (2)", "Channel efficiency (2)"]);
    expect(tableNames(wb)).toEqual([
      "EvaluationSummary",
      "ChannelEfficiency",
      "EvaluationSummary_2",
      "ChannelEfficiency_2",
    ]);
  });

  it("sees the tables of a workbook read from a file", async () => {
    const { bytes } = await planToXlsx(plan);
    const { bytes: again, summary } = await planToXlsx(plan, bytes);
    expect(summary.tables.map((t) => t.name)).toEqual(["EvaluationSummary_2", "ChannelEfficiency_2"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(again as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Evaluation summary",
      "Channel efficiency",
      "Evaluation summary (2)",
      "Channel efficiency (2)",
    ]);
    expect(tableNames(wb)).toHaveLength(4);
  });

  it("keeps the first activated sheet active in the file", async () => {
    const { bytes } = await planToXlsx(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.views[0]?.activeTab).toBe(0);
  });
});

describe("the preview grid of a generated sheet", () => {
  it("shows core's cached results, blank where the formula gives blank, errors by name", () => {
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, {
      sheets: [
        ...buildTemplatesPlan(["evaluation-summary"], { locale: "en-US", sample: true }).sheets,
        { target: { create: "E" }, cells: [{ at: "A1", rows: [[{ formula: "=1/0", result: { error: "#DIV/0!" } }]] }] },
      ],
    });
    const [summary, errors] = workbookGrids(wb);
    const text = (row: number, col: number) => summary.rows[row][col]?.text;
    expect(text(1, 7)).toBe("84.0%");
    expect(text(2, 7)).toBe("80.0%");
    expect(text(1, 8)).toBe("Base reached");
    expect(text(5, 7)).toBe("");
    expect(errors.rows[0][0]?.text).toBe("#DIV/0!");
  });
});
