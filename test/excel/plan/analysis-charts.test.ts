import { buildTemplatesPlan } from "../../../src/core/templates";
import { applyPlanInExcel } from "../../../src/excel/plan/apply";
import { createFakeExcel } from "../fake";

/** The analysis templates in Excel: their charts and heat map, drawn in each sheet's one sync. */
describe("analysis templates applied with Office.js", () => {
  const plan = buildTemplatesPlan(["funnel", "decay", "cohort"], { locale: "en-US", sample: true });

  it("draws Excel's funnel chart where the host has it, and bars top to bottom where it does not", async () => {
    const modern = createFakeExcel({ api: "1.10" });
    await applyPlanInExcel(modern.context, plan, { funnelCharts: true, chartAxes: true });
    expect(modern.book.syncs).toBe(1 + plan.sheets.length);
    expect(modern.book.mustSheet("Funnel analysis").charts).toEqual([
      {
        type: "Funnel",
        data: "A1:B6",
        seriesBy: "Columns",
        title: "Conversion funnel",
        legendVisible: false,
        position: "J3",
      },
    ]);
    const older = createFakeExcel({ api: "1.8" });
    await applyPlanInExcel(older.context, plan, { funnelCharts: false, chartAxes: true, withoutNotes: "skip" });
    expect(older.book.mustSheet("Funnel analysis").charts).toEqual([
      expect.objectContaining({ type: "BarClustered", data: "A1:B6", reversePlotOrder: true }),
    ]);
    // The fake refuses the funnel type below ExcelApi 1.9, as Excel does: so the option matters.
    const refused = createFakeExcel({ api: "1.8" });
    await expect(applyPlanInExcel(refused.context, plan, { funnelCharts: true, withoutNotes: "skip" })).rejects.toThrow(
      /ExcelApi 1.9/,
    );
  });

  it("draws the decay as two lines, metric and fitted curve, over the dates where the host can set them", async () => {
    const fake = createFakeExcel();
    await applyPlanInExcel(fake.context, plan, { chartAxes: true });
    expect(fake.book.mustSheet("Campaign decay curve").charts).toEqual([
      {
        type: "LineMarkers",
        data: "B1:C9",
        seriesBy: "Columns",
        title: "Daily sign-ups and the fitted decay curve",
        position: "F9",
        xAxisValues: { 0: "A2:A9", 1: "A2:A9" },
      },
    ]);
    const chartBatches = fake.book.calls.filter((c) => c.target.startsWith("chart")).map((c) => c.batch);
    expect(new Set(chartBatches)).toEqual(new Set([2, 3]));
    const old = createFakeExcel({ api: "1.6" });
    await applyPlanInExcel(old.context, plan, { chartAxes: false, withoutNotes: "skip" });
    expect(old.book.mustSheet("Campaign decay curve").charts[0].xAxisValues).toBeUndefined();
    expect(old.book.mustSheet("Funnel analysis").charts[0]).toMatchObject({ type: "BarClustered" });
  });

  it("colours the cohort matrix as a heat map: red lowest, yellow middle, green highest", async () => {
    const fake = createFakeExcel();
    await applyPlanInExcel(fake.context, plan);
    const scales = fake.book.mustSheet("Retention and repurchase").conditionalFormats;
    expect(scales).toEqual([
      {
        range: "I2:N7",
        type: "ColorScale",
        colorScale: {
          minimum: { formula: undefined, type: "LowestValue", color: "#F8696B" },
          midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
          maximum: { formula: undefined, type: "HighestValue", color: "#63BE7B" },
        },
      },
    ]);
  });
});
