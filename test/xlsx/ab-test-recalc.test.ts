import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { isCellError } from "../../src/core/errors";
import { cellAddress, type WorkbookPlan } from "../../src/core/plan";
import { abTest, verdictText, wilson, zCritical } from "../../src/core/stats";
import { buildTemplateSheet, findTemplate, templateLayout } from "../../src/core/templates";
import { templateSchema, type TemplateDef } from "../../src/core/templates/schema";
import { abTest as abTestDef } from "../../src/core/templates/definitions/ab-test";
import { evaluationSummary } from "../../src/core/templates/definitions/evaluation-summary";
import { t } from "../../src/i18n/catalog";
import type { Locale } from "../../src/i18n/locale";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { cellText, computed, readXlsx, recalculate } from "../helpers/libreoffice";

/**
 * The A/B test sheet and the evaluation summary's evidence column, recalculated by
 * LibreOffice from their native formulas, against core's statistics computed here.
 */

const EDGE_ROWS = [
  { controlConversions: 200, controlVisitors: 1000, variantConversions: 250, variantVisitors: 1000 },
  { controlConversions: 5, controlVisitors: 83, variantConversions: 12, variantVisitors: 99, alpha: 0.2 },
  { controlConversions: 0, controlVisitors: 500, variantConversions: 0, variantVisitors: 500 },
  { controlConversions: 500, controlVisitors: 500, variantConversions: 500, variantVisitors: 500 },
  { controlConversions: 0, controlVisitors: 400, variantConversions: 9, variantVisitors: 400 },
  { controlConversions: 250, controlVisitors: 1000, variantConversions: 200, variantVisitors: 1000 },
  { controlConversions: 200, controlVisitors: 1000, variantConversions: 300, variantVisitors: 1300 },
  { controlConversions: 1200, controlVisitors: 1000, variantConversions: 250, variantVisitors: 1000 },
  { controlConversions: 200, controlVisitors: 1000, variantConversions: 250 },
  { controlConversions: 31, controlVisitors: 1000, variantConversions: 33, variantVisitors: 1000, alpha: 0.01 },
];

const edgeDef: TemplateDef = templateSchema.parse({ ...abTestDef, sample: EDGE_ROWS, blankRows: 1 });
const summaryDef = findTemplate("evaluation-summary")!;
/** A rate metric whose target was revised: the evidence judges against the revised target. */
const revisedDef: TemplateDef = templateSchema.parse({
  ...evaluationSummary,
  tableName: "Revised",
  sheet: "tpl.col.revisedTarget",
  sample: [
    {
      metric: { zh: "参与率", en: "Participation" },
      target: 0.06,
      revisedTarget: 0.2,
      actual: 0.085,
      successes: 17,
      trials: 200,
    },
    {
      metric: { zh: "参与率", en: "Participation" },
      target: 0.2,
      revisedTarget: 0.07,
      actual: 0.085,
      successes: 17,
      trials: 200,
    },
  ],
});
const abDef = findTemplate("ab-test")!;

const books: Record<string, ExcelJS.Workbook> = {};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "mkt-abtest-"));
  const plans: Record<string, WorkbookPlan> = {
    zh: {
      sheets: [
        buildTemplateSheet(abDef, { locale: "zh-CN", sample: true }),
        buildTemplateSheet(summaryDef, { locale: "zh-CN", sample: true }),
      ],
    },
    en: {
      sheets: [
        buildTemplateSheet(edgeDef, { locale: "en-US", sample: true }),
        buildTemplateSheet(summaryDef, { locale: "en-US", sample: true }),
        buildTemplateSheet(revisedDef, { locale: "en-US", sample: true }),
      ],
    },
  };
  const files: string[] = [];
  for (const [name, plan] of Object.entries(plans)) {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, (await planToXlsx(plan)).bytes);
    files.push(path);
  }
  const outs = await recalculate(files);
  for (const [i, name] of Object.keys(plans).entries()) books[name] = await readXlsx(outs[i]);
}, 240_000);

const PARTS = [
  "controlRate",
  "controlLower",
  "controlUpper",
  "variantRate",
  "variantLower",
  "variantUpper",
  "difference",
  "diffLower",
  "diffUpper",
  "z",
  "p",
  "srmP",
] as const;

/** Every computed cell of each row against core's abTest, to 1e-9. */
function compareRows(ws: ExcelJS.Worksheet, def: TemplateDef, locale: Locale, rows: number): number {
  const layout = templateLayout(def, { locale, sample: true });
  const at = (key: string, row: number) => computed(ws, cellAddress({ row: row - 1, col: layout.columns.get(key)! }));
  let checked = 0;
  for (let row = layout.firstDataRow; row < layout.firstDataRow + rows; row++) {
    const input = (key: string) => at(key, row) ?? null;
    const blanks = ["controlConversions", "controlVisitors", "variantConversions", "variantVisitors"].some(
      (k) => input(k) === null || input(k) === "",
    );
    const r = blanks
      ? undefined
      : abTest(
          input("controlConversions"),
          input("controlVisitors"),
          input("variantConversions"),
          input("variantVisitors"),
          input("alpha"),
        );
    const verdict = cellText(ws, cellAddress({ row: row - 1, col: layout.columns.get("verdict")! }));
    if (r === undefined) {
      for (const part of PARTS) expect(["", null, undefined]).toContain(at(part, row));
      expect(verdict).toBe("");
      continue;
    }
    if (isCellError(r)) {
      for (const part of PARTS) expect(["", null, undefined]).toContain(at(part, row));
      expect(verdict).toBe(t(locale, "tpl.ab.invalid"));
      continue;
    }
    const want: Record<(typeof PARTS)[number], number | null> = {
      controlRate: r.control.rate,
      controlLower: r.control.ci[0],
      controlUpper: r.control.ci[1],
      variantRate: r.variant.rate,
      variantLower: r.variant.ci[0],
      variantUpper: r.variant.ci[1],
      difference: r.difference.value,
      diffLower: r.difference.ci[0],
      diffUpper: r.difference.ci[1],
      z: r.z,
      p: r.p,
      srmP: r.srmP,
    };
    for (const part of PARTS) {
      const got = at(part, row);
      const expected = want[part];
      if (expected === null) expect([row, part, got ?? ""]).toEqual([row, part, ""]);
      else {
        expect(typeof got).toBe("number");
        expect([row, part, Math.abs((got as number) - expected) < 1e-9]).toEqual([row, part, true]);
      }
      checked++;
    }
    expect(verdict).toBe(verdictText(r.verdict, locale));
  }
  return checked;
}

describe("A/B test sheet recalculated by LibreOffice", () => {
  it("agrees with core on the sample rows (zh), verdicts in Chinese", () => {
    const ws = books.zh.getWorksheet(t("zh-CN", "tpl.abTest.sheet"))!;
    expect(compareRows(ws, abDef, "zh-CN", 3)).toBe(36);
    expect(cellText(ws, "T2")).toBe("显著提升");
    expect(cellText(ws, "T3")).toBe("不显著");
  });

  it("agrees with core on edge rows: zero and all conversions, drops, broken splits, bad counts, blanks", () => {
    const ws = books.en.getWorksheet(t("en-US", "tpl.abTest.sheet"))!;
    expect(compareRows(ws, edgeDef, "en-US", EDGE_ROWS.length + 1)).toBeGreaterThan(70);
    const verdicts = EDGE_ROWS.map((_, i) => cellText(ws, `T${i + 2}`));
    expect(verdicts).toEqual([
      "significant lift",
      "significant lift", // p = 0.159 is below this row's alpha of 0.2
      "insufficient sample",
      "insufficient sample",
      "insufficient sample",
      "significant drop",
      "sample ratio mismatch",
      "check the counts",
      "",
      "not significant",
    ]);
    // The statsmodels reference: proportions_ztest([5,12],[83,99]) p = 0.1591812918, here with alpha 0.2.
    expect(computed(ws, "R3") as number).toBeCloseTo(0.1591812918, 10);
  });
});

describe("evaluation summary evidence column", () => {
  it.each([
    ["zh", "zh-CN"],
    ["en", "en-US"],
  ] as const)("shows the Wilson interval and the disclaimer where the rate is not significant (%s)", (book, locale) => {
    const ws = books[book].getWorksheet(t(locale, "tpl.evaluationSummary.sheet"))!;
    const [lo, hi] = wilson(17, 200, zCritical(0.05, 2));
    const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
    expect(cellText(ws, "U4")).toBe(
      `${pct(lo)} – ${pct(hi)}${t(locale, "tpl.evidence.sep")}${t(locale, "tpl.evidence.weak")}`,
    );
    if (locale === "zh-CN") expect(cellText(ws, "U4")).toContain("显著性不足，结论仅供参考");
    expect(["", null, undefined]).toContain(computed(ws, "U2"));
    expect(cellText(ws, "U1")).toBe(t(locale, "tpl.col.evidence"));
  });

  it("judges against the revised target when there is one", () => {
    const ws = books.en.getWorksheet(t("en-US", "tpl.col.revisedTarget"))!;
    const [lo, hi] = wilson(17, 200, zCritical(0.05, 2));
    const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
    // 8.5% against a revised 20%: significant, no disclaimer; against a revised 7%: not significant.
    expect(cellText(ws, "U2")).toBe(`${pct(lo)} – ${pct(hi)}`);
    expect(cellText(ws, "U3")).toBe(`${pct(lo)} – ${pct(hi)}; ${t("en-US", "tpl.evidence.weak")}`);
  });
});
