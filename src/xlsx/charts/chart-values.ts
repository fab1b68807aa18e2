import type ExcelJS from "exceljs";
import { cellsOf } from "../../core/plan/address";
import { chartLayout, showsLegend, type ChartValues } from "../../core/plan/chart-layout";
import type { ChartPlan } from "../../core/plan/types";
import { shownCell } from "../sheet-view";

/** How many points a drawn chart reads at most per series (a chart over a whole column is cut there). */
export const MAX_POINTS = 500;

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    out.push(item);
  }
  return out;
}

/**
 * A chart's series read from the sheet's cells as they are now (values, or formulas'
 * results), from the same cells its chart part references (core's chartLayout): the
 * preview draws what the file's chart would show.
 */
export function chartValues(ws: ExcelJS.Worksheet, chart: ChartPlan): ChartValues {
  const { categories, series } = chartLayout(chart);
  // findCell, not getCell: reading an empty cell must not create it.
  const shown = (row: number, col: number) => {
    const cell = ws.findCell(row + 1, col + 1);
    return cell ? shownCell(cell) : { text: "" };
  };
  const labels = take(cellsOf(categories), MAX_POINTS).map((c) => shown(c.row, c.col).text);
  return {
    kind: chart.kind,
    title: chart.title,
    categories: labels,
    series: series.map((s) => {
      const cells = take(cellsOf(s.values), labels.length).map((c) => shown(c.row, c.col));
      return {
        name: shown(s.name.row, s.name.col).text,
        values: cells.map((c) => c.number ?? null),
        texts: cells.map((c) => c.text),
      };
    }),
    ...(chart.colors ? { colors: chart.colors } : {}),
    legend: showsLegend(chart, series.length),
  };
}
