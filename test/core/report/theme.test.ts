import { ZodError } from "zod";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { DEFAULT_THEME, parseTheme, themeProblem, themeToInput } from "../../../src/core/report/theme";

const problem = (data: unknown): string => {
  try {
    parseTheme(data);
  } catch (e) {
    if (e instanceof ZodError) return themeProblem(e);
    throw e;
  }
  return "none";
};

describe("report themes", () => {
  it("keep the defaults for what a file leaves out", () => {
    expect(parseTheme({})).toEqual(DEFAULT_THEME);
    const theme = parseTheme({ header: { fill: "#112233" }, series: ["#AA0000"] });
    expect(theme.header).toEqual({ ...DEFAULT_THEME.header, fill: "#112233" });
    expect(theme.series).toEqual(["#AA0000"]);
    expect(theme.tones).toEqual(DEFAULT_THEME.tones);
  });

  it("name the field that is wrong", () => {
    expect(problem({ series: ["#1F4E78", "#12345", "#000000"] })).toMatch(/^series\.1: a colour as "#RRGGBB"/);
    expect(problem({ good: { fill: "#000000" } })).toMatch(/^good\.font/);
    expect(problem({ headr: {} })).toMatch(/headr/);
    expect(problem([])).toMatch(/^\(the file\)/);
    expect(problem({ series: [] })).toMatch(/^series/);
  });

  it("colour the report's headers, levels and chart", () => {
    const theme = parseTheme({
      header: { fill: "#010203", font: "#FFFFFE" },
      accent: "#0A0B0C",
      bad: { fill: "#FF0000", font: "#FFFFFF" },
      series: ["#123456"],
    });
    const facts = {
      ...reportFacts(new Map(), 46000),
      goals: [{ row: 1, metric: "m", direction: "higher" as const, level: 0, achievement: 0.5, evidence: "" }],
    };
    const sheet = buildReportPlan(facts, { locale: "en-US", stamp: "x", theme }).sheets[0];
    const formats = (sheet.formats ?? []).map((f) => f.format);
    expect(formats).toContainEqual({ fill: "#FF0000", fontColor: "#FFFFFF" });
    expect(formats).toContainEqual({ bold: true, fontSize: 13, fontColor: "#0A0B0C" });
  });
});

describe("a theme's file form", () => {
  it("reads back as the same theme", () => {
    const theme = parseTheme({
      header: { fill: "#010203" },
      good: { fill: "#0000AA", font: "#FFFFFF" },
      series: ["#ABCDEF"],
    });
    expect(parseTheme(themeToInput(theme))).toEqual(theme);
    expect(parseTheme(JSON.parse(JSON.stringify(themeToInput(DEFAULT_THEME))))).toEqual(DEFAULT_THEME);
    expect(themeToInput(theme).good).toEqual({ fill: "#0000AA", font: "#FFFFFF" });
  });
});
