/** Task pane strings. */
export const uiMessagesEn = {
  "app.name": "Campaign Scorecard",
  "app.tagline": "Judge whether a marketing campaign worked: targets, data checks, KPIs and attribution.",
  "nav.label": "Views",
  "view.home": "Home",
  "home.intro": "Type =MKT. in a cell for the KPI functions, or pick a view above.",
  "home.host.excel": "Connected to Excel.",
  "home.host.preview": "Preview: no Office host, working on an in-browser workbook.",
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
};
