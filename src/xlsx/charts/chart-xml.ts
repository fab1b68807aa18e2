import { cellAddress, parseRange, sheetQualified, type RangeRef } from "../../core/plan/address";
import { chartLayout, isRound, showsLegend } from "../../core/plan/chart-layout";
import type { ChartPlan } from "../../core/plan/types";
import { xmlText } from "./xml-text";

/**
 * One chart as a DrawingML chart part (xl/charts/chartN.xml), written as Excel writes it:
 * the `c:` namespace for the chart, `a:` for text and fills, element order as in the
 * ECMA-376 schema (dml-chart.xsd: CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart,
 * CT_LineChart, CT_PieChart, CT_DoughnutChart and their series). Series take their names,
 * categories and values from the sheet's cells by reference, so Excel and LibreOffice
 * draw what the cells hold after recalculation. Reference:
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500 (Excel's reading of
 * ECMA-376 Part 1, §21.2 DrawingML - Charts).
 */

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

const CAT_AX = 500100;
const VAL_AX = 500200;

interface Series {
  readonly name: string;
  readonly categories: string;
  readonly values: string;
}

/** An absolute A1 reference ("$B$2"). */
const abs = (row: number, col: number) => cellAddress({ row, col }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The chart's series as sheet-qualified references to its cells (the layout of core's chartLayout). */
export function chartSeries(chart: ChartPlan, sheet: string): Series[] {
  const { categories, series } = chartLayout(chart);
  const ref = (r: RangeRef) => sheetQualified(sheet, `${abs(r.start.row, r.start.col)}:${abs(r.end.row, r.end.col)}`);
  return series.map((s) => ({
    name: sheetQualified(sheet, abs(s.name.row, s.name.col)),
    categories: ref(categories),
    values: ref(s.values),
  }));
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();
const solid = (color: string) => `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;

function seriesShape(chart: ChartPlan, i: number): string {
  const color = chart.colors?.[i % chart.colors.length];
  if (!color) return "";
  if (chart.kind === "line") return `<c:spPr><a:ln w="28575" cap="rnd">${solid(color)}<a:round/></a:ln></c:spPr>`;
  return `<c:spPr>${solid(color)}</c:spPr>`;
}

/** Slice colours of a pie or doughnut: one data point each (CT_DPt: idx, bubble3D, spPr). */
function slices(chart: ChartPlan, count: number): string {
  if (!chart.colors || chart.colors.length === 0) return "";
  let out = "";
  for (let i = 0; i < count; i++) {
    const color = chart.colors[i % chart.colors.length];
    out += `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${solid(color)}<a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`;
  }
  return out;
}

function seriesXml(chart: ChartPlan, s: Series, i: number, points: number): string {
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${xmlText(s.name)}</c:f></c:strRef></c:tx>`;
  const data =
    // Formatted categories (dates) are numbers to format; others are labels as the cells show them.
    (chart.categoryFormat
      ? `<c:cat><c:numRef><c:f>${xmlText(s.categories)}</c:f></c:numRef></c:cat>`
      : `<c:cat><c:strRef><c:f>${xmlText(s.categories)}</c:f></c:strRef></c:cat>`) +
    `<c:val><c:numRef><c:f>${xmlText(s.values)}</c:f></c:numRef></c:val>`;
  switch (chart.kind) {
    case "bar":
    case "funnel":
    case "column":
      return `<c:ser>${head}${seriesShape(chart, i)}<c:invertIfNegative val="0"/>${data}</c:ser>`;
    case "line":
      return `<c:ser>${head}${seriesShape(chart, i)}<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${data}<c:smooth val="0"/></c:ser>`;
    case "pie":
    case "doughnut":
      return `<c:ser>${head}${slices(chart, points)}${data}</c:ser>`;
  }
}

function axes(kind: "bar" | "funnel" | "column" | "line", categoryFormat?: string): string {
  const across = kind === "bar" || kind === "funnel";
  const catPos = across ? "l" : "b";
  const valPos = across ? "b" : "l";
  // Bars read top-down, as a funnel does: the first category at the top.
  const catOrientation = across ? "maxMin" : "minMax";
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${catPos}"/>` +
    (categoryFormat
      ? `<c:numFmt formatCode="${xmlText(categoryFormat)}" sourceLinked="0"/>`
      : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines><c:spPr><a:ln w="6350">${solid("#D9D9D9")}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

function plotXml(chart: ChartPlan, series: Series[], points: number): string {
  const sers = series.map((s, i) => seriesXml(chart, s, i, points)).join("");
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  switch (chart.kind) {
    case "bar":
    case "funnel":
    case "column":
      return (
        `<c:barChart><c:barDir val="${chart.kind === "column" ? "col" : "bar"}"/><c:grouping val="clustered"/>` +
        `<c:varyColors val="0"/>${sers}<c:gapWidth val="80"/>${axIds}</c:barChart>${axes(chart.kind, chart.categoryFormat)}`
      );
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axIds}</c:lineChart>${axes("line", chart.categoryFormat)}`;
    case "pie":
      return `<c:pieChart><c:varyColors val="1"/>${sers}${percentLabels()}<c:firstSliceAng val="0"/></c:pieChart>`;
    case "doughnut":
      return `<c:doughnutChart><c:varyColors val="1"/>${sers}${percentLabels()}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
  }
}

/** Shares labelled with their percentage (CT_DLbls: numFmt, spPr, txPr, dLblPos, show*). */
function percentLabels(): string {
  return (
    `<c:dLbls><c:numFmt formatCode="0.0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>`
  );
}

function titleXml(title: string, lang: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="1300" b="1"/><a:t>${xmlText(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

/** The chart part's XML. `sheet` is the actual name of the sheet holding the data. */
export function chartPartXml(chart: ChartPlan, sheet: string): string {
  const lang = /[\u3400-\u9FFF]/.test(chart.title) ? "zh-CN" : "en-US";
  const series = chartSeries(chart, sheet);
  const r = parseRange(chart.data);
  const points = r.end.row - r.start.row;
  const round = isRound(chart.kind);
  const legend = showsLegend(chart, series.length);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title, lang)}<c:plotArea><c:layout/>${plotXml(chart, series, points)}</c:plotArea>` +
    (legend ? `<c:legend><c:legendPos val="${round ? "r" : "b"}"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid("#FFFFFF")}<a:ln w="9525">${solid("#D9D9D9")}</a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
