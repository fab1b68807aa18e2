import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ChartValues } from "../../src/core/plan/chart-layout";
import type { ChartKind } from "../../src/core/plan/types";
import { GridChart } from "../../src/preview/GridChart";

/** Which of the pane's chart components draws each kind of plan chart in the grid, with what. */

const values = (kind: ChartKind, series = 1): ChartValues => ({
  kind,
  title: `A ${kind} chart`,
  categories: ["Search", "Feed", "Email"],
  series: Array.from({ length: series }, (_, k) => ({
    name: `S${k + 1}`,
    values: [1.4 + k, null, 2.1],
    texts: [`${140 + k * 100}%`, "", "210%"],
  })),
  colors: ["#1F4E78", "#C55A11"],
  legend: series > 1,
});

const render = (chart: ChartValues) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <GridChart chart={chart} />
    </FluentProvider>,
  );

describe("a plan chart drawn in the grid", () => {
  it("draws one-series bars and funnels as bars with the cells' texts, in the plan's first colour", () => {
    for (const kind of ["bar", "funnel"] as const) {
      const html = render(values(kind));
      expect(html).toContain('data-testid="bar-chart"');
      expect(html.match(/data-bar="/g)).toHaveLength(3);
      expect(html).toContain(">140%<");
      expect(html).toContain('fill="#1F4E78"');
      expect(html).toMatch(/role="img" aria-label="A (bar|funnel) chart"/);
    }
  });

  it("draws columns clustered, one per series and category with a number, each series in its colour", () => {
    const html = render(values("column", 2));
    expect(html).toContain('data-testid="column-chart"');
    // The blank cell draws no column: 2 series x 2 categories with numbers.
    expect(html.match(/data-column="/g)).toHaveLength(4);
    expect(html.match(/fill="#C55A11"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain(">S2<"); // the legend, with two series
    // A bar chart of several series is drawn as columns rather than dropping series.
    expect(render(values("bar", 2))).toContain('data-testid="column-chart"');
  });

  it("draws lines with a gap at a blank cell", () => {
    const html = render(values("line"));
    expect(html).toContain('data-testid="line-chart"');
    const d = /<path d="([^"]+)"[^>]*data-series="0"/.exec(html)?.[1] ?? "";
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toContain("L");
    expect(html.match(/<circle/g)).toHaveLength(2);
  });

  it("draws pies and doughnuts from the first series", () => {
    const pie = render(values("pie"));
    expect(pie).toContain('data-testid="pie-chart"');
    expect(pie).not.toContain("data-doughnut");
    expect(pie.match(/data-slice="/g)).toHaveLength(2);
    expect(render(values("doughnut"))).toContain('data-doughnut="true"');
  });
});
