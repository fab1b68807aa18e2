import { evaluateCampaign } from "../../../src/core/report/evaluate";
import { DEFAULT_THEME } from "../../../src/core/report/theme";
import { ymdToSerial } from "../../../src/core/sheet";
import { buildDemoPlan } from "../../../src/core/templates/demo";
import { applyPlanInExcel } from "../../../src/excel/plan/apply";
import { readVisibleSheets } from "../../../src/excel/report/read";
import { createFakeExcel, type FakeExcel } from "../fake";
import { parseCellAddress, cellAddress } from "../../../src/core/sheet";
import type { WorkbookPlan } from "../../../src/core/plan/types";

/**
 * The fake does not calculate: give each formula cell the value Excel would show, the
 * cached result core wrote (the LibreOffice recalculation tests check they agree).
 */
function calculate(fake: FakeExcel, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    const name = "create" in sheet.target ? sheet.target.create : sheet.target.existing;
    for (const block of sheet.cells ?? []) {
      const at = parseCellAddress(block.at);
      if (!at) continue;
      block.rows.forEach((cells, r) =>
        cells.forEach((v, c) => {
          if (v === null || typeof v !== "object" || !("formula" in v)) return;
          const result = v.result;
          if (typeof result === "number" || typeof result === "string" || typeof result === "boolean")
            fake.book.cell(name, cellAddress(at.row + r, at.col + c)).value = result;
        }),
      );
    }
  }
}

/**
 * "Evaluate campaign" in Excel, end to end on the recording fake: the demo workbook read,
 * the report evaluated, and its plan applied through Office.js: the sheet first, its
 * three charts (ROI columns, attribution doughnut, decay line) and the cohort heat map.
 */
describe("the evaluation report written with Office.js", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "writes the %s demo's report first, with its charts and heat map",
    async (locale) => {
      const fake = createFakeExcel({ sheets: ["Sheet1"] });
      const demo = buildDemoPlan(locale);
      await applyPlanInExcel(fake.context, demo);
      calculate(fake, demo);
      const { grids } = await readVisibleSheets(fake.context, locale);
      const { plan } = evaluateCampaign(grids, { locale, stamp: "2026-11-24 09:00", today: ymdToSerial(2026, 11, 24) });
      const before = fake.book.syncs;
      await applyPlanInExcel(fake.context, plan, { chartAxes: true, locale });
      const name = locale === "zh-CN" ? "评估报告" : "Evaluation report";
      expect(fake.book.sheets[0].name).toBe(name);
      const report = fake.book.mustSheet(name);
      const planned = plan.sheets[0];
      expect(report.charts.map((c) => c.type)).toEqual(
        (planned.charts ?? []).map(
          (c) => ({ column: "ColumnClustered", doughnut: "Doughnut", line: "LineMarkers" })[c.kind as "line"],
        ),
      );
      expect(report.charts.map((c) => c.type).sort()).toEqual(["ColumnClustered", "Doughnut", "LineMarkers"]);
      const doughnut = report.charts.find((c) => c.type === "Doughnut");
      const plannedDoughnut = planned.charts?.find((c) => c.kind === "doughnut");
      // The shares of one model, labelled by the channel column, slices in the palette's colours.
      expect(doughnut?.data).toBe(plannedDoughnut?.data);
      expect(doughnut?.xAxisValues).toEqual({ 0: plannedDoughnut?.categories });
      expect(Object.values(doughnut?.pointColors ?? {})).toEqual(DEFAULT_THEME.series.slice(0, 4));
      expect(report.conditionalFormats).toEqual([
        expect.objectContaining({ type: "ColorScale", range: planned.colorScales?.[0].range }),
      ]);
      // One sync to read names, one for the sheet (and the removal of none), as any plan of one sheet.
      expect(fake.book.syncs - before).toBeLessThanOrEqual(3);
    },
  );
});
