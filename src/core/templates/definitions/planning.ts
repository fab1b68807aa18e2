import type { TemplateInput } from "../schema";

/** 评估计划表: what is evaluated, when, by whom, from which data; milestones planned against actual. */
export const evaluationPlan: TemplateInput = {
  id: "evaluation-plan",
  sheet: "tpl.evaluationPlan.sheet",
  description: "tpl.evaluationPlan.description",
  tableName: "EvaluationPlan",
  columns: [
    { key: "topic", header: "tpl.col.topic", kind: "text", width: 22 },
    { key: "campaignPeriod", header: "tpl.col.campaignPeriod", kind: "text", width: 13 },
    { key: "coreGoal", header: "tpl.col.coreGoal", kind: "text", width: 20 },
    { key: "evaluationPeriod", header: "tpl.col.evaluationPeriod", kind: "text", width: 13 },
    { key: "owner", header: "tpl.col.owner", kind: "text", width: 10 },
    { key: "dataSources", header: "tpl.col.dataSources", kind: "text", width: 24 },
    { key: "keyMetrics", header: "tpl.col.keyMetrics", kind: "text", width: 26 },
    { key: "milestone", header: "tpl.col.milestone", kind: "text", width: 16 },
    { key: "plannedDate", header: "tpl.col.plannedDate", kind: "date", width: 14 },
    { key: "actualDate", header: "tpl.col.actualDate", kind: "date", width: 14 },
    {
      key: "delayDays",
      header: "tpl.col.delayDays",
      kind: "computed",
      width: 10,
      result: "integer",
      compute: { fn: "difference", args: ["plannedDate", "actualDate"] },
      formula: `=IF(OR({plannedDate}="",{actualDate}=""),"",{actualDate}-{plannedDate})`,
    },
    // 动态目标修正: the original target is kept; a revision records its date and reason.
    { key: "originalTarget", header: "tpl.col.originalTarget", kind: "number", width: 12 },
    { key: "revisedTarget", header: "tpl.col.revisedTarget", kind: "number", width: 12 },
    { key: "revisionDate", header: "tpl.col.revisionDate", kind: "date", width: 12 },
    { key: "revisionReason", header: "tpl.col.revisionReason", kind: "text", width: 24 },
  ],
  sample: [
    {
      topic: { zh: "2023年Q3新品推广", en: "2023 Q3 new product launch" },
      campaignPeriod: { zh: "7.1-7.31", en: "Jul 1 - Jul 31" },
      coreGoal: { zh: "新增付费用户5000人", en: "5,000 new paying users" },
      evaluationPeriod: { zh: "8.1-8.15", en: "Aug 1 - Aug 15" },
      owner: { zh: "经理", en: "Manager" },
      dataSources: { zh: "广告平台、CRM、销售后台", en: "Ad platform, CRM, sales back office" },
      keyMetrics: { zh: "新增付费用户数、ROI、获客成本", en: "New paying users, ROI, CAC" },
      milestone: { zh: "完成数据采集", en: "Data collection done" },
      plannedDate: { date: "2023-08-10" },
      actualDate: { date: "2023-08-12" },
      originalTarget: 5000,
    },
  ],
  blankRows: 6,
};

/** 核心指标数据采集表: where each metric comes from, how often, who collects it, and its status. */
export const metricCollection: TemplateInput = {
  id: "metric-collection",
  sheet: "tpl.metricCollection.sheet",
  description: "tpl.metricCollection.description",
  tableName: "MetricCollection",
  columns: [
    { key: "metric", header: "tpl.col.metricName", kind: "text", width: 16 },
    { key: "source", header: "tpl.col.dataSource", kind: "text", width: 18 },
    { key: "method", header: "tpl.col.method", kind: "text", width: 18 },
    { key: "frequency", header: "tpl.col.frequency", kind: "text", width: 16 },
    { key: "owner", header: "tpl.col.owner", kind: "text", width: 10 },
    {
      key: "status",
      header: "tpl.col.dataStatus",
      kind: "choice",
      width: 11,
      choices: ["tpl.choice.collected", "tpl.choice.toVerify"],
    },
    { key: "definition", header: "tpl.col.definition", kind: "text", width: 30 },
  ],
  sample: [
    {
      metric: { zh: "广告曝光量", en: "Ad impressions" },
      source: { zh: "巨量广告后台", en: "Ad platform console" },
      method: { zh: "API接口自动同步", en: "Automatic API sync" },
      frequency: { zh: "每日", en: "Daily" },
      owner: { zh: "专员", en: "Specialist" },
      status: { choice: 0 },
      definition: { zh: "全平台曝光量累计值", en: "Cumulative impressions across all platforms" },
    },
    {
      metric: { zh: "注册转化率", en: "Registration rate" },
      source: { zh: "CRM系统", en: "CRM" },
      method: { zh: "手动导出", en: "Manual export" },
      frequency: { zh: "活动结束后1天", en: "1 day after the campaign" },
      owner: { zh: "主管", en: "Supervisor" },
      status: { choice: 1 },
      definition: { zh: "注册用户数/广告点击量×100%", en: "Registered users / ad clicks x 100%" },
    },
  ],
  blankRows: 8,
  highlights: [{ columns: ["status"], tone: "neutral", formula: "={$status}={#tpl.choice.toVerify}" }],
};

/** 指标体系矩阵: goal level, its result metric, and the process metrics that drive it. */
export const metricMatrix: TemplateInput = {
  id: "metric-matrix",
  sheet: "tpl.metricMatrix.sheet",
  description: "tpl.metricMatrix.description",
  tableName: "MetricMatrix",
  columns: [
    { key: "goal", header: "tpl.col.goalLayer", kind: "text", width: 20 },
    { key: "result", header: "tpl.col.resultLayer", kind: "text", width: 22 },
    { key: "process", header: "tpl.col.processLayer", kind: "text", width: 44 },
  ],
  sample: [
    {
      goal: { zh: "新增付费用户", en: "Gain paying users" },
      result: { zh: "新增付费用户数", en: "New paying users" },
      process: {
        zh: "广告点击率、注册转化率、付费转化率",
        en: "Ad click-through rate, registration rate, payment rate",
      },
    },
    {
      goal: { zh: "控制获客成本", en: "Control acquisition cost" },
      result: { zh: "单用户获客成本", en: "Customer acquisition cost" },
      process: { zh: "曝光成本、点击成本、注册成本", en: "Cost per impression, per click, per registration" },
    },
    {
      goal: { zh: "提升用户质量", en: "Improve user quality" },
      result: { zh: "7日留存率", en: "7-day retention" },
      process: { zh: "新用户首单转化时长、复购率", en: "Time to first order, repurchase rate" },
    },
  ],
  blankRows: 6,
};
