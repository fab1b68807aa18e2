import {
  ONE_PAGE_MAX_ROWS,
  pageSetupFor,
  PORTRAIT_MAX_CHARS,
  printedWidth,
  withPageSetups,
} from "../../../src/core/plan/page-setup";
import type { SheetPlan } from "../../../src/core/plan/types";
import { buildTemplatesPlan, TEMPLATE_IDS } from "../../../src/core/templates";

const sheet = (widths: number[], extra: Partial<SheetPlan> = {}): SheetPlan => ({
  target: { create: "S" },
  cells: [{ at: "A1", rows: [widths.map(() => "h")] }],
  columns: [{ column: "A", widths }],
  ...extra,
});

describe("page setup of generated sheets", () => {
  it("prints portrait up to a portrait page's width, landscape past it", () => {
    expect(pageSetupFor(sheet([PORTRAIT_MAX_CHARS / 2, PORTRAIT_MAX_CHARS / 2])).orientation).toBe("portrait");
    expect(pageSetupFor(sheet([PORTRAIT_MAX_CHARS / 2, PORTRAIT_MAX_CHARS / 2 + 1])).orientation).toBe("landscape");
  });

  it("counts unset columns at Excel's default width, and charts' columns", () => {
    expect(printedWidth(sheet([10, 10]))).toBe(20);
    const withChart = sheet([10], { charts: [{ kind: "line", data: "A1:B3", title: "t", at: "C1" }] });
    // A (10), B (default), then the chart's 8 default columns C:J.
    expect(printedWidth(withChart)).toBeCloseTo(10 + 8.43 * 9, 6);
  });

  it("repeats the frozen header rows, fits one page wide and has the footer", () => {
    expect(pageSetupFor(sheet([10], { freeze: { rows: 2, columns: 0 } }))).toEqual({
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 1,
      repeatRows: { first: 1, last: 2 },
      footer: true,
    });
    expect(pageSetupFor(sheet([10])).repeatRows).toBeUndefined();
  });

  it("fits a short sheet one page tall too, and lets a long one take the pages it needs", () => {
    const rows = (n: number): SheetPlan => ({
      target: { create: "S" },
      cells: [{ at: "A1", rows: Array.from({ length: n }, () => ["x"]) }],
    });
    expect(pageSetupFor(rows(ONE_PAGE_MAX_ROWS)).fitToHeight).toBe(1);
    expect(pageSetupFor(rows(ONE_PAGE_MAX_ROWS + 1)).fitToHeight).toBe(0);
    const chart = { kind: "line" as const, data: "A1:B3", title: "t", at: `A${ONE_PAGE_MAX_ROWS - 5}` };
    expect(pageSetupFor({ ...rows(10), charts: [chart] }).fitToHeight).toBe(0);
  });

  it("is given to every template, and never to hidden or existing sheets", () => {
    const plan = buildTemplatesPlan(["all"], { locale: "zh-CN", sample: true });
    expect(plan.sheets).toHaveLength(TEMPLATE_IDS.length);
    for (const s of plan.sheets) expect(s.pageSetup?.repeatRows).toEqual({ first: 1, last: 1 });
    const out = withPageSetups({
      sheets: [sheet([10], { visibility: "veryHidden" }), { target: { existing: "Data" } }, sheet([10])],
    });
    expect(out.sheets.map((s) => s.pageSetup !== undefined)).toEqual([false, false, true]);
  });
});
