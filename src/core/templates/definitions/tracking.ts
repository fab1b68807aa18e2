import type { TemplateInput } from "../schema";

/** 优化行动跟踪表: each optimisation, its measures, owner, due date, status and how it will be verified. */
export const actionTracking: TemplateInput = {
  id: "action-tracking",
  sheet: "tpl.actionTracking.sheet",
  description: "tpl.actionTracking.description",
  tableName: "ActionTracking",
  columns: [
    { key: "item", header: "tpl.col.item", kind: "text", width: 22 },
    { key: "measure", header: "tpl.col.measure", kind: "text", width: 30 },
    { key: "owner", header: "tpl.col.responsible", kind: "text", width: 10 },
    { key: "due", header: "tpl.col.dueDate", kind: "date", width: 14 },
    {
      key: "status",
      header: "tpl.col.status",
      kind: "choice",
      width: 11,
      choices: ["tpl.choice.notStarted", "tpl.choice.inProgress", "tpl.choice.done"],
    },
    { key: "verification", header: "tpl.col.verification", kind: "text", width: 28 },
  ],
  sample: [
    {
      item: { zh: "渠道B落地页转化率", en: "Channel B landing-page conversion" },
      measure: { zh: "优化落地页表单,减少2个必填项", en: "Simplify the landing-page form: two fewer required fields" },
      owner: { zh: "主管", en: "Supervisor" },
      due: { date: "2023-08-20" },
      status: { choice: 1 },
      verification: { zh: "渠道B转化率提升15%", en: "Channel B conversion up 15%" },
    },
    {
      item: { zh: "客户响应效率", en: "Customer response time" },
      measure: { zh: "增加24小时在线客服入口", en: "Add a 24-hour online support entry" },
      owner: { zh: "专员", en: "Specialist" },
      due: { date: "2023-08-25" },
      status: { choice: 0 },
      verification: { zh: "用户咨询转化率提升20%", en: "Enquiry conversion up 20%" },
    },
  ],
  blankRows: 8,
  highlights: [
    { columns: ["status"], tone: "good", formula: "={$status}={#tpl.choice.done}" },
    { columns: ["status"], tone: "neutral", formula: "={$status}={#tpl.choice.inProgress}" },
  ],
};

const SCORE_LIMITS = { whole: true, min: 1, max: 5, message: "tpl.validation.score" } as const;
const WEIGHT_LIMITS = { whole: false, min: 0, max: 1, message: "tpl.validation.weight" } as const;

/** 定性评价评分表: the four qualitative dimensions, weighted scores 1-5 and their total. */
export const qualitativeScorecard: TemplateInput = {
  id: "qualitative-scorecard",
  sheet: "tpl.qualitativeScorecard.sheet",
  description: "tpl.qualitativeScorecard.description",
  tableName: "QualitativeScorecard",
  columns: [
    { key: "dimension", header: "tpl.col.dimension", kind: "text", width: 20 },
    { key: "criteria", header: "tpl.col.criteria", kind: "text", width: 44 },
    { key: "weight", header: "tpl.col.weight", kind: "percent", width: 9, limits: WEIGHT_LIMITS },
    { key: "score", header: "tpl.col.score", kind: "integer", width: 10, limits: SCORE_LIMITS },
    {
      key: "weighted",
      header: "tpl.col.weighted",
      kind: "computed",
      width: 12,
      result: "ratio",
      compute: { fn: "product", args: ["weight", "score"] },
      formula: `=IF(OR({weight}="",{score}=""),"",{weight}*{score})`,
    },
    { key: "evidence", header: "tpl.col.evidence", kind: "text", width: 30 },
  ],
  preset: [
    { dimension: { text: "tpl.dim.brand" }, criteria: { text: "tpl.dim.brand.criteria" }, weight: 0.25 },
    { dimension: { text: "tpl.dim.creative" }, criteria: { text: "tpl.dim.creative.criteria" }, weight: 0.25 },
    { dimension: { text: "tpl.dim.feedback" }, criteria: { text: "tpl.dim.feedback.criteria" }, weight: 0.25 },
    {
      dimension: { text: "tpl.dim.collaboration" },
      criteria: { text: "tpl.dim.collaboration.criteria" },
      weight: 0.25,
    },
  ],
  sample: [
    {
      dimension: { text: "tpl.dim.brand" },
      criteria: { text: "tpl.dim.brand.criteria" },
      weight: 0.3,
      score: 4,
      evidence: { zh: "正向口碑占比78%", en: "78% of mentions positive" },
    },
    {
      dimension: { text: "tpl.dim.creative" },
      criteria: { text: "tpl.dim.creative.criteria" },
      weight: 0.25,
      score: 3,
      evidence: { zh: "落地页与素材风格不一致", en: "Landing page and creatives did not match" },
    },
    {
      dimension: { text: "tpl.dim.feedback" },
      criteria: { text: "tpl.dim.feedback.criteria" },
      weight: 0.2,
      score: 4,
      evidence: { zh: "回收问卷1200份,焦点小组2场", en: "1,200 surveys, two focus groups" },
    },
    {
      dimension: { text: "tpl.dim.collaboration" },
      criteria: { text: "tpl.dim.collaboration.criteria" },
      weight: 0.25,
      score: 5,
      evidence: { zh: "客服入口需求24小时内上线", en: "Support entry shipped within 24 hours" },
    },
  ],
  blankRows: 0,
  footers: [
    {
      label: "tpl.footer.totalWeight",
      labelColumn: "criteria",
      valueColumn: "weight",
      result: "percent",
      formula: "=SUM({weight[]})",
      compute: { fn: "sum", args: ["weight"] },
    },
    {
      label: "tpl.footer.weightedTotal",
      labelColumn: "criteria",
      valueColumn: "weighted",
      result: "ratio",
      formula: `=IF(COUNT({weighted[]})=0,"",SUM({weighted[]}))`,
      compute: { fn: "sumIfAny", args: ["weighted"] },
    },
  ],
};
