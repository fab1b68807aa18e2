import { makeStyles, tokens } from "@fluentui/react-components";
import { templateCharts } from "../../core/templates/analysis/preview";
import type { Locale } from "../../i18n/locale";
import { BarChart } from "./BarChart";
import { HeatMap } from "./HeatMap";
import { LineChart } from "./LineChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/**
 * The analysis templates' charts drawn in the pane, for hosts whose sheets carry none (the
 * browser preview): the funnel as bars, the decay curve as lines, the cohort matrix as a heat map,
 * the natural-growth sheet's groups and baseline as bars.
 */
export function TemplateCharts({ ids, locale }: { ids: readonly string[]; locale: Locale }) {
  const styles = useStyles();
  const charts = templateCharts(ids, locale);
  if (charts.length === 0) return null;
  const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
  return (
    <div className={styles.root} data-testid="template-charts">
      {charts.map((chart) => {
        if (chart.kind === "funnel")
          return (
            <BarChart
              key={chart.kind}
              title={chart.title}
              bars={chart.bars.map((b) => ({
                label: b.label,
                value: b.value,
                text: `${b.value.toLocaleString()}${b.step === undefined ? "" : ` (${percent(b.step)})`}`,
                alert: b.flagged,
              }))}
            />
          );
        if (chart.kind === "bars")
          return (
            <BarChart
              key={chart.kind}
              title={chart.title}
              bars={chart.bars.map((b) => ({ label: b.label, value: b.value, text: b.value.toLocaleString() }))}
            />
          );
        if (chart.kind === "line")
          return (
            <LineChart
              key={chart.kind}
              title={chart.title}
              labels={chart.points.map((p) => p.label)}
              lines={[
                {
                  key: "metric",
                  name: chart.series[0],
                  values: chart.points.map((p) => p.value),
                  color: tokens.colorBrandBackground,
                },
                {
                  key: "fitted",
                  name: chart.series[1],
                  values: chart.points.map((p) => p.fitted),
                  color: tokens.colorPaletteDarkOrangeForeground1,
                  dashed: true,
                },
              ]}
            />
          );
        return <HeatMap key={chart.kind} chart={chart} />;
      })}
    </div>
  );
}
