import { parseRange, sheetQualified } from "../../core/plan/address";
import type {
  ChartPlan,
  ColorScalePlan,
  ConditionalFormatPlan,
  HyperlinkPlan,
  NotePlan,
  TablePlan,
  ValidationPlan,
} from "../../core/plan/types";

export function queueTable(sheet: Excel.Worksheet, table: TablePlan, name: string): void {
  const t = sheet.tables.add(table.range, true);
  t.name = name;
  t.style = table.style;
  t.showBandedRows = table.showBandedRows;
}

function rule(v: ValidationPlan): Excel.DataValidationRule {
  switch (v.rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.rule.choices.join(",") } };
    case "wholeNumber":
      return { wholeNumber: { operator: "Between", formula1: v.rule.min, formula2: v.rule.max } };
    case "decimal":
      return { decimal: { operator: "Between", formula1: v.rule.min, formula2: v.rule.max } };
  }
}

export function queueValidation(sheet: Excel.Worksheet, v: ValidationPlan): void {
  const dv = sheet.getRange(v.range).dataValidation;
  dv.clear();
  dv.ignoreBlanks = true;
  dv.rule = rule(v);
  dv.errorAlert = { showAlert: true, style: "Stop", title: "", message: v.errorMessage };
}

/** Conditional formats in plan order: the first gets priority 0 (the highest). */
export function queueConditionalFormats(sheet: Excel.Worksheet, plans: readonly ConditionalFormatPlan[]): void {
  plans.forEach((cf, i) => {
    const format = sheet.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    if (cf.format.fill !== undefined) format.custom.format.fill.color = cf.format.fill;
    if (cf.format.fontColor !== undefined) format.custom.format.font.color = cf.format.fontColor;
    if (cf.format.bold !== undefined) format.custom.format.font.bold = cf.format.bold;
    format.priority = i;
    format.stopIfTrue = cf.stopIfTrue ?? false;
  });
}

/**
 * Notes: the worksheet's note collection where the host has it (ExcelApi 1.18), else
 * a comment. A null text removes the note (it must exist).
 */
export function queueNote(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  note: NotePlan,
  useNotes: boolean,
): void {
  const address = sheetQualified(sheetName, note.cell);
  if (useNotes) {
    if (note.text === null) sheet.notes.getItem(address).delete();
    else sheet.notes.add(sheet.getRange(note.cell), note.text);
  } else if (note.text === null) context.workbook.comments.getItemByCell(sheet.getRange(note.cell)).delete();
  else context.workbook.comments.add(sheet.getRange(note.cell), note.text);
}

export function queueHyperlink(sheet: Excel.Worksheet, link: HyperlinkPlan, sheetName: string): void {
  const range = sheet.getRange(link.cell);
  range.hyperlink = {
    documentReference: sheetQualified(sheetName, link.to.cell),
    textToDisplay: link.text,
    screenTip: link.text,
  };
}

/**
 * What the host can draw: Excel's funnel chart type needs ExcelApi 1.9 (Excel.ChartType
 * "Funnel"); a series' x-axis values (ChartSeries.setXAxisValues) and a reversed category
 * axis (ChartAxis.reversePlotOrder) need ExcelApi 1.7.
 */
export interface ChartFeatures {
  readonly funnel?: boolean;
  readonly axes?: boolean;
}

/**
 * A chart of the plan's data, titled, its corner at `at`. Bars and funnels have no legend;
 * a funnel falls back to bars, with the first stage on top where the axis can be reversed,
 * on hosts without the funnel type; a line chart draws one series per value column, over
 * the plan's categories where the host can set them.
 * See "Work with charts using the Excel JavaScript API" (learn.microsoft.com).
 */
export function queueChart(sheet: Excel.Worksheet, chart: ChartPlan, features: ChartFeatures = {}): void {
  const data = sheet.getRange(chart.data);
  if (chart.kind === "line") {
    const added = sheet.charts.add("LineMarkers", data, "Columns");
    added.title.text = chart.title;
    if (chart.categories && features.axes) {
      const area = parseRange(chart.data);
      const categories = sheet.getRange(chart.categories);
      for (let i = 0; i <= area.end.col - area.start.col; i++) added.series.getItemAt(i).setXAxisValues(categories);
    }
    added.setPosition(chart.at);
    return;
  }
  const funnel = chart.kind === "funnel" && features.funnel === true;
  const added = sheet.charts.add(funnel ? "Funnel" : "BarClustered", data, "Columns");
  added.title.text = chart.title;
  added.legend.visible = false;
  if (chart.kind === "funnel" && !funnel && features.axes) added.axes.categoryAxis.reversePlotOrder = true;
  added.setPosition(chart.at);
}

/**
 * A three-colour (or two-colour) scale on the range's numbers: lowest value, 50th
 * percentile, highest value ("Excel.ConditionalColorScaleCriterion", ExcelApi 1.6).
 */
export function queueColorScale(sheet: Excel.Worksheet, scale: ColorScalePlan): void {
  const format = sheet.getRange(scale.range).conditionalFormats.add("ColorScale");
  format.colorScale.criteria = {
    minimum: { formula: undefined, type: "LowestValue", color: scale.minimum },
    ...(scale.midpoint ? { midpoint: { formula: "50", type: "Percentile", color: scale.midpoint } } : {}),
    maximum: { formula: undefined, type: "HighestValue", color: scale.maximum },
  };
}
