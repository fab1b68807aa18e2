import type { ChartValues } from "../core/plan/chart-layout";
import { BarChart } from "../taskpane/components/BarChart";
import { ColumnChart } from "../taskpane/components/ColumnChart";
import { LineChart } from "../taskpane/components/LineChart";
import { PieChart } from "../taskpane/components/PieChart";

/**
 * One of a sheet's charts drawn with the pane's chart components, from the values its
 * cells show now: bars and funnels (one series) as horizontal bars, columns (and bars of
 * several series) as clustered columns, lines, pies and doughnuts; the plan's colours.
 */
export function GridChart({ chart }: { chart: ChartValues }) {
  const { kind, title, categories, series, colors, legend } = chart;
  if ((kind === "bar" || kind === "funnel") && series.length === 1)
    return (
      <BarChart
        title={title}
        color={colors?.[0]}
        bars={categories.map((label, i) => ({
          label,
          value: series[0].values[i] ?? 0,
          text: series[0].texts[i] ?? "",
        }))}
      />
    );
  if (kind === "line")
    return (
      <LineChart
        title={title}
        labels={categories}
        legend={legend}
        lines={series.map((s, k) => ({
          key: String(k),
          name: s.name,
          values: s.values,
          color: colors && colors.length > 0 ? colors[k % colors.length] : undefined,
        }))}
      />
    );
  if (kind === "pie" || kind === "doughnut")
    return (
      <PieChart
        title={title}
        doughnut={kind === "doughnut"}
        colors={colors}
        slices={categories.map((label, i) => ({ label, value: series[0]?.values[i] ?? 0 }))}
      />
    );
  return <ColumnChart title={title} categories={categories} series={series} colors={colors} legend={legend} />;
}
