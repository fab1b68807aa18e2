import ExcelJS from "exceljs";

/** The anomalies planted by `buildCheckWorkbook({ dirty: true })`, as "rule@Sheet!Cell". */
export const PLANTED = [
  "funnel@渠道数据!D4", // clicks above impressions
  "missing@渠道数据!F6", // registrations blank
  "duplicates@渠道数据!A8", // row 8 repeats row 3
  "types@渠道数据!H9", // click rate 130%
  "types@渠道数据!E10", // visits "1,200" as text
  "crossSource@渠道数据!I11", // two sources 10% apart
  "outliers@渠道数据!J13", // spend far above the rest
  "outliers@渠道数据!D4", // the planted click count is an outlier too
  "outliers@渠道数据!H9", // and so is the planted rate
  "targets@汇总!C2", // 84% of target
  "targets@汇总!C3", // a cost over target
  "actions@行动!D2", // planned date passed, in progress
  "types@周期!C3", // end before start
  "types@周期!B4", // 2023-02-30 is no date
] as const;

const DAY = (d: number) => new Date(Date.UTC(2023, 6, d));

/**
 * A workbook like an analyst's: a channel data sheet, a target summary with a formula, an
 * action list and activity periods; `dirty` plants one anomaly of each rule (PLANTED).
 */
export function buildCheckWorkbook({ dirty }: { dirty: boolean }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("渠道数据");
  data.addRow(["渠道", "日期", "曝光量", "点击量", "访问量", "注册量", "转化量", "点击率", "曝光量(GA)", "花费"]);
  for (let k = 0; k < 12; k++) {
    const impressions = 10000 + k * 250;
    const clicks = 800 + k * 10;
    data.addRow([
      ["搜索", "信息流", "社交"][k % 3],
      DAY(k + 1),
      impressions,
      clicks,
      600 + k * 5,
      120 + k,
      30 + (k % 4),
      clicks / impressions,
      impressions + (k % 2 ? 100 : -80),
      5000 + (k % 5) * 120,
    ]);
  }
  data.getColumn(2).numFmt = "yyyy-mm-dd";
  data.getColumn(8).numFmt = "0.0%";
  // A fill and a note of the user's own, on a cell that will be flagged (F6) and one that will not (A2).
  for (const addr of ["F6", "A2"]) {
    data.getCell(addr).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
    data.getCell(addr).note = `checked by Li (${addr})`;
  }
  if (dirty) {
    data.getCell("D4").value = 20000;
    data.getCell("F6").value = null;
    data.getRow(8).values = data.getRow(3).values as ExcelJS.CellValue[];
    data.getCell("H9").value = 1.3;
    data.getCell("E10").value = "1,200";
    data.getCell("I11").value = (data.getCell("C11").value as number) * 1.1;
    data.getCell("J13").value = 50000;
  }
  const summary = wb.addWorksheet("汇总");
  summary.addRow(["指标", "目标值", "实际值", "达成率"]);
  summary.addRow(["新增付费用户数", 5000, dirty ? 4200 : 5200]);
  summary.addRow(["单用户获客成本", 200, dirty ? 240 : 180]);
  summary.addRow(["ROI", 2, 2.5]);
  for (let r = 2; r <= 4; r++) summary.getCell(`D${r}`).value = { formula: `C${r}/B${r}` } as ExcelJS.CellFormulaValue;
  const actions = wb.addWorksheet("行动");
  actions.addRow(["优化项", "具体措施", "责任人", "计划完成时间", "完成状态"]);
  actions.addRow(["渠道B落地页转化率", "优化落地页表单", "主管", "2023.8.20", dirty ? "进行中" : "已完成"]);
  actions.addRow(["客户响应效率", "增加在线客服入口", "专员", "2023.8.25", "已完成"]);
  actions.addRow(["素材更新", "替换短视频素材", "专员", "2023.9.30", "未开始"]);
  const periods = wb.addWorksheet("周期");
  periods.addRow(["活动", "开始日期", "结束日期"]);
  periods.addRow(["618大促", "2023-06-01", "2023-06-18"]);
  periods.addRow(["暑期", "2023-07-01", dirty ? "2023-06-30" : "2023-07-31"]);
  periods.addRow(["开学季", dirty ? "2023-02-30" : "2023-08-20", "2023-09-10"]);
  return wb;
}

/** Every cell's value and formula of every sheet, for before/after comparison. */
export function cellSnapshot(wb: ExcelJS.Workbook, sheets?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (sheets && !sheets.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        // A cell that holds nothing is the same as no cell (formatting a blank creates one).
        if (cell.value === null && !cell.formula) return;
        out[`${ws.name}!${cell.address}`] = { value: cell.value, formula: cell.formula ?? null, type: cell.type };
      });
    });
  }
  return out;
}
