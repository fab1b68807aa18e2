import { cellAddress, parseCell } from "../../core/plan/address";
import { CHART_SIZE, type ChartKind, type ChartPlan, type PageSetupPlan } from "../../core/plan/types";

/** The plan's chart kinds as Excel chart types (https://learn.microsoft.com/javascript/api/excel/excel.charttype). */
const CHART_TYPE = {
  bar: "BarClustered",
  funnel: "BarClustered",
  column: "ColumnClustered",
  line: "LineMarkers",
  pie: "Pie",
  doughnut: "Doughnut",
} as const satisfies Readonly<Record<ChartKind, `${Excel.ChartType}`>>;

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
 * A chart of the plan's data, series by column, titled, placed over the same cells as in
 * files (src/xlsx/charts): corner at `at`, `size` cells wide and high. A funnel is Excel's
 * funnel chart where the host has it, else bars with the first stage on top where the axis
 * can be reversed; with `categories`, every column of `data` is a series over them where
 * the host can set them (ChartSeries.setXAxisValues, ExcelApi 1.7). Colours go to the series (slices of a pie or
 * doughnut, which are labelled with their percentage). ChartCollection.add, ChartSeries and
 * ChartPoint formats are ExcelApi 1.1 (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection,
 * "Work with charts using the Excel JavaScript API").
 */
export function queueChart(sheet: Excel.Worksheet, chart: ChartPlan, features: ChartFeatures = {}): void {
  const funnel = chart.kind === "funnel" && features.funnel === true;
  const type = funnel ? "Funnel" : CHART_TYPE[chart.kind];
  const added = sheet.charts.add(type, sheet.getRange(chart.data), "Columns");
  const round = chart.kind === "pie" || chart.kind === "doughnut";
  const values = chart.categories ? span(chart.data).cols : valueColumns(chart.data);
  added.title.text = chart.title;
  added.legend.visible = chart.legend ?? (round || values > 1);
  if (round || values > 1) added.legend.position = round ? "Right" : "Bottom";
  if (chart.categories && features.axes) {
    const categories = sheet.getRange(chart.categories);
    for (let i = 0; i < values; i++) added.series.getItemAt(i).setXAxisValues(categories);
  }
  if (chart.kind === "funnel" && !funnel && features.axes) added.axes.categoryAxis.reversePlotOrder = true;
  const at = parseCell(chart.at);
  const size = chart.size ?? CHART_SIZE;
  added.setPosition(chart.at, cellAddress({ row: at.row + size.rows - 1, col: at.col + size.columns - 1 }));
  const colors = chart.colors ?? [];
  if (colors.length === 0) return;
  if (round) {
    added.dataLabels.showPercentage = true;
    added.dataLabels.showValue = false;
    const points = added.series.getItemAt(0).points;
    for (let i = 0; i < dataRows(chart.data); i++)
      points.getItemAt(i).format.fill.setSolidColor(colors[i % colors.length]);
    return;
  }
  for (let i = 0; i < values; i++) {
    const format = added.series.getItemAt(i).format;
    if (chart.kind === "line") format.line.color = colors[i % colors.length];
    else format.fill.setSolidColor(colors[i % colors.length]);
  }
}

function span(data: string): { rows: number; cols: number } {
  const [a, b] = data.split(":").map(parseCell);
  return { rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}
const valueColumns = (data: string) => span(data).cols - 1;
const dataRows = (data: string) => span(data).rows - 1;

/**
 * Page setup through Worksheet.pageLayout (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): orientation, zoom fit
 * to pages wide (verticalFitToPages 0: as tall as it takes, as Excel's "automatic"), title
 * rows, and the footer codes the file adapter writes (&A sheet name, &P page, &N pages).
 * Hosts without ExcelApi 1.9 print with their defaults (the caller skips this).
 */
export function queuePageSetup(sheet: Excel.Worksheet, setup: PageSetupPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight ?? 0 };
  if (setup.repeatRows) layout.setPrintTitleRows(`$${setup.repeatRows.first}:$${setup.repeatRows.last}`);
  if (setup.footer) {
    layout.headersFooters.defaultForAllPages.leftFooter = "&A";
    layout.headersFooters.defaultForAllPages.rightFooter = "&P / &N";
  }
}
