import type { TemplateInput } from "../schema";
import { ACHIEVEMENT_REVISED, LOWER, TARGET } from "./achievement-formula";

/** True when the row has what the level needs; {$x} keeps the column fixed for conditional formats. */
const HAS = (level: string) => `ISNUMBER({$actual}),ISNUMBER({$${level}})`;
const REACHED = (level: string) => `IF({$direction}={#tpl.choice.lower},{$actual}<={$${level}},{$actual}>={$${level}})`;

/*
 * Evidence of a rate metric with counts (compute-stats.ts/evidenceCell): the 95% Wilson
 * interval of successes / trials as text, and 显著性不足，结论仅供参考 when the rate is
 * not significantly different from the target rate (the revised one when there is one) in
 * (0, 1) (score test, |z| < Φ⁻¹(0.975)).
 */
const Z95 = "NORM.S.INV(0.975)";
const CENTRE = `({successes}+${Z95}^2/2)/({trials}+${Z95}^2)`;
const HALF = `${Z95}/({trials}+${Z95}^2)*SQRT({successes}*({trials}-{successes})/{trials}+${Z95}^2/4)`;
const LOW = `IF({successes}=0,0,MAX(0,${CENTRE}-${HALF}))`;
const HIGH = `IF({successes}={trials},1,MIN(1,${CENTRE}+${HALF}))`;
const RATE_TARGET = `AND(ISNUMBER(${TARGET}),${TARGET}>0,${TARGET}<1)`;
const WEAK =
  `IF(${RATE_TARGET},IF(ABS({successes}/{trials}-${TARGET})/SQRT(${TARGET}*(1-${TARGET})/{trials})<${Z95},` +
  `{#tpl.evidence.sep}&{#tpl.evidence.weak},""),"")`;
const EVIDENCE =
  `=IF(OR({successes}="",{trials}=""),"",IF(NOT(AND(ISNUMBER({successes}),ISNUMBER({trials}),{successes}>=0,` +
  `{successes}<={trials},{trials}>0)),"",TEXT(${LOW},"0.0%")&" – "&TEXT(${HIGH},"0.0%")&${WEAK}))`;

/**
 * 效果评估分析汇总表: targets with base and challenge levels against actuals.
 * Achievement follows core's kpi/achievement: higher is better 1+(a-t)/|t| (= a/t for a
 * positive target), lower is better 1-(a-t)/|t|; a zero target gives #DIV/0!. t is the
 * revised target when one is given (the original stays in "target", with the revision's
 * date and reason in the last columns). Growth
 * follows kpi/growth: (cur-prev)/|prev|. Levels follow kpi/tier.
 */
export const evaluationSummary: TemplateInput = {
  id: "evaluation-summary",
  sheet: "tpl.evaluationSummary.sheet",
  description: "tpl.evaluationSummary.description",
  tableName: "EvaluationSummary",
  columns: [
    { key: "metric", header: "tpl.col.metric", kind: "text", width: 18 },
    { key: "unit", header: "tpl.col.unit", kind: "text", width: 7 },
    {
      key: "direction",
      header: "tpl.col.direction",
      kind: "choice",
      width: 11,
      choices: ["tpl.choice.higher", "tpl.choice.lower"],
    },
    { key: "target", header: "tpl.col.target", kind: "number", width: 11 },
    { key: "base", header: "tpl.col.base", kind: "number", width: 11 },
    { key: "challenge", header: "tpl.col.challenge", kind: "number", width: 11 },
    { key: "actual", header: "tpl.col.actual", kind: "number", width: 11 },
    {
      key: "achievement",
      header: "tpl.col.achievement",
      kind: "computed",
      width: 11,
      result: "percent",
      compute: { fn: "achievementRevised", args: ["actual", "revisedTarget", "target", "direction"] },
      formula: ACHIEVEMENT_REVISED,
    },
    {
      key: "level",
      header: "tpl.col.level",
      kind: "computed",
      width: 14,
      result: "text",
      compute: { fn: "level", args: ["actual", "base", "challenge", "direction"] },
      formula:
        `=IF(OR({actual}="",{base}="",{challenge}=""),"",IF(${LOWER},` +
        `IF({actual}<={challenge},{#tpl.level.challenge},IF({actual}<={base},{#tpl.level.base},{#tpl.level.below})),` +
        `IF({actual}>={challenge},{#tpl.level.challenge},IF({actual}>={base},{#tpl.level.base},{#tpl.level.below}))))`,
    },
    { key: "prevYear", header: "tpl.col.prevYear", kind: "number", width: 12 },
    { key: "prevPeriod", header: "tpl.col.prevPeriod", kind: "number", width: 11 },
    {
      key: "yoy",
      header: "tpl.col.yoy",
      kind: "computed",
      width: 11,
      result: "percent",
      compute: { fn: "growth", args: ["actual", "prevYear"] },
      formula: `=IF(OR({actual}="",{prevYear}=""),"",({actual}-{prevYear})/ABS({prevYear}))`,
    },
    {
      key: "mom",
      header: "tpl.col.mom",
      kind: "computed",
      width: 11,
      result: "percent",
      compute: { fn: "growth", args: ["actual", "prevPeriod"] },
      formula: `=IF(OR({actual}="",{prevPeriod}=""),"",({actual}-{prevPeriod})/ABS({prevPeriod}))`,
    },
    { key: "anomaly", header: "tpl.col.anomaly", kind: "text", width: 30 },
    { key: "insight", header: "tpl.col.insight", kind: "text", width: 30 },
    { key: "revisedTarget", header: "tpl.col.revisedTarget", kind: "number", width: 11 },
    { key: "revisionDate", header: "tpl.col.revisionDate", kind: "date", width: 12 },
    { key: "revisionReason", header: "tpl.col.revisionReason", kind: "text", width: 24 },
    { key: "successes", header: "tpl.col.successes", kind: "integer", width: 11 },
    { key: "trials", header: "tpl.col.trials", kind: "integer", width: 11 },
    {
      key: "evidence",
      header: "tpl.col.evidence",
      kind: "computed",
      width: 30,
      result: "text",
      compute: { fn: "evidence", args: ["successes", "trials", "revisedTarget", "target"] },
      formula: EVIDENCE,
    },
  ],
  sample: [
    {
      metric: { zh: "新增付费用户数", en: "New paying users" },
      unit: { zh: "人", en: "users" },
      direction: { choice: 0 },
      target: 5000,
      base: 4000,
      challenge: 6000,
      actual: 4200,
      prevYear: 3650,
      prevPeriod: 3890,
      anomaly: {
        zh: "竞品同期推出同类活动,分流用户",
        en: "A competitor ran a similar campaign at the same time and drew users away",
      },
      insight: { zh: "渠道A贡献60%,渠道B转化效率低", en: "Channel A brought 60%; channel B converts poorly" },
    },
    {
      metric: { zh: "单用户获客成本", en: "Customer acquisition cost" },
      unit: { zh: "元", en: "CNY" },
      direction: { choice: 1 },
      target: 200,
      base: 220,
      challenge: 180,
      actual: 240,
      prevYear: 218,
      prevPeriod: 229,
      anomaly: { zh: "渠道B获客成本高于均值30%", en: "Channel B's acquisition cost is 30% above average" },
      insight: {
        zh: "渠道B素材点击率高但落地页转化差",
        en: "Channel B's creatives get clicks but its landing page converts poorly",
      },
    },
    {
      metric: { zh: "活动参与率", en: "Participation rate" },
      unit: { zh: "%", en: "%" },
      direction: { choice: 0 },
      target: 0.06,
      base: 0.05,
      challenge: 0.08,
      actual: 0.085,
      prevYear: 0.07,
      prevPeriod: 0.08,
      anomaly: { zh: "", en: "" },
      insight: {
        zh: "短视频“用户证言+使用场景”创意带动参与",
        en: "Short videos with user testimonials and use scenes drove participation",
      },
      successes: 17,
      trials: 200,
    },
  ],
  blankRows: 5,
  highlights: [
    { columns: ["achievement", "level"], tone: "good", formula: `=AND(${HAS("challenge")},${REACHED("challenge")})` },
    {
      columns: ["achievement", "level"],
      tone: "neutral",
      formula: `=AND(${HAS("base")},${REACHED("base")},NOT(AND(${HAS("challenge")},${REACHED("challenge")})))`,
    },
    { columns: ["achievement", "level"], tone: "bad", formula: `=AND(${HAS("base")},NOT(${REACHED("base")}))` },
  ],
};
