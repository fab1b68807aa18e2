import { t } from "../../../src/i18n/catalog";
import type { ReportFacts } from "../../../src/core/report/facts";
import type { AbFact } from "../../../src/core/report/abtests";
import type { DecayFact, FunnelFact } from "../../../src/core/report/trends";
import { recommendations, RULES, ruleSchema } from "../../../src/core/report/rules";

const base: ReportFacts = { sources: new Map(), goals: [], channels: [], actions: [], today: "2026-11-24" };
const fired = (f: Partial<ReportFacts>) => recommendations({ ...base, ...f }).map((r) => r.rule.id);
const funnel = (flagged: string[]): FunnelFact => ({
  sheet: "F",
  leak: { stage: "Order", previous: "Sign-up", dropOff: 0.8, lost: 4800 },
  flagged,
});
const decay = (best: number | undefined, ran: number): DecayFact => ({
  sheet: "D",
  fit: { start: 1000, factor: 0.86, decay: 0.14, halfLife: 4.6, r2: 0.99, best },
  ran,
  points: [],
});
const ab = (test: string, weak: boolean): AbFact => ({ row: 1, test, metric: "CVR", result: null, weak });

describe("recommendation rules on the funnel, the decay and the A/B tests", () => {
  it("are valid data", () => {
    for (const r of RULES) expect(ruleSchema.parse(r)).toEqual(r);
  });

  it("fix the leak stage when the funnel flags one, naming the step and its drop-off", () => {
    const recs = recommendations({ ...base, funnel: funnel(["Order"]) });
    expect(recs.map((r) => r.rule.id)).toEqual(["fix-leak"]);
    expect(t("en-US", recs[0].rule.message, recs[0].params)).toContain("Sign-up → Order");
    expect(t("en-US", recs[0].rule.message, recs[0].params)).toContain("80.0%");
    expect(fired({ funnel: funnel([]) })).toEqual([]);
  });

  it("stop past the decay's best duration, extend before it, and say nothing without one", () => {
    expect(fired({ decay: decay(6.5, 10) })).toEqual(["stop-decay"]);
    expect(fired({ decay: decay(6.5, 6.5) })).toEqual(["stop-decay"]);
    const extend = recommendations({ ...base, decay: decay(6.5, 3) });
    expect(extend.map((r) => r.rule.id)).toEqual(["extend-decay"]);
    expect(t("zh-CN", extend[0].rule.message, extend[0].params)).toContain("6.5");
    expect(fired({ decay: decay(undefined, 10) })).toEqual([]);
  });

  it("re-test where the evidence is insufficient, naming those tests only", () => {
    const recs = recommendations({ ...base, abTests: [ab("Button", false), ab("Copy", true)] });
    expect(recs.map((r) => r.rule.id)).toEqual(["retest"]);
    expect(t("zh-CN", recs[0].rule.message, recs[0].params)).toContain("Copy");
    expect(t("zh-CN", recs[0].rule.message, recs[0].params)).not.toContain("Button");
    expect(t("zh-CN", recs[0].rule.message, recs[0].params)).toContain("显著性不足，结论仅供参考");
    expect(fired({ abTests: [ab("Button", false)] })).toEqual([]);
  });
});
