import { t } from "../../../src/i18n/catalog";
import type { Locale } from "../../../src/i18n/locale";
import type { WorkbookPlan } from "../../../src/core/plan";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { recommendations } from "../../../src/core/report/rules";
import { findSources } from "../../../src/core/report/sources";
import { ymdToSerial } from "../../../src/core/sheet";
import { buildTemplatesPlan } from "../../../src/core/templates";
import { monitorSamplePace } from "../../../src/core/templates/analysis/monitor";
import { openXlsx, readSheetGrid } from "../../../src/ooxml";
import { planToXlsx } from "../../../src/xlsx/plan-file";

/** The report's pacing block, from the campaign monitor written to a real .xlsx and read back. */

const TODAY = ymdToSerial(2026, 3, 22);

async function grids(plan: WorkbookPlan) {
  const pkg = openXlsx((await planToXlsx(plan)).bytes);
  return pkg.sheets.map((ws) => readSheetGrid(pkg, ws).grid);
}

function monitor(locale: Locale, target?: number): WorkbookPlan {
  const plan = buildTemplatesPlan(["monitor"], { locale, sample: true });
  if (target === undefined) return plan;
  return {
    sheets: [
      ...plan.sheets,
      { target: { existing: t(locale, "tpl.monitor.sheet") }, cells: [{ at: "J1", rows: [[target]] }] },
    ],
  };
}

describe("the report's pacing block", () => {
  it("paces the monitor's sample as core does: at risk, no off-track recommendation", async () => {
    const g = await grids(monitor("zh-CN"));
    const facts = reportFacts(findSources(g), TODAY, g);
    const expected = monitorSamplePace();
    expect(facts.pacing?.pace).toEqual(expected);
    expect(facts.pacing?.pace.status).toBe("atRisk");
    expect(recommendations(facts).map((r) => r.rule.id)).not.toContain("pace-off-track");
  });

  it("off track: the block shows the status and the advice, and the recommendations say what it takes", async () => {
    const g = await grids(monitor("en-US", 18000));
    const facts = reportFacts(findSources(g), TODAY, g);
    expect(facts.pacing?.pace.status).toBe("offTrack");
    const recs = recommendations(facts);
    expect(recs.map((r) => r.rule.id)).toContain("pace-off-track");
    const plan = buildReportPlan(facts, { locale: "en-US", stamp: "2026-03-22 09:00" });
    const text = (plan.sheets[0].cells ?? []).flatMap((b) => b.rows.flat()).filter((c) => typeof c === "string");
    expect(text).toContain("Pacing (Campaign monitor)");
    expect(text).toContain("off track");
    const needed = (18000 - (facts.pacing?.pace.actual ?? 0)) / 10;
    expect(
      text.some(
        (s) =>
          (s as string).startsWith("1. Campaign off pace") &&
          (s as string).includes(needed.toLocaleString("en-US", { maximumFractionDigits: 1 })),
      ),
    ).toBe(true);
  });

  it("is left out without a monitor sheet", async () => {
    const g = await grids(buildTemplatesPlan(["decay"], { locale: "en-US", sample: true }));
    expect(reportFacts(findSources(g), TODAY, g).pacing).toBeUndefined();
  });
});
