import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetPlan } from "../../../src/core/plan";
import { DEFAULT_THEME, parseTheme } from "../../../src/core/report/theme";
import { buildTemplatesPlan, TEMPLATES } from "../../../src/core/templates";
import { buildDemoPlan } from "../../../src/core/templates/demo";
import { t, type MessageKey } from "../../../src/i18n/catalog";
import { LOCALES } from "../../../src/i18n/locale";

/**
 * Templates take their colours from the palette: header fill and text, the good / neutral /
 * bad tones of level highlights, chart series. Without a theme the plans are those of
 * before (digests in test/fixtures/template-plans, computed as `sha` below).
 */
const sha = (x: unknown) => createHash("sha256").update(JSON.stringify(x)).digest("hex");
const DIGESTS = join(__dirname, "../../fixtures/template-plans/digests.json");
const current = (): Record<string, string> =>
  Object.fromEntries(
    LOCALES.flatMap((locale) => [
      [`demo ${locale}`, sha(buildDemoPlan(locale))],
      [`all ${locale} sample`, sha(buildTemplatesPlan(["all"], { locale, sample: true }))],
      [`all ${locale} blank`, sha(buildTemplatesPlan(["all"], { locale, sample: false }))],
    ]),
  );
// A template changed on purpose: `UPDATE_TEMPLATE_DIGESTS=1 npx jest test/core/templates/theme.test.ts`, and say why.
if (process.env.UPDATE_TEMPLATE_DIGESTS === "1") writeFileSync(DIGESTS, `${JSON.stringify(current(), null, 2)}\n`);
const digests = JSON.parse(readFileSync(DIGESTS, "utf8")) as Record<string, string>;

const BRAND = parseTheme({
  header: { fill: "#0B6E4F", font: "#FFFFF0" },
  accent: "#123456",
  good: { fill: "#D0F0E0", font: "#004020" },
  neutral: { fill: "#FFF3C0", font: "#604000" },
  bad: { fill: "#F8D0D8", font: "#700010" },
  series: ["#0B6E4F", "#F4A259", "#5B8E7D"],
});

const sheetNamed = (sheets: readonly SheetPlan[], key: MessageKey) => {
  const name = t("en-US", key);
  const sheet = sheets.find((s) => "create" in s.target && s.target.create === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const formatsAt = (sheet: SheetPlan, range: string) =>
  (sheet.formats ?? []).filter((f) => f.ranges.includes(range)).map((f) => f.format);

describe("templates in the palette", () => {
  it("are unchanged byte for byte without a theme", () => {
    expect(current()).toEqual(digests);
  });

  it("with the default theme, differ from no theme only by the charts' series colours", () => {
    const plain = buildDemoPlan("en-US");
    const themed = buildDemoPlan("en-US", DEFAULT_THEME);
    const strip = (plan: typeof plain) =>
      plan.sheets.map((s) => ({ ...s, charts: (s.charts ?? []).map(({ colors: _colors, ...c }) => c) }));
    expect(strip(themed)).toEqual(strip(plain));
    const charts = themed.sheets.flatMap((s) => s.charts ?? []);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const c of charts) expect(c.colors).toEqual(DEFAULT_THEME.series);
    expect(plain.sheets.flatMap((s) => s.charts ?? []).some((c) => "colors" in c)).toBe(false);
  });

  it("colour every header row, the level tones and the charts from the theme", () => {
    const plan = buildDemoPlan("en-US", BRAND);
    const header = { ...DEFAULT_THEME.header, fill: "#0B6E4F", fontColor: "#FFFFF0" };
    // Table templates, the appraisal's panel, the analysis sheets and the attribution sheet.
    for (const tpl of TEMPLATES) {
      const sheet = sheetNamed(plan.sheets, tpl.sheet);
      const range = `A1:${String.fromCharCode(64 + tpl.columns.length)}1`;
      expect(formatsAt(sheet, range)).toContainEqual(header);
    }
    const appraisal = sheetNamed(plan.sheets, "tpl.appraisal.sheet");
    const headerRanges = (appraisal.formats ?? []).filter((f) => f.format.fill === "#0B6E4F").flatMap((f) => f.ranges);
    expect(headerRanges.length).toBeGreaterThanOrEqual(3); // the table's header and two panel headers
    expect(formatsAt(sheetNamed(plan.sheets, "tpl.funnel.sheet"), "A1:H1")).toContainEqual(header);
    expect(formatsAt(sheetNamed(plan.sheets, "tpl.decay.sheet"), "A1:D1")).toContainEqual(header);
    expect(formatsAt(sheetNamed(plan.sheets, "tpl.cohort.sheet"), "A1:E1")).toContainEqual(header);
    expect(formatsAt(sheetNamed(plan.sheets, "tpl.did.sheet"), "A1:D1")).toContainEqual(header);
    expect(formatsAt(sheetNamed(plan.sheets, "tpl.attribution.sheet"), "A1:C1")).toContainEqual(header);
    // No sheet keeps the default header colour.
    for (const s of plan.sheets)
      expect((s.formats ?? []).some((f) => f.format.fill === DEFAULT_THEME.header.fill)).toBe(false);

    const summary = sheetNamed(plan.sheets, "tpl.evaluationSummary.sheet");
    const tones = (summary.conditionalFormats ?? []).map((c) => c.format);
    expect(tones).toContainEqual({ fill: "#D0F0E0", fontColor: "#004020" });
    expect(tones).toContainEqual({ fill: "#FFF3C0", fontColor: "#604000" });
    expect(tones).toContainEqual({ fill: "#F8D0D8", fontColor: "#700010" });
    const funnel = sheetNamed(plan.sheets, "tpl.funnel.sheet");
    expect((funnel.conditionalFormats ?? []).map((c) => c.format)).toEqual([
      { fill: "#F8D0D8", fontColor: "#700010" },
      { fill: "#FFF3C0", fontColor: "#604000" },
    ]);
    for (const f of [...plan.sheets.flatMap((s) => s.conditionalFormats ?? [])])
      expect([DEFAULT_THEME.tones[0].fill, DEFAULT_THEME.tones[1].fill, DEFAULT_THEME.tones[2].fill]).not.toContain(
        f.format.fill,
      );

    const charts = plan.sheets.flatMap((s) => s.charts ?? []);
    // The attribution sheet's and the natural-growth sheet's columns, the funnel, the decay's and the monitor's lines.
    expect(charts.map((c) => c.kind).sort()).toEqual(["column", "column", "funnel", "line", "line"]);
    for (const c of charts) expect(c.colors).toEqual(["#0B6E4F", "#F4A259", "#5B8E7D"]);

    // Footers (the scorecard's totals) are bordered in the accent.
    const footers = plan.sheets.flatMap((s) => s.formats ?? []).filter((f) => f.format.border !== undefined);
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) expect(f.format.border).toBe("#123456");
  });
});
