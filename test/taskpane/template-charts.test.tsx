import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { templateCharts } from "../../src/core/templates/analysis/preview";
import { heatColor } from "../../src/taskpane/components/HeatMap";
import { TemplateCharts } from "../../src/taskpane/components/TemplateCharts";

const render = (ids: string[], locale: "en-US" | "zh-CN" = "en-US") =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <TemplateCharts ids={ids} locale={locale} />
    </FluentProvider>,
  );

describe("the analysis templates' charts in the pane", () => {
  it("draws the funnel as bars, the decay as two lines and the cohorts as a heat map; other templates have none", () => {
    const html = render(["evaluation-summary", "funnel", "decay", "cohort"]);
    expect(html.match(/<figure/g)).toHaveLength(3);
    expect(html.match(/data-bar="/g)).toHaveLength(5);
    expect(html).toContain('data-bar="Ad impressions"');
    expect(html).toContain("60,000 (3.0%)"); // clicks: 3% of impressions
    // Leaks in the danger colour: clicks, visits and sign-ups (threshold 70%, or below benchmark).
    expect(html.match(/data-alert="true"/g)).toHaveLength(3);
    for (const series of ["metric", "fitted"]) {
      const d = new RegExp(`d="([^"]+)"[^>]*data-series="${series}"`).exec(html)?.[1] ?? "";
      expect(d.match(/[ML]/g)).toHaveLength(8);
    }
    expect(html.match(/<circle/g)).toHaveLength(8);
    // Reached cells of six monthly cohorts: 6 + 5 + 4 + 3 + 2 + 1.
    expect(html.match(/data-cell="/g)).toHaveLength(21);
    expect(render(["evaluation-summary"])).toBe(
      renderToString(<FluentProvider theme={webLightTheme}>{null}</FluentProvider>),
    );
  });
  it("draws the same figures core computes, in the chosen language", () => {
    const [decay] = templateCharts(["decay"], "zh-CN");
    if (decay.kind !== "line") throw new Error("not a line chart");
    expect(decay.series).toEqual(["每日注册数", "拟合值(LOGEST)"]);
    expect(decay.points[0].fitted).toBeCloseTo(1174.855732486, 8);
    const [cohort] = templateCharts(["cohort"], "en-US");
    if (cohort.kind !== "heatmap") throw new Error("not a heat map");
    expect(cohort.rows).toEqual(["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"]);
    expect(cohort.cells[0][1]).toBeCloseTo(2 / 6, 12);
    expect(cohort.cells[5][1]).toBeUndefined();
    expect(render(["funnel"], "zh-CN")).toContain('data-bar="广告曝光"');
    const [monitor] = templateCharts(["monitor"], "zh-CN");
    if (monitor.kind !== "line") throw new Error("not a line chart");
    expect(monitor.series).toEqual(["实际", "日目标"]);
    expect(monitor.points).toHaveLength(21);
    expect(monitor.points[17]).toEqual({ label: "03-18", value: 560, fitted: 14000 / 31 });
  });
  it("draws the natural-growth sample's groups before and during, with core's baseline between", () => {
    const [did] = templateCharts(["did"], "en-US");
    if (did.kind !== "bars") throw new Error("not a bar chart");
    // The control group grew 10%: 120,000 would have become 132,000 without the campaign.
    expect(did.bars.map((b) => b.value)).toEqual([120_000, 150_000, 132_000, 300_000, 330_000]);
    const html = render(["did"], "zh-CN");
    expect(html.match(/data-bar="/g)).toHaveLength(5);
    expect(html).toContain('data-bar="自然增长基线"');
    expect(html).toContain("132,000");
  });
  it("colours the heat map as the sheet's colour scale: red lowest, yellow middle, green highest", () => {
    expect(heatColor(0, 0, 1)).toBe("rgb(248,105,107)");
    expect(heatColor(0.5, 0, 1)).toBe("rgb(255,235,132)");
    expect(heatColor(1, 0, 1)).toBe("rgb(99,190,123)");
  });
});
