import type { ChartPlan } from "../../src/core/plan/types";
import { chartSeries } from "../../src/xlsx/charts/chart-xml";
import { chartValues, MAX_POINTS } from "../../src/xlsx/charts/chart-values";
import { applyPlanToWorkbook } from "../../src/xlsx/plan/apply";
import { newWorkbook } from "../../src/xlsx/workbook-io";

/** What the preview draws of a chart: the values its cells show now, from the cells its chart part references. */

function sheet() {
  const wb = newWorkbook();
  applyPlanToWorkbook(wb, {
    sheets: [
      {
        target: { create: "Data" },
        cells: [
          {
            at: "A1",
            rows: [
              ["Channel", "ROI", "ROAS"],
              ["Search", { formula: "=2.6", result: 2.6 }, 3.6],
              ["Feed", 0.8, "n/a"],
              ["Email", null, 6],
            ],
          },
        ],
        formats: [{ ranges: ["B2:B4"], format: { numberFormat: "0.0%" } }],
      },
    ],
  });
  const ws = wb.getWorksheet("Data");
  if (!ws) throw new Error("no sheet");
  return ws;
}

describe("a chart's values read from its sheet", () => {
  const column: ChartPlan = { kind: "column", data: "A1:C4", title: "By channel", at: "E2", colors: ["#1F4E78"] };

  it("takes labels from the first column and one series per further column, as the chart part does", () => {
    const v = chartValues(sheet(), column);
    expect(v.categories).toEqual(["Search", "Feed", "Email"]);
    expect(v.series.map((s) => s.name)).toEqual(["ROI", "ROAS"]);
    // A formula's result counts; text and blanks are no number.
    expect(v.series[0].values).toEqual([2.6, 0.8, null]);
    expect(v.series[0].texts).toEqual(["260.0%", "80.0%", ""]);
    expect(v.series[1].values).toEqual([3.6, null, 6]);
    expect(v.legend).toBe(true);
    expect(v.colors).toEqual(["#1F4E78"]);
    // The same cells the file's chart part references.
    expect(chartSeries(column, "Data").map((s) => s.values)).toEqual(["Data!$B$2:$B$4", "Data!$C$2:$C$4"]);
  });

  it("follows the cells: an edited value is drawn as it is now", () => {
    const ws = sheet();
    ws.getCell("C3").value = 4.2;
    expect(chartValues(ws, column).series[1].values).toEqual([3.6, 4.2, 6]);
  });

  it("draws one series for a pie, and every column over separate categories", () => {
    const ws = sheet();
    const pie = chartValues(ws, { ...column, kind: "pie" });
    expect(pie.series).toHaveLength(1);
    expect(pie.legend).toBe(true);
    const line = chartValues(ws, { kind: "line", data: "B1:B4", categories: "A2:A4", title: "t", at: "E2" });
    expect(line.categories).toEqual(["Search", "Feed", "Email"]);
    expect(line.series.map((s) => s.name)).toEqual(["ROI"]);
    expect(line.legend).toBe(false);
  });

  it("names a range that cannot be a chart", () => {
    expect(() => chartValues(sheet(), { ...column, data: "A1:A4" })).toThrow(/By channel.*A1:A4 needs a header row/);
  });

  it("reads at most MAX_POINTS points of a very long range", () => {
    const ws = sheet();
    const v = chartValues(ws, { ...column, data: "A1:B100000" });
    expect(v.categories).toHaveLength(MAX_POINTS);
    expect(v.series[0].values).toHaveLength(MAX_POINTS);
    // Reading empty cells creates none.
    expect(ws.rowCount).toBe(4);
  });
});
