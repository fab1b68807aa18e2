import { t } from "../../../src/i18n/catalog";
import { achievement } from "../../../src/core/kpi/achievement";
import { roi } from "../../../src/core/kpi/roi";
import { tier } from "../../../src/core/kpi/tier";
import type { PlanCell } from "../../../src/core/plan/types";
import { reportFacts, type ReportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { recommendations, RULES, ruleSchema } from "../../../src/core/report/rules";
import { findSources } from "../../../src/core/report/sources";
import { buildSheet, ymdToSerial, type RawCell } from "../../../src/core/sheet";

const TODAY = ymdToSerial(2026, 11, 24);

const summaryHeader = (locale: "en-US" | "zh-CN") =>
  [
    "metric",
    "unit",
    "direction",
    "target",
    "base",
    "challenge",
    "actual",
    "achievement",
    "level",
    "prevYear",
    "prevPeriod",
    "yoy",
    "mom",
    "anomaly",
    "insight",
  ].map((k) => t(locale, `tpl.col.${k}` as "tpl.col.metric"));
const summaryRows = (locale: "en-US" | "zh-CN", rows: RawCell[][]) =>
  buildSheet("Summary", [summaryHeader(locale), ...rows]);
const channelSheet = (rows: RawCell[][]) =>
  buildSheet("Channels", [
    ["channel", "spend", "impressions", "clicks", "conversions", "revenue", "cac", "roi", "roas", "rank"].map((k) =>
      t("en-US", `tpl.col.${k === "cac" ? "cac" : k}` as "tpl.col.channel"),
    ),
    ...rows,
  ]);

describe("finding the templates", () => {
  it("finds a summary by its Chinese headers, below a title row, and ignores sheets that are not templates", () => {
    const zh = buildSheet("汇总", [
      ["某活动评估"],
      [],
      summaryHeader("zh-CN"),
      ["新增付费用户", "人", "越高越好", 5000, 4000, 5000, 4200],
    ]);
    const other = buildSheet("Notes", [
      ["a", "b"],
      [1, 2],
    ]);
    const found = findSources([other, zh]);
    expect([...found.keys()]).toEqual(["evaluation-summary"]);
    const source = found.get("evaluation-summary");
    expect(source?.sheet).toBe("汇总");
    expect(source?.columns.get("actual")).toBe(6);
    expect(source?.rows.map((r) => r.row)).toEqual([3]);
    expect(reportFacts(found, TODAY).goals[0]).toMatchObject({ metric: "新增付费用户", level: 1, achievement: 0.84 });
  });

  it("leaves out what is absent: no channels, no actions", () => {
    const found = findSources([summaryRows("en-US", [["Leads", "", "higher", 100, 80, 120, 90]])]);
    const facts = reportFacts(found, TODAY);
    expect(facts.channels).toEqual([]);
    expect(facts.actions).toEqual([]);
    const plan = buildReportPlan(facts, { locale: "en-US", stamp: "2026-11-24 10:00" });
    const text = plan.sheets[0].cells?.[0].rows.map((r) => r[0]).filter((v): v is string => typeof v === "string");
    expect(text).toContain(t("en-US", "rpt.kpis"));
    expect(text).not.toContain(t("en-US", "rpt.channels"));
    expect(text).not.toContain(t("en-US", "rpt.actions"));
    expect(plan.sheets[0].charts).toEqual([]);
  });
});

describe("the report's numbers", () => {
  const rows: RawCell[][] = [
    ["Paying users", "", "higher", 5000, 4000, 5000, 4200],
    ["CAC", "", "lower", 200, 220, 180, 240],
    ["Rate", "", "higher", 0.06, 0.05, 0.08, 0.085],
  ];
  const facts = reportFacts(
    findSources([
      summaryRows("en-US", rows),
      channelSheet([
        ["Search", 50000, 0, 0, 600, 180000],
        ["Feed", 60000, 0, 0, 400, 50000],
      ]),
    ]),
    TODAY,
  );

  it("are core's: levels by tier, achievement, ROI", () => {
    expect(facts.goals.map((g) => g.level)).toEqual(rows.map((r) => tier(r[6], r[4], r[5], r[2])));
    expect(facts.goals.map((g) => g.achievement)).toEqual(rows.map((r) => achievement(r[6], r[3], r[2])));
    expect(facts.channels.map((c) => c.roi)).toEqual([roi(180000, 50000), roi(50000, 60000)]);
  });

  it("are formulas on the source cells in the tables, with the values read as cached results", () => {
    const plan = buildReportPlan(facts, { locale: "en-US", stamp: "x" });
    const cells = plan.sheets[0].cells?.[0].rows.flat() ?? [];
    const formulas = cells.filter(
      (c): c is Exclude<PlanCell, null | string | number | boolean | { date: string }> =>
        typeof c === "object" && c !== null && "formula" in c,
    );
    expect(formulas.map((f) => f.formula)).toContain('=IF(Summary!G2="","",Summary!G2)');
    expect(formulas.find((f) => f.formula.includes("Channels!F3"))?.result).toBe(50000);
    expect(plan.sheets[0].charts?.[0]).toMatchObject({ kind: "column" });
    expect(plan.sheets[0].first).toBe(true);
    expect(plan.removeSheets).toEqual(["Evaluation report", "评估报告"]);
  });

  it("says partly worked with the counts, and the channels' ROI as gross (no natural-growth sheet)", () => {
    const plan = buildReportPlan(facts, { locale: "zh-CN", stamp: "x" });
    const verdict = plan.sheets[0].cells?.[0].rows.find(
      (r) => typeof r[0] === "string" && r[0].startsWith("活动"),
    )?.[0];
    expect(verdict).toBe(
      t("zh-CN", "rpt.verdict.partly", { goals: 3, reached: 2, challenge: 1 }) +
        t("zh-CN", "rpt.verdict.gross", { roi: "1.09", spend: "110,000", revenue: "230,000" }),
    );
  });
});

const base: ReportFacts = { sources: new Map(), goals: [], channels: [], actions: [], today: "2026-11-24" };
const channel = (name: string, r: number) => ({
  row: 1,
  channel: name,
  spend: 1,
  revenue: 1 + r,
  roi: r,
  cac: null,
  roas: null,
});
const goal = (level: number) => ({
  row: 1,
  metric: `m${level}`,
  direction: "higher" as const,
  level,
  achievement: 1,
  evidence: "",
});
const fired = (f: Partial<ReportFacts>) => recommendations({ ...base, ...f }).map((r) => r.rule.id);

describe("recommendation rules", () => {
  it("are valid data", () => {
    for (const r of RULES) expect(ruleSchema.parse(r)).toEqual(r);
    expect(() =>
      ruleSchema.parse({ id: "x", when: [{ figure: "nope", op: ">=", value: 1 }], message: "rpt.rule.belowBase" }),
    ).toThrow();
  });

  it("are silent on nothing, and on channels close in ROI with every goal between base and challenge", () => {
    expect(fired({})).toEqual([]);
    expect(fired({ channels: [channel("a", 1), channel("b", 1.2)], goals: [goal(1)] })).toEqual([]);
  });

  it("move budget when ROI differ by 0.5 or more, naming both channels and the gap", () => {
    const recs = recommendations({ ...base, channels: [channel("a", 0.2), channel("b", 1.5)] });
    expect(recs.map((r) => r.rule.id)).toEqual(["shift-budget"]);
    expect(t("en-US", recs[0].rule.message, recs[0].params)).toBe(
      "Move budget from a (ROI 20.0%) to b (ROI 150.0%): the gap is 130.0%.",
    );
  });

  it("stop losing channels, fix goals below base, raise targets, chase overdue actions", () => {
    expect(fired({ channels: [channel("a", -0.1)] })).toEqual(["stop-losing"]);
    expect(fired({ goals: [goal(0), goal(2)] })).toEqual(["below-base"]);
    expect(fired({ goals: [goal(2), goal(2)] })).toEqual(["raise-targets"]);
    const overdue = { row: 1, item: "Fix page", owner: "Li", due: "2026-11-01", done: false, overdue: true };
    expect(fired({ actions: [overdue, { ...overdue, overdue: false }] })).toEqual(["chase-overdue"]);
  });
});
