/** What the Office.js adapter tells the user about the workbook it cannot write to. */
export const excelMessagesEn = {
  "excel.sheetProtected":
    "The sheet {sheets} is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet) and try again.",
  "excel.workbookProtected":
    "The workbook's structure is protected, so no sheet can be added or removed and nothing was written. Unprotect it (Review > Protect Workbook) and try again.",
  "excel.tooLarge":
    "The range has {cells} cells, more than the {max} Excel can send at once: select a smaller table and check it.",
  "excel.reportTooLarge":
    "The visible sheets hold {cells} cells, more than the {max} a report reads: hide the sheets of raw data (right-click the tab > Hide) and evaluate again.",
  "excel.noNotes":
    "This version of Excel has no notes (ExcelApi 1.18): flags are cell fills and the report sheet, without notes.",
} as const;

export type ExcelMessageKey = keyof typeof excelMessagesEn;

export const excelMessagesZh: Record<ExcelMessageKey, string> = {
  "excel.sheetProtected": "工作表 {sheets} 受保护,未写入任何内容。请先撤消保护(审阅 > 撤消工作表保护)后重试。",
  "excel.workbookProtected":
    "工作簿结构受保护,无法添加或删除工作表,未写入任何内容。请先取消保护(审阅 > 保护工作簿)后重试。",
  "excel.tooLarge": "该区域有 {cells} 个单元格,超过 Excel 一次可发送的 {max} 个:请选择较小的表格再核验。",
  "excel.reportTooLarge":
    "可见工作表共有 {cells} 个单元格,超过报告可读取的 {max} 个:请隐藏原始数据工作表(右键单击标签 > 隐藏)后重新评估。",
  "excel.noNotes": "此版本的 Excel 不支持批注(ExcelApi 1.18):标记仅为单元格填充色和核验报告表,不写批注。",
};
