import { parseCell, parseRange, type CellRef, type RangeRef } from "./address";
import { CHART_SIZE, type ChartKind, type ChartPlan, type Color } from "./types";

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
  /** Each series' values, null where a cell holds no number, and the texts its cells show. */
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
    readonly texts: readonly string[];
  }[];
  readonly colors?: readonly Color[];
  readonly legend: boolean;
}

/** The legend rule every host follows: shown with more than one series, and for pie and doughnut. */
export function showsLegend(chart: ChartPlan, seriesCount: number): boolean {
  return chart.legend ?? (isRound(chart.kind) || seriesCount > 1);
}

/** The cells a chart covers: its corner at `at`, `size` cells wide and high (as the hosts place it). */
export function chartArea(chart: ChartPlan): RangeRef {
  const at = parseCell(chart.at);
  const size = chart.size ?? CHART_SIZE;
  return { start: at, end: { row: at.row + size.rows - 1, col: at.col + size.columns - 1 } };
}

/** How many rows and columns a sheet needs to show all of its charts. */
export function chartsReach(charts: readonly ChartPlan[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const c of charts) {
    const { end } = chartArea(c);
    rows = Math.max(rows, end.row + 1);
    columns = Math.max(columns, end.col + 1);
  }
  return { rows, columns };
}
