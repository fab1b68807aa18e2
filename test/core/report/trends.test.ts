import { t } from "../../../src/i18n/catalog";
import { fitDecay, funnelStages } from "../../../src/core/analysis";
import { isCellError } from "../../../src/core/errors";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { findSources } from "../../../src/core/report/sources";
import { buildSheet, ymdToSerial } from "../../../src/core/sheet";

const TODAY = ymdToSerial(2026, 11, 24);
const funnelSheet = (locale: "en-US" | "zh-CN") =>
  buildSheet("漏斗", [
    [
      t(locale, "tpl.funnel.col.stage"),
      t(locale, "tpl.funnel.col.count"),
      null,
      t(locale, "tpl.funnel.threshold"),
      0.5,
    ],
    ["Visit", 10000],
    ["Sign-up", 6000],
    ["Order", 1200],
    ["Pay", 1000],
  ]);
const START = ymdToSerial(2026, 11, 1);
const VALUES = [1000, 820, 700, 560, 480, 390, 330];
const decaySheet = (locale: "en-US" | "zh-CN") =>
  buildSheet("Decay", [
    [t(locale, "tpl.decay.col.date"), t(locale, "tpl.decay.col.metric"), null, t(locale, "tpl.decay.threshold"), 400],
    ...VALUES.map((v, i) => [START + i, v]),
  ]);

describe("the funnel and decay blocks", () => {
  const grids = [funnelSheet("zh-CN"), decaySheet("en-US")];
  const facts = reportFacts(findSources(grids), TODAY, grids);

  it("name the stage that leaks most, as core's funnel computes it", () => {
    const stages = funnelStages(
      [10000, 6000, 1200, 1000].map((count, i) => ({ stage: ["Visit", "Sign-up", "Order", "Pay"][i], count })),
      0.5,
    );
    if (isCellError(stages)) throw new Error("expected stages");
    const largest = stages.find((s) => s.largest);
    expect(facts.funnel?.leak.stage).toBe(largest?.stage);
    expect(facts.funnel?.leak.previous).toBe("Sign-up");
    expect(facts.funnel?.leak.dropOff).toBe(largest?.dropOff);
    expect(facts.funnel?.flagged).toEqual(stages.filter((s) => s.leak).map((s) => s.stage));
  });

  it("give the decay's half-life and best duration from core's fit, with a line chart on formulas", () => {
    const fit = fitDecay(
      VALUES.map((value, period) => ({ period, value })),
      400,
    );
    if (isCellError(fit)) throw new Error("expected a fit");
    expect(facts.decay?.fit).toEqual(fit);
    expect(facts.decay?.ran).toBe(VALUES.length - 1);
    const plan = buildReportPlan(facts, { locale: "en-US", stamp: "x" });
    const sheet = plan.sheets[0];
    const chart = sheet.charts?.find((c) => c.kind === "line");
    expect(chart?.title).toBe(t("en-US", "rpt.decay.chart"));
    const texts = (sheet.cells?.[0].rows ?? []).flat();
    expect(texts).toContainEqual({ formula: "=Decay!B2", result: 1000 });
    expect(texts.some((c) => typeof c === "string" && c.includes((fit.halfLife ?? 0).toFixed(1)))).toBe(true);
    expect(texts.some((c) => typeof c === "string" && c.startsWith(t("en-US", "rpt.funnel.leak").slice(0, 20)))).toBe(
      true,
    );
  });

  it("are absent when the templates are", () => {
    const only = [buildSheet("x", [["a"], [1]])];
    const none = reportFacts(findSources(only), TODAY, only);
    expect(none.funnel).toBeUndefined();
    expect(none.decay).toBeUndefined();
    const plan = buildReportPlan(none, { locale: "en-US", stamp: "x" });
    expect(plan.sheets[0].charts?.some((c) => c.kind === "line")).toBe(false);
  });
});

describe("analysis tables beside other blocks", () => {
  it("finds the funnel beside a notes block whose header row is lower, with its threshold", () => {
    const t0 = "en-US" as const;
    const sheet = buildSheet("Mixed", [
      [
        t(t0, "tpl.funnel.col.stage"),
        t(t0, "tpl.funnel.col.count"),
        null,
        null,
        null,
        null,
        null,
        t(t0, "tpl.funnel.threshold"),
        0.5,
      ],
      ["Visit", 10000, null, "Campaign notes", null],
      ["Sign-up", 6000, null, null, null],
      ["Order", 1200, null, "Owner", "Region", "Comment"],
      ["Pay", 1000, null, "Ann", "North", "ok"],
      [null, null, null, "Bob", "South", "late"],
      [null, null, null, "Cy", "East", "ok"],
    ]);
    const facts = reportFacts(findSources([sheet]), TODAY, [sheet]);
    expect(facts.funnel?.sheet).toBe("Mixed");
    expect(facts.funnel?.leak.stage).toBe("Order");
    // The threshold beside the table is read: every step losing 50% or more is flagged.
    expect(facts.funnel?.flagged).toEqual(["Order"]);
  });
});
