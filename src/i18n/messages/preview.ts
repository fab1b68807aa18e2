/** The browser preview: the workbook grid and its toolbar. */
export const previewMessagesEn = {
  "preview.title": "Campaign Scorecard preview",
  "preview.grid": "Workbook",
  "preview.sheets": "Sheets",
  "preview.empty": "The workbook is empty. Generate a template or open an .xlsx file.",
  "preview.truncated": "Showing part of the sheet: it has {rows} rows and {columns} columns.",
  "preview.open": "Open .xlsx…",
  "preview.download": "Download",
  "preview.darkTheme": "Dark theme",
  "preview.openFailed": "Could not open {file}: {reason}",
  "preview.opened": "Opened {file}.",
  "preview.downloadFailed": "Could not write {file}: {reason}",
  "preview.chartFailed": 'Chart "{title}" cannot be drawn: {reason}',
  "preview.notice":
    "No Excel here: you are working on a workbook in this browser. Open an .xlsx, then download the result.",
} as const;

export type PreviewMessageKey = keyof typeof previewMessagesEn;

export const previewMessagesZh: Record<PreviewMessageKey, string> = {
  "preview.title": "营销活动评估助手 预览",
  "preview.grid": "工作簿",
  "preview.sheets": "工作表",
  "preview.empty": "工作簿为空。请生成模板或打开一个 .xlsx 文件。",
  "preview.truncated": "仅显示部分内容:该工作表共 {rows} 行、{columns} 列。",
  "preview.open": "打开 .xlsx…",
  "preview.download": "下载",
  "preview.darkTheme": "深色主题",
  "preview.openFailed": "无法打开 {file}:{reason}",
  "preview.opened": "已打开 {file}。",
  "preview.downloadFailed": "无法写出 {file}:{reason}",
  "preview.chartFailed": "无法绘制图表“{title}”:{reason}",
  "preview.notice": "未连接 Excel:正在浏览器中处理工作簿。可打开 .xlsx 文件,完成后下载结果。",
};
