import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PieChart, type Slice } from "../../src/taskpane/components/PieChart";

const render = (slices: Slice[], options: { doughnut?: boolean; colors?: string[] } = {}) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <PieChart title="Conversions by channel" slices={slices} {...options} />
    </FluentProvider>,
  );

const shares = (html: string) => [...html.matchAll(/data-share="([\d.]+)"/g)].map((m) => Number(m[1]));
/** The slice paths' `d`, in order. */
const paths = (html: string) => [...html.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]);

describe("the pie and doughnut chart", () => {
  const slices = [
    { label: "Search", value: 30 },
    { label: "Feed", value: 50 },
    { label: "Email", value: 20 },
  ];

  it("is an image named by its title, each slice labelled with its percentage and named in the legend", () => {
    const html = render(slices, { colors: ["#1F4E78", "#C55A11", "#548235"] });
    expect(html).toContain('data-testid="pie-chart"');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Conversions by channel"/);
    expect(shares(html)).toEqual([0.3, 0.5, 0.2]);
    for (const text of [">30.0%<", ">50.0%<", ">20.0%<", ">Search 30.0%<", ">Feed 50.0%<", ">Email 20.0%<"])
      expect(html).toContain(text);
    // The plan's colours, in order, on slices and legend keys alike.
    expect([...html.matchAll(/fill="(#[0-9A-F]{6})"/g)].map((m) => m[1])).toEqual([
      "#1F4E78",
      "#C55A11",
      "#548235",
      "#1F4E78",
      "#C55A11",
      "#548235",
    ]);
  });

  it("draws slices clockwise from 12 o'clock, the half slice ending at 6 o'clock", () => {
    const html = render([
      { label: "a", value: 1 },
      { label: "b", value: 1 },
    ]);
    const [first] = paths(html);
    // Centre (80,80), radius 76: from (80,4) round to (80,156).
    expect(first).toBe("M80,80 L80,4 A76,76 0 0 1 80,156 Z");
  });

  it("cuts a hole in a doughnut and leaves out what is not above 0", () => {
    const html = render([...slices, { label: "Refunds", value: -5 }, { label: "Blank", value: 0 }], {
      doughnut: true,
    });
    expect(html).toContain('data-doughnut="true"');
    expect(shares(html)).toHaveLength(3);
    expect(html).not.toContain("Refunds");
    // Each ring segment has an inner arc (sweep 0) back to its start.
    for (const d of paths(html)) expect(d).toMatch(/A41\.8,41\.8 0 [01] 0 /);
  });

  it("keeps a one-slice pie whole and an empty one drawn as an outline", () => {
    const whole = paths(render([{ label: "Only", value: 7 }]));
    expect(whole).toHaveLength(1);
    expect(whole[0].match(/A76,76/g)).toHaveLength(2);
    const empty = render([]);
    expect(paths(empty)).toHaveLength(0);
    expect(empty).toContain("<circle");
  });

  it("labels small slices in the legend only", () => {
    const html = render([
      { label: "big", value: 99 },
      { label: "tiny", value: 1 },
    ]);
    expect(html).toContain(">tiny 1.0%<");
    expect(html).not.toContain(">1.0%<");
  });
});
