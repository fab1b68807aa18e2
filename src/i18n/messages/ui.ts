/** Task pane strings. */
export const uiMessagesEn = {
  "app.name": "Campaign Scorecard",
  "app.tagline": "Judge whether a marketing campaign worked: targets, data checks, KPIs and attribution.",
  "nav.label": "Views",
  "view.home": "Home",
  "home.intro": "Type =MKT. in a cell for the KPI functions, or pick a view above.",
  "home.host.excel": "Connected to Excel.",
  "home.host.preview": "Preview: no Office host, working on an in-browser workbook.",
  "home.steps": "The evaluation, step by step",
  "home.step.prepare":
    "Prepare: set SMART targets with a base and a challenge level (Templates: evaluation plan, metric matrix).",
  "home.step.collect": "Collect and clean: gather each metric with its source, then run Check before any analysis.",
  "home.step.analyse":
    "Analyse: achievement, growth, ROI, CAC and ROAS with the MKT functions; credit channels in Attribution.",
  "home.step.report": "Report: the evaluation summary colours each result against its base and challenge levels.",
  "home.step.review": "Review: track each optimisation action to done (Templates: action tracking).",
} as const;

export type UiMessageKey = keyof typeof uiMessagesEn;

export const uiMessagesZh: Record<UiMessageKey, string> = {
  "app.name": "营销活动评估助手",
  "app.tagline": "判断营销活动是否有效:目标、数据核验、核心指标与归因。",
  "nav.label": "视图",
  "view.home": "首页",
  "home.intro": "在单元格中输入 =MKT. 使用指标函数,或在上方选择一个视图。",
  "home.host.excel": "已连接 Excel。",
  "home.host.preview": "预览模式:未检测到 Office,正在使用浏览器内的工作簿。",
  "home.steps": "评估流程",
  "home.step.prepare": "评估准备:按 SMART 原则设定目标,含基础值与挑战值(模板:评估计划表、指标体系矩阵)。",
  "home.step.collect": "数据收集与清洗:记录每个指标及其来源,分析前先运行“数据核验”。",
  "home.step.analyse": "数据分析:用 MKT 函数计算达成率、同比环比、ROI、获客成本和 ROAS;在“归因”中分配渠道贡献。",
  "home.step.report": "报告输出:效果评估分析汇总表按基础值与挑战值为结果着色。",
  "home.step.review": "复盘优化:跟踪每项优化行动直至完成(模板:优化行动跟踪表)。",
};
