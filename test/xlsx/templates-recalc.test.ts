import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { achievement, cac, growth, roas, roi, tier } from "../../src/core/kpi";
import { cellAddress, columnLetter, type SheetPlan, type WorkbookPlan } from "../../src/core/plan";
import {
  buildTemplateSheet,
  buildTemplatesPlan,
  expandFormula,
  findTemplate,
  templateLayout,
  TEMPLATES,
} from "../../src/core/templates";
import { templateSchema } from "../../src/core/templates/schema";
import { channelEfficiency } from "../../src/core/templates/definitions/channel-efficiency";
import { evaluationSummary } from "../../src/core/templates/definitions/evaluation-summary";
import { t } from "../../src/i18n/catalog";
import type { Locale } from "../../src/i18n/locale";
import { MONITOR_CELLS } from "../../src/core/templates/analysis/monitor";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { cellText, computed, readXlsx, recalculate } from "../helpers/libreoffice";

/**
 * The proof of the templates: generated .xlsx files recalculated by LibreOffice (all in one
 * soffice run), their computed cells compared with core's KPI functions and with the
 * process documents' figures.
 */

const dir = mkdtempSync(join(tmpdir(), "mkt-templates-"));
const books: Record<string, ExcelJS.Workbook> = {};
const originals: Record<string, ExcelJS.Workbook> = {};

const summaryDef = findTemplate("evaluation-summary")!;
const LEVELS = ["tpl.level.below", "tpl.level.base", "tpl.level.challenge"] as const;
/** Scratch columns for the highlight probes: one blank column right of the summary's table. */
const PROBE_FIRST = summaryDef.columns.length + 1; // zero-based
const PROBES = [0, 1, 2].map((i) => columnLetter(PROBE_FIRST + i));

/** Writes each highlight rule of the summary, per row, into scratch columns so LibreOffice evaluates it (1 = applies). */
function highlightProbe(locale: Locale): SheetPlan {
  const layout = templateLayout(summaryDef, { locale, sample: true });
  const rows = [];
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const ctx = {
      columns: layout.columns,
      row,
      firstDataRow: layout.firstDataRow,
      lastDataRow: layout.lastDataRow,
      locale,
      table: summaryDef.tableName,
      headers: new Map(summaryDef.columns.map((c) => [c.key, t(locale, c.header)])),
    };
    rows.push(summaryDef.highlights.map((h) => ({ formula: `=IF(${expandFormula(h.formula, ctx).slice(1)},1,0)` })));
  }
  return {
    target: { existing: t(locale, summaryDef.sheet) },
    cells: [{ at: `${PROBES[0]}${layout.firstDataRow}`, rows }],
  };
}

/** Rows at the edges of the conventions: zero and negative targets, zero previous values, zero spend. */
function edgePlan(): WorkbookPlan {
  const higher = { choice: 0 };
  const lower = { choice: 1 };
  const summary = templateSchema.parse({
    ...evaluationSummary,
    sample: [
      { direction: higher, target: 0, actual: 10, prevYear: 0, prevPeriod: 5 },
      { direction: higher, target: -100, actual: -50, base: -80, challenge: -60, prevYear: -100, prevPeriod: -25 },
      { direction: lower, target: -100, actual: -50, base: -90, challenge: -120 },
      { direction: lower, target: 200, actual: 150, base: 220, challenge: 180 },
      { target: 5000, actual: 4200 },
      { target: 5000, revisedTarget: 4500, revisionReason: { zh: "竞品分流", en: "Competitor" }, actual: 4200 },
      { direction: lower, target: 200, revisedTarget: 250, actual: 240 },
    ],
  });
  const channels = templateSchema.parse({
    ...channelEfficiency,
    sample: [
      { spend: 0, conversions: 0, revenue: 100 },
      { spend: 100, conversions: 4, revenue: 100 },
      { spend: 100, conversions: 5, revenue: 300 },
      { spend: 100, conversions: 5, revenue: 300 },
    ],
  });
  return {
    sheets: [
      buildTemplateSheet(summary, { locale: "en-US", sample: true }),
      buildTemplateSheet(channels, { locale: "en-US", sample: true }),
    ],
  };
}

async function save(name: string, plan: WorkbookPlan, base?: Uint8Array): Promise<string> {
  const { bytes } = await planToXlsx(plan, base);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

beforeAll(async () => {
  const zh = buildTemplatesPlan(["all"], { locale: "zh-CN", sample: true });
  const existing = await planToXlsx({
    sheets: [
      { target: { create: "Evaluation summary" }, cells: [{ at: "A1", rows: [["keep me"]] }] },
      { target: { create: "Texts" }, cells: [{ at: "A1", rows: [["=1+1", "-5", "@x", "+7", "0012"]] }] },
    ],
  });
  const files = {
    zh: await save("zh", { sheets: [...zh.sheets, highlightProbe("zh-CN")] }),
    en: await save("en", {
      sheets: [...buildTemplatesPlan(["all"], { locale: "en-US", sample: true }).sheets, highlightProbe("en-US")],
    }),
    blank: await save("blank", buildTemplatesPlan(["all"], { locale: "zh-CN", sample: false })),
    edge: await save("edge", edgePlan()),
    clash: await save(
      "clash",
      buildTemplatesPlan(["evaluation-summary"], { locale: "en-US", sample: true }),
      existing.bytes,
    ),
  };
  const names = Object.keys(files);
  const outs = await recalculate(Object.values(files));
  for (const [i, name] of names.entries()) {
    books[name] = await readXlsx(outs[i]);
    originals[name] = await readXlsx(Object.values(files)[i]);
  }
}, 240_000);

const sheet = (book: string, key: Parameters<typeof t>[1], locale: Locale): ExcelJS.Worksheet => {
  const ws = books[book].getWorksheet(t(locale, key));
  if (!ws) throw new Error(`${book} has no sheet ${t(locale, key)}`);
  return ws;
};
const num = (ws: ExcelJS.Worksheet, a: string): number => {
  const v = computed(ws, a);
  if (typeof v !== "number") throw new Error(`${ws.name}!${a} is ${JSON.stringify(v)}, not a number`);
  return v;
};

describe.each([
  ["zh", "zh-CN"],
  ["en", "en-US"],
] as const)("evaluation summary recalculated (%s)", (book, locale) => {
  const ws = () => sheet(book, "tpl.evaluationSummary.sheet", locale);
  it("gives the documents' figures: 84% for 4200 of 5000, 80% for CAC 240 against 200", () => {
    expect(num(ws(), "G2")).toBe(4200);
    expect(num(ws(), "H2")).toBeCloseTo(0.84, 12);
    expect(num(ws(), "G3")).toBe(240);
    expect(num(ws(), "H3")).toBeCloseTo(0.8, 12);
  });
  it("agrees with core's achievement, tier and growth on every sample row", () => {
    for (let row = 2; row <= 4; row++) {
      const v = (col: string) => computed(ws(), `${col}${row}`);
      expect(num(ws(), `H${row}`)).toBeCloseTo(achievement(v("G"), v("D"), v("C")) as number, 12);
      expect(cellText(ws(), `I${row}`)).toBe(t(locale, LEVELS[tier(v("G"), v("E"), v("F"), v("C")) as number]));
      expect(num(ws(), `L${row}`)).toBeCloseTo(growth(v("G"), v("J")) as number, 12);
      expect(num(ws(), `M${row}`)).toBeCloseTo(growth(v("G"), v("K")) as number, 12);
    }
    expect(num(ws(), "L2")).toBeCloseTo((4200 - 3650) / 3650, 12);
  });
  it("colours each row by exactly one of green / amber / red, as the level says", () => {
    const tones = [2, 1, 0];
    for (let row = 2; row <= 4; row++) {
      const flags = PROBES.map((c) => computed(ws(), `${c}${row}`));
      const level = LEVELS.map((k) => t(locale, k)).indexOf(cellText(ws(), `I${row}`));
      expect(flags).toEqual(tones.map((tone) => (tone === level ? 1 : 0)));
    }
    expect(PROBES.map((c) => computed(ws(), `${c}5`))).toEqual([0, 0, 0]);
  });
  it("has the headers, drop-downs and table that were planned", () => {
    expect(cellText(ws(), "H1")).toBe(t(locale, "tpl.col.achievement"));
    expect(cellText(ws(), "L1")).toBe(t(locale, "tpl.col.yoy"));
    const validation = ws().getCell("C9").dataValidation;
    expect(validation.type).toBe("list");
    expect(validation.formulae[0]).toBe(`"${t(locale, "tpl.choice.higher")},${t(locale, "tpl.choice.lower")}"`);
    const tables = ws().getTables() as unknown as { table: { name: string; tableRef: string } }[];
    expect(tables.map((x) => [x.table.name, x.table.tableRef])).toEqual([
      ["EvaluationSummary", `A1:${columnLetter(summaryDef.columns.length - 1)}9`],
    ]);
  });
});

describe("other templates recalculated", () => {
  it("channel efficiency agrees with core's CAC, ROI and ROAS and ranks by ROI", () => {
    const ws = sheet("en", "tpl.channelEfficiency.sheet", "en-US");
    const rois: number[] = [];
    for (let row = 2; row <= 5; row++) {
      const v = (col: string) => computed(ws, `${col}${row}`);
      expect(num(ws, `G${row}`)).toBeCloseTo(cac(v("B"), v("E")) as number, 9);
      expect(num(ws, `H${row}`)).toBeCloseTo(roi(v("F"), v("B")) as number, 12);
      expect(num(ws, `I${row}`)).toBeCloseTo(roas(v("F"), v("B")) as number, 12);
      rois.push(num(ws, `H${row}`));
    }
    const order = [...rois].sort((a, b) => b - a);
    rois.forEach((r, i) => expect(num(ws, `J${i + 2}`)).toBe(order.indexOf(r) + 1));
    expect(cellText(ws, "A1")).toBe("Channel");
  });
  it("scorecard weighs scores and totals them; plan counts days late", () => {
    const ws = sheet("zh", "tpl.qualitativeScorecard.sheet", "zh-CN");
    let total = 0;
    for (let row = 2; row <= 5; row++) {
      const product = num(ws, `C${row}`) * num(ws, `D${row}`);
      expect(num(ws, `E${row}`)).toBeCloseTo(product, 12);
      total += product;
    }
    expect(num(ws, "C7")).toBeCloseTo(1, 12);
    expect(num(ws, "E8")).toBeCloseTo(total, 12);
    expect(cellText(ws, "B8")).toBe("加权总分");
    expect(ws.getCell("D3").dataValidation).toMatchObject({ type: "whole", formulae: [1, 5] });
    const plan = sheet("zh", "tpl.evaluationPlan.sheet", "zh-CN");
    expect(num(plan, "K2")).toBe(2);
  });
  it("without samples, every computed cell is blank and the preset rows are there", () => {
    for (const def of TEMPLATES) {
      const ws = sheet("blank", def.sheet, "zh-CN");
      const layout = templateLayout(def, { locale: "zh-CN", sample: false });
      def.columns.forEach((c, col) => {
        if (c.kind !== "computed") return;
        for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
          expect(["", null, undefined]).toContain(computed(ws, cellAddress({ row: row - 1, col })));
        }
      });
    }
    expect(cellText(sheet("blank", "tpl.qualitativeScorecard.sheet", "zh-CN"), "A2")).toBe("品牌影响力提升");
  });
  it("freezes the header row and shades it", () => {
    for (const def of TEMPLATES) {
      const ws = originals.zh.getWorksheet(t("zh-CN", def.sheet))!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 0 });
      expect(ws.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FF1F4E78" } });
    }
  });
});

/**
 * The campaign monitor's FORECAST.ETS columns (D to G) and the figures made from them: Excel's
 * own algorithm, which core does not reproduce, so the plan caches a blank there
 * (test/xlsx/monitor-recalc.test.ts compares them with core's Holt-Winters instead).
 */
const MONITOR_SHEETS = new Set([t("zh-CN", "tpl.monitor.sheet"), t("en-US", "tpl.monitor.sheet")]);
function excelForecast(sheetName: string, address: string): boolean {
  if (!MONITOR_SHEETS.has(sheetName)) return false;
  return /^[D-G]\d+$/.test(address) || address === MONITOR_CELLS.projectedForecast;
}

describe("cached results", () => {
  const probeSheets = new Set([t("zh-CN", summaryDef.sheet), t("en-US", summaryDef.sheet)]);
  const same = (v: unknown) => (v === null || v === undefined ? "" : v);
  it.each(["zh", "en", "blank", "edge"])(
    "core's cached value of every formula equals LibreOffice's recalculation (%s)",
    (book) => {
      let compared = 0;
      for (const ws of originals[book].worksheets) {
        const recalculated = books[book].getWorksheet(ws.name);
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const probe = probeSheets.has(ws.name) && Number(cell.col) > PROBE_FIRST; // the highlight probe columns
            if (cell.type !== ExcelJS.ValueType.Formula || probe || excelForecast(ws.name, cell.address)) return;
            const cached = same(cell.result);
            const fresh = same(computed(recalculated!, cell.address));
            const round = (v: unknown) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v);
            expect([ws.name, cell.address, round(fresh)]).toEqual([ws.name, cell.address, round(cached)]);
            compared++;
          }),
        );
      }
      expect(compared).toBeGreaterThan(40);
    },
  );
});

describe("edge rows follow core's conventions", () => {
  it("zero targets and previous values are #DIV/0!, negative targets follow the sign rule, blank direction is higher", () => {
    const ws = books.edge.getWorksheet("Evaluation summary")!;
    for (let row = 2; row <= 6; row++) {
      const v = (col: string) => computed(ws, `${col}${row}`);
      const expected = achievement(v("G"), v("D"), v("C") ?? null);
      if (typeof expected === "number") expect(num(ws, `H${row}`)).toBeCloseTo(expected, 12);
      else expect(v("H")).toEqual({ error: expected.error });
    }
    expect(computed(ws, "H2")).toEqual({ error: "#DIV/0!" });
    expect(computed(ws, "L2")).toEqual({ error: "#DIV/0!" });
    expect(num(ws, "H3")).toBeCloseTo(1.5, 12);
    expect(num(ws, "M3")).toBeCloseTo(growth(-50, -25) as number, 12);
    expect(num(ws, "H4")).toBeCloseTo(0.5, 12);
    expect(num(ws, "H5")).toBeCloseTo(1.25, 12);
    expect(cellText(ws, "I5")).toBe("Challenge reached");
    expect(num(ws, "H6")).toBeCloseTo(0.84, 12);
  });
  it("a revised target replaces the original in achievement, the original kept beside it", () => {
    const ws = books.edge.getWorksheet("Evaluation summary")!;
    expect(num(ws, "D7")).toBe(5000);
    expect(num(ws, "H7")).toBeCloseTo(achievement(4200, 4500) as number, 12);
    expect(num(ws, "H8")).toBeCloseTo(achievement(240, 250, "lower") as number, 12);
    const revised = columnLetter(summaryDef.columns.findIndex((c) => c.key === "revisedTarget"));
    expect(cellText(ws, `${revised}1`)).toBe("Revised target");
  });
  it("zero spend or conversions are #DIV/0!, ties share a rank", () => {
    const ws = books.edge.getWorksheet("Channel efficiency")!;
    expect(computed(ws, "G2")).toEqual({ error: "#DIV/0!" });
    expect(computed(ws, "H2")).toEqual({ error: "#DIV/0!" });
    expect(["", undefined]).toContain(computed(ws, "J2"));
    expect([3, 4, 5].map((r) => computed(ws, `J${r}`))).toEqual([3, 1, 1]);
  });
});

describe("never overwrites", () => {
  it("gives the new sheet and table free names and leaves the old sheet alone", () => {
    const wb = books.clash;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Evaluation summary", "Texts", "Evaluation summary (2)"]);
    expect(cellText(wb.getWorksheet("Evaluation summary")!, "A1")).toBe("keep me");
    expect(num(wb.getWorksheet("Evaluation summary (2)")!, "H3")).toBeCloseTo(0.8, 12);
  });
  it("writes text that looks like a formula or a number as text", () => {
    const ws = books.clash.getWorksheet("Texts")!;
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => computed(ws, a))).toEqual(["=1+1", "-5", "@x", "+7", "0012"]);
  });
});
