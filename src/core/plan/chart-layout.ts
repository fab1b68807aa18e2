import { parseRange, type CellRef, type RangeRef } from "./address";
import type { ChartKind, ChartPlan, Color } from "./types";

/**
 * Which cells a chart's series come from, as every host reads them (the file adapter's
 * chart parts, the preview's drawings): series by column. Without `categories`, the
 * first column of `data` holds the labels and each further column is one series, named
 * by its header cell; with `categories`, every column of `data` is a series over those
 * labels. Pie and doughnut draw the first series only.
 */
export interface SeriesCells {
  /** The header cell naming the series. */
  readonly name: CellRef;
  /** One column of values, as tall as the categories. */
  readonly values: RangeRef;
}

export interface ChartLayout {
  readonly categories: RangeRef;
  readonly series: readonly SeriesCells[];
}

export const isRound = (kind: ChartKind): boolean => kind === "pie" || kind === "doughnut";

export function chartLayout(chart: ChartPlan): ChartLayout {
  const r = parseRange(chart.data);
  const labelled = chart.categories === undefined;
  if (r.end.row <= r.start.row || (labelled && r.end.col <= r.start.col))
    throw new RangeError(`chart "${chart.title}": ${chart.data} needs a header row, a label column and values`);
  const column = (col: number): RangeRef => ({
    start: { row: r.start.row + 1, col },
    end: { row: r.end.row, col },
  });
  const categories = chart.categories === undefined ? column(r.start.col) : parseRange(chart.categories);
  const series: SeriesCells[] = [];
  for (let col = r.start.col + (labelled ? 1 : 0); col <= r.end.col; col++)
    series.push({ name: { row: r.start.row, col }, values: column(col) });
  return { categories, series: isRound(chart.kind) ? series.slice(0, 1) : series };
}

/** A chart with the values its cells hold now: what a host that draws its own charts draws. */
export interface ChartValues {
  readonly kind: ChartKind;
  readonly title: string;
  /** The category labels as the cells show them. */
  readonly categories: readonly string[];
  /** Each series' values, null where a cell holds no number. */
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  readonly colors?: readonly Color[];
  readonly legend: boolean;
}

/** The legend rule every host follows: shown with more than one series, and for pie and doughnut. */
export function showsLegend(chart: ChartPlan, seriesCount: number): boolean {
  return chart.legend ?? (isRound(chart.kind) || seriesCount > 1);
}
