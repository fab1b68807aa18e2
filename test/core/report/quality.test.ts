import { t } from "../../../src/i18n/catalog";
import { checkSheet, defaultCheckSettings, findingMessage } from "../../../src/core/checks";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { QUALITY_LISTED } from "../../../src/core/report/quality";
import { findSources } from "../../../src/core/report/sources";
import { buildSheet, ymdToSerial, type RawCell } from "../../../src/core/sheet";

const TODAY = ymdToSerial(2026, 11, 24);
const header = ["channel", "spend", "impressions", "clicks", "conversions", "revenue"].map((k) =>
  t("en-US", `tpl.col.${k}` as "tpl.col.channel"),
);
const channels = (rows: RawCell[][]) => buildSheet("Channels", [header, ...rows]);
const texts = (plan: ReturnType<typeof buildReportPlan>) =>
  (plan.sheets[0].cells?.[0].rows ?? []).flat().filter((v): v is string => typeof v === "string");

describe("the data quality block", () => {
  // Clicks above impressions, a duplicated row, a blank spend: what mkt check reports.
  const dirty = channels([
    ["Search", 5000, 1000, 2000, 60, 18000],
    ["Search", 5000, 1000, 2000, 60, 18000],
    ["Feed", null, 3000, 100, 4, 900],
    ["Mail", 800, 5000, 150, 9, 2000],
  ]);

  it("counts the findings of the data checks by rule, and lists the first with links to their cells", () => {
    const expected = checkSheet(dirty, defaultCheckSettings(), TODAY).findings;
    expect(expected.length).toBeGreaterThan(0);
    const facts = reportFacts(findSources([dirty]), TODAY, [dirty]);
    expect(facts.quality?.total).toBe(expected.length);
    const rules = [...new Set(expected.map((f) => f.rule))];
    expect(facts.quality?.byRule.map((r) => r.rule).sort()).toEqual(rules.sort());
    for (const r of facts.quality?.byRule ?? []) expect(r.count).toBe(expected.filter((f) => f.rule === r.rule).length);

    const plan = buildReportPlan(facts, { locale: "zh-CN", stamp: "x" });
    expect(texts(plan)).toContain(t("zh-CN", "rpt.quality"));
    const listed = expected.slice(0, QUALITY_LISTED);
    const links = plan.sheets[0].hyperlinks?.filter((h) => h.text.startsWith("Channels!") && h.cell.startsWith("A"));
    expect(links?.map((h) => h.to)).toEqual(listed.map((f) => ({ sheet: "Channels", cell: f.cell })));
    for (const f of listed) expect(texts(plan)).toContain(findingMessage(f, "zh-CN"));
  });

  it("says there is nothing to report on clean data, and skips a previous report sheet", () => {
    const clean = channels([
      ["Search", 5000, 100000, 2000, 60, 18000],
      ["Feed", 6000, 90000, 1500, 40, 9000],
    ]);
    const oldReport = buildSheet(t("en-US", "rpt.sheet"), [
      ["a", "b"],
      [1, 1],
      [1, 1],
    ]);
    expect(checkSheet(clean, defaultCheckSettings(), TODAY).findings).toEqual([]);
    const facts = reportFacts(findSources([clean]), TODAY, [oldReport, clean]);
    expect(facts.quality?.sheets).toEqual(["Channels"]);
    const plan = buildReportPlan(facts, { locale: "en-US", stamp: "x" });
    expect(texts(plan)).toContain(t("en-US", "rpt.quality.none", { sheets: 1 }));
  });

  it("is absent when the sheets were not given", () => {
    const plan = buildReportPlan(reportFacts(findSources([dirty]), TODAY), { locale: "en-US", stamp: "x" });
    expect(texts(plan)).not.toContain(t("en-US", "rpt.quality"));
  });

  it("writes a hostile value as text, never a formula", () => {
    const hostile = channels([
      ['=HYPERLINK("http://x")', 5000, 1000, 2000, 60, 18000],
      ['=HYPERLINK("http://x")', 5000, 1000, 2000, 60, 18000],
    ]);
    const plan = buildReportPlan(reportFacts(findSources([hostile]), TODAY, [hostile]), {
      locale: "en-US",
      stamp: "x",
    });
    for (const s of texts(plan)) expect(s).not.toMatch(/^\s*[=+\-@]/);
  });
});
