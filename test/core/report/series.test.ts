import { t } from "../../../src/i18n/catalog";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { findSources } from "../../../src/core/report/sources";
import { buildSheet, serialToDate, ymdToSerial, type SheetGrid } from "../../../src/core/sheet";

const TODAY = ymdToSerial(2026, 11, 24);
const day = (d: number) => serialToDate(ymdToSerial(2026, 10, d));
const report = (grids: SheetGrid[]) => {
  const facts = reportFacts(findSources(grids), TODAY, grids);
  return { facts, sheet: buildReportPlan(facts, { locale: "en-US", stamp: "x" }).sheets[0] };
};

/** Daily figures as exported from an ad platform, not in date order, with a target column. */
const daily = buildSheet("Daily", [
  ["Export of 2026-10", null, null],
  ["Date", "Target", "Clicks"],
  [day(3), 500, 420],
  [day(1), 500, 610],
  [day(2), 500, 515],
  [day(4), 500, 380],
]);

describe("the trend of a dated sheet, when there is no decay sheet", () => {
  it("draws the first measure by date, in date order, as formulas on the source cells", () => {
    const { facts, sheet } = report([daily]);
    const s = facts.series;
    if (!s) throw new Error("no series found");
    expect(s.metric).toBe("Clicks");
    expect(s.points.map((p) => p.value)).toEqual([610, 515, 420, 380]);
    expect(s.points.map((p) => p.date)).toEqual(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]);
    const cells = (sheet.cells?.[0].rows ?? []).flat();
    // The first point is row 4 of the sheet (1 October), the date in A and the clicks in C.
    expect(cells).toContainEqual({ formula: "=Daily!A4", result: ymdToSerial(2026, 10, 1) });
    expect(cells).toContainEqual({ formula: "=Daily!C4", result: 610 });
    const line = sheet.charts?.find((c) => c.kind === "line");
    expect(line?.title).toBe(t("en-US", "rpt.series.chart", { metric: "Clicks" }));
    const text = cells.filter((c): c is string => typeof c === "string");
    expect(text).toContain(
      t("en-US", "rpt.series.summary", {
        metric: "Clicks",
        sheet: "Daily",
        count: 4,
        from: "2026-10-01",
        to: "2026-10-04",
        first: "610",
        last: "380",
        change: "-37.7%",
        peak: "610",
        peakDate: "2026-10-01",
      }),
    );
  });

  it("is not drawn from plan dates, deadlines, too few dates, or when a decay sheet is there", () => {
    const plan = buildSheet("Plan", [
      ["Start date", "Budget"],
      [day(1), 100],
      [day(2), 200],
      [day(3), 300],
    ]);
    const few = buildSheet("Few", [
      ["Date", "Clicks"],
      [day(1), 1],
      [day(1), 2],
      [day(2), 3],
    ]);
    expect(report([plan, few]).facts.series).toBeUndefined();
    const decay = buildSheet("Decay", [
      [t("en-US", "tpl.decay.col.date"), t("en-US", "tpl.decay.col.metric")],
      ...[1000, 800, 640].map((v, i) => [ymdToSerial(2026, 11, 1 + i), v]),
    ]);
    const both = report([decay, daily]);
    expect(both.facts.decay).toBeDefined();
    expect(both.facts.series).toBeUndefined();
    expect(both.sheet.charts?.filter((c) => c.kind === "line")).toHaveLength(1);
  });
});
