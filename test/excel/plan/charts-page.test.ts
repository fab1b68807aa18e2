import type { SheetPlan } from "../../../src/core/plan/types";
import { buildTemplatesPlan } from "../../../src/core/templates";
import { applyPlanInExcel } from "../../../src/excel/plan/apply";
import { createFakeExcel } from "../fake";

const data: SheetPlan["cells"] = [
  {
    at: "A1",
    rows: [
      ["Channel", "2025", "2026"],
      ["Search", 120, 150],
      ["Social", 80, 95],
      ["Email", 40, 30],
    ],
  },
];

describe("charts through Office.js", () => {
  it("draws each kind as its Excel chart type over the cells the file adapter uses, with the plan's colours", async () => {
    const fake = createFakeExcel();
    await applyPlanInExcel(fake.context, {
      sheets: [
        {
          target: { create: "C" },
          cells: data,
          charts: [
            { kind: "column", data: "A1:C4", title: "By year", at: "E1", colors: ["#112233", "#445566"] },
            {
              kind: "line",
              data: "A1:C4",
              title: "Trend",
              at: "E18",
              size: { columns: 6, rows: 10 },
              colors: ["#AA0000"],
            },
            { kind: "doughnut", data: "A1:B4", title: "Share", at: "N1", colors: ["#010101", "#020202"] },
            { kind: "pie", data: "A1:B4", title: "Pie", at: "N18" },
            { kind: "bar", data: "A1:B4", title: "Funnel", at: "W1" },
          ],
        },
      ],
    });
    const charts = fake.book.mustSheet("C").charts;
    expect(charts.map((c) => c.type)).toEqual(["ColumnClustered", "LineMarkers", "Doughnut", "Pie", "BarClustered"]);
    expect(charts.map((c) => c.position)).toEqual(["E1:L16", "E18:J27", "N1:U16", "N18:U33", "W1:AD16"]);
    expect(charts[0].seriesColors).toEqual({ 0: "#112233", 1: "#445566" });
    expect(charts[1].seriesColors).toEqual({ 0: "#AA0000", 1: "#AA0000" });
    // Slices cycle through the colours, one per data row, labelled with their share.
    expect(charts[2].pointColors).toEqual({ 0: "#010101", 1: "#020202", 2: "#010101" });
    expect(charts[2].showPercentage).toBe(true);
    // Legends: several series or slices; none for one series of bars.
    expect(charts.map((c) => c.legendVisible)).toEqual([true, true, true, true, false]);
    expect(charts[3].pointColors).toBeUndefined();
  });
});

describe("page setup through Office.js", () => {
  const plan = buildTemplatesPlan(["channel-efficiency"], { locale: "en-US", sample: true });

  it("sets orientation, fit to one page wide, title rows and the footer where the host has ExcelApi 1.9", async () => {
    const fake = createFakeExcel({ api: "1.9" });
    await applyPlanInExcel(fake.context, plan, { pageLayout: true });
    const setup = plan.sheets[0].pageSetup;
    expect(setup).toBeDefined();
    expect(fake.book.mustSheet("Channel efficiency").pageLayout).toEqual({
      orientation: setup?.orientation === "landscape" ? "Landscape" : "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printTitleRows: "$1:$1",
      leftFooter: "&A",
      rightFooter: "&P / &N",
    });
    expect(fake.book.syncs).toBe(2);
  });

  it("leaves the page layout alone without ExcelApi 1.9 (an older host would refuse the call)", async () => {
    const fake = createFakeExcel({ api: "1.8" });
    await applyPlanInExcel(fake.context, plan, { pageLayout: false });
    expect(fake.book.mustSheet("Channel efficiency").pageLayout).toEqual({});
    expect(fake.book.calls.filter((c) => c.target === "pageLayout")).toEqual([]);
  });

  it("is refused by a host without ExcelApi 1.9 when asked anyway, as Excel would", async () => {
    const fake = createFakeExcel({ api: "1.8" });
    await expect(applyPlanInExcel(fake.context, plan, { pageLayout: true })).rejects.toThrow(/ExcelApi 1.9/);
  });
});
