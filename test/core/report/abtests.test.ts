import { t } from "../../../src/i18n/catalog";
import { isCellError } from "../../../src/core/errors";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { findSources } from "../../../src/core/report/sources";
import { abTest } from "../../../src/core/stats";
import { buildSheet, ymdToSerial, type RawCell } from "../../../src/core/sheet";

const TODAY = ymdToSerial(2026, 11, 24);
const KEYS = [
  "test",
  "metric",
  "controlConversions",
  "controlVisitors",
  "variantConversions",
  "variantVisitors",
  "alpha",
];
const abSheet = (locale: "en-US" | "zh-CN", rows: RawCell[][]) =>
  buildSheet("AB", [KEYS.map((k) => t(locale, `tpl.col.${k}` as "tpl.col.test")), ...rows]);
const rowsOf = (plan: ReturnType<typeof buildReportPlan>) => plan.sheets[0].cells?.[0].rows ?? [];

describe("the A/B tests block", () => {
  const rows: RawCell[][] = [
    ["Big button", "CVR", 200, 10000, 300, 10000, null],
    ["New copy", "CVR", 3, 100, 4, 100, 0.05],
    ["Broken", "CVR", 50, 10, 3, 100, null],
  ];
  const facts = reportFacts(findSources([abSheet("zh-CN", rows)]), TODAY);

  it("finds the template by its Chinese headers and judges each test with core's abTest", () => {
    expect(facts.sources.get("ab-test")?.sheet).toBe("AB");
    expect(facts.abTests?.map((a) => a.test)).toEqual(["Big button", "New copy", "Broken"]);
    const core = rows.map((r) => abTest(r[2], r[3], r[4], r[5], r[6] ?? undefined));
    expect(facts.abTests?.[0].result).toEqual(core[0]);
    expect(facts.abTests?.[1].result).toEqual(core[1]);
    expect(isCellError(core[2])).toBe(true);
    expect(facts.abTests?.[2].result).toBeNull();
    expect(facts.abTests?.map((a) => a.weak)).toEqual([false, true, true]);
  });

  it("writes rates, the difference's interval and the verdict; weak evidence carries the disclaimer", () => {
    const plan = buildReportPlan(facts, { locale: "zh-CN", stamp: "x" });
    const all = rowsOf(plan);
    const big = all.find((r) => r[0] === "Big button");
    const small = all.find((r) => r[0] === "New copy");
    const core = abTest(200, 10000, 300, 10000);
    if (isCellError(core)) throw new Error("expected a result");
    expect(big?.slice(1, 4)).toEqual([core.control.rate, core.variant.rate, core.difference.value]);
    // With the template's rate columns, the rates are formulas on them, cached with core's figures.
    const withRates = buildSheet("AB", [
      [...KEYS, "controlRate", "variantRate", "difference"].map((k) => t("en-US", `tpl.col.${k}` as "tpl.col.test")),
      ["Big button", "CVR", 200, 10000, 300, 10000, null, 0.02, 0.03, 0.01],
    ]);
    const linked = rowsOf(
      buildReportPlan(reportFacts(findSources([withRates]), TODAY), { locale: "en-US", stamp: "x" }),
    );
    expect(linked.find((r) => r[0] === "Big button")?.slice(1, 4)).toEqual([
      { formula: "=AB!H2", result: core.control.rate },
      { formula: "=AB!I2", result: core.variant.rate },
      { formula: "=AB!J2", result: core.difference.value },
    ]);
    expect(big?.[5]).toBe(t("zh-CN", `stats.verdict.${core.verdict}`));
    expect(String(small?.[5])).toContain("显著性不足，结论仅供参考");
    expect(all.find((r) => r[0] === "Broken")?.[5]).toBe(t("zh-CN", "rpt.ab.invalid"));
    expect(all.some((r) => r[0] === t("zh-CN", "rpt.ab"))).toBe(true);
  });

  it("is absent without the template", () => {
    const plan = buildReportPlan(reportFacts(findSources([]), TODAY), { locale: "en-US", stamp: "x" });
    expect(rowsOf(plan).some((r) => r[0] === t("en-US", "rpt.ab"))).toBe(false);
  });
});
