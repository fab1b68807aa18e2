import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { did } from "../../src/core/analysis/baseline";
import { runCli } from "../../src/cli/run";
import { isCellError } from "../../src/core/errors";
import { growth } from "../../src/core/kpi/growth";
import { roi } from "../../src/core/kpi/roi";
import type { PlanCell, WorkbookPlan } from "../../src/core/plan";
import { buildTemplatesPlan } from "../../src/core/templates";
import { DID_CELLS, DID_SAMPLE, didFigures, type DidInputs } from "../../src/core/templates/analysis/did";
import { t } from "../../src/i18n/catalog";
import type { Locale } from "../../src/i18n/locale";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { computed, readXlsx, recalculate } from "../helpers/libreoffice";

/**
 * The natural-growth (DID) template recalculated by LibreOffice (one soffice run): its
 * native formulas equal core's `did` and `roi` on the inputs read back, to 1e-9, in both
 * languages, blank, and with inputs edited after generation (other modes, zero and
 * negative divisors). The edited files keep the sample's cached results, so their new
 * figures also prove that LibreOffice recalculated.
 */

const dir = mkdtempSync(join(tmpdir(), "mkt-did-"));
const books: Record<string, ExcelJS.Workbook> = {};
const originals: Record<string, ExcelJS.Workbook> = {};
const C = DID_CELLS;

/** The English sample with some cells edited, as a user would after generating it. */
function edited(cells: Readonly<Record<string, PlanCell>>, locale: Locale = "en-US"): WorkbookPlan {
  const plan = buildTemplatesPlan(["did"], { locale, sample: true });
  return {
    sheets: [
      ...plan.sheets,
      {
        target: { existing: t(locale, "tpl.did.sheet") },
        cells: Object.entries(cells).map(([at, v]) => ({ at, rows: [[v]] })),
      },
    ],
  };
}

const PLANS: Record<string, { plan: WorkbookPlan; locale: Locale }> = {
  en: { plan: buildTemplatesPlan(["did"], { locale: "en-US", sample: true }), locale: "en-US" },
  zh: { plan: buildTemplatesPlan(["did"], { locale: "zh-CN", sample: true }), locale: "zh-CN" },
  blank: { plan: buildTemplatesPlan(["did"], { locale: "zh-CN", sample: false }), locale: "zh-CN" },
  additive: { plan: edited({ [C.mode]: "additive" }), locale: "en-US" },
  additiveZh: { plan: edited({ [C.mode]: "差值", [C.cost]: 40_000 }, "zh-CN"), locale: "zh-CN" },
  blankMode: { plan: edited({ [C.mode]: null, [C.treatedBefore]: 80_000 }), locale: "en-US" },
  zeroControl: { plan: edited({ [C.controlBefore]: 0 }), locale: "en-US" },
  badMode: { plan: edited({ [C.mode]: "bogus" }), locale: "en-US" },
  negativeCost: { plan: edited({ [C.cost]: -100 }), locale: "en-US" },
  zeroCost: { plan: edited({ [C.cost]: 0 }), locale: "en-US" },
  noCost: { plan: edited({ [C.cost]: null }), locale: "en-US" },
};

beforeAll(async () => {
  const paths: string[] = [];
  for (const [name, { plan }] of Object.entries(PLANS)) {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, (await planToXlsx(plan)).bytes);
    paths.push(path);
  }
  const outs = await recalculate(paths);
  for (const [i, name] of Object.keys(PLANS).entries()) {
    books[name] = await readXlsx(outs[i]);
    originals[name] = await readXlsx(paths[i]);
  }
}, 240_000);

const sheetOf = (book: string): ExcelJS.Worksheet => {
  const name = t(PLANS[book].locale, "tpl.did.sheet");
  const ws = books[book].getWorksheet(name);
  if (!ws) throw new Error(`${book} has no sheet ${name}`);
  return ws;
};
/** A cell's value for comparison: numbers rounded to 1e-9, errors as their code, blanks as "". */
function norm(v: unknown): unknown {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return Math.round(v * 1e9) / 1e9;
  if (typeof v === "object" && "error" in v) return { error: (v as { error: string }).error };
  return v;
}
const num = (v: unknown) => (typeof v === "number" ? v : null);
const text = (v: unknown) => (typeof v === "string" ? v : null);
function inputsOf(ws: ExcelJS.Worksheet): DidInputs {
  return {
    treatedBefore: num(computed(ws, C.treatedBefore)),
    treatedAfter: num(computed(ws, C.treatedAfter)),
    controlBefore: num(computed(ws, C.controlBefore)),
    controlAfter: num(computed(ws, C.controlAfter)),
    mode: text(computed(ws, C.mode)),
    cost: num(computed(ws, C.cost)),
  };
}
const FIGURES = ["baseline", "effect", "relative", "grossRoi", "netRoi"] as const;
const shown = (ws: ExcelJS.Worksheet) => FIGURES.map((k) => [k, norm(computed(ws, C[k]))]);
const core = (ws: ExcelJS.Worksheet) => {
  const f = didFigures(inputsOf(ws));
  return FIGURES.map((k) => [k, norm(f[k])]);
};

describe("the natural-growth (DID) template recalculated", () => {
  it.each(Object.keys(PLANS))("baseline, effect, relative effect and both ROIs equal core's (%s)", (book) => {
    const ws = sheetOf(book);
    expect(shown(ws)).toEqual(core(ws));
    for (const [r, before, after] of [
      [2, C.treatedBefore, C.treatedAfter],
      [3, C.controlBefore, C.controlAfter],
    ] as const) {
      const b = num(computed(ws, before));
      const a = num(computed(ws, after));
      expect([r, norm(computed(ws, `D${r}`))]).toEqual([r, b === null || a === null ? "" : norm(growth(a, b))]);
    }
  });

  it.each(["en", "zh"])("gives the sample's figures: natural growth 132,000, ROI 19 gross and 1.4 net (%s)", (book) => {
    const ws = sheetOf(book);
    const s = DID_SAMPLE;
    const d = did(s.treatedBefore, s.treatedAfter, s.controlBefore, s.controlAfter, "ratio");
    if (isCellError(d)) throw new Error(d.message);
    const value = (a: string) => computed(ws, a) as number;
    expect(value(C.baseline)).toBeCloseTo(d.baseline, 9);
    expect(value(C.baseline)).toBeCloseTo(132_000, 9);
    expect(value(C.effect)).toBeCloseTo(18_000, 9);
    expect(value(C.relative)).toBeCloseTo(18 / 132, 12);
    expect(value(C.grossRoi)).toBeCloseTo(roi(s.treatedAfter, s.cost) as number, 9);
    expect(value(C.netRoi)).toBeCloseTo(roi(s.treatedAfter, s.cost, d.baseline) as number, 9);
    expect(value(C.netRoi)).toBeCloseTo(1.4, 12);
  });

  it("recalculated edited inputs (the files carried the sample's results): other modes and divisors", () => {
    const fig = (book: string, key: (typeof FIGURES)[number]) => norm(computed(sheetOf(book), C[key]));
    const cached = (book: string, key: (typeof FIGURES)[number]) =>
      norm(originals[book].getWorksheet(t(PLANS[book].locale, "tpl.did.sheet"))?.getCell(C[key]).result);
    expect(cached("additive", "baseline")).toBe(132_000);
    // Additive: the control group's +30,000 added, so nothing is left for the campaign.
    expect(fig("additive", "baseline")).toBe(150_000);
    expect(fig("additive", "netRoi")).toBe(-1);
    expect(fig("blankMode", "baseline")).toBe(88_000);
    expect(fig("zeroControl", "baseline")).toEqual({ error: "#DIV/0!" });
    expect(fig("zeroControl", "grossRoi")).toBe(19);
    expect(fig("badMode", "netRoi")).toEqual({ error: "#VALUE!" });
    expect(fig("negativeCost", "grossRoi")).toEqual({ error: "#VALUE!" });
    expect(fig("zeroCost", "netRoi")).toEqual({ error: "#DIV/0!" });
    expect(fig("noCost", "netRoi")).toBe("");
  });

  it.each(["en", "zh", "blank"])("core's cached value of every formula equals LibreOffice's (%s)", (book) => {
    const ws = originals[book].getWorksheet(t(PLANS[book].locale, "tpl.did.sheet"))!;
    const fresh = sheetOf(book);
    let compared = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        expect([cell.address, norm(computed(fresh, cell.address))]).toEqual([cell.address, norm(cell.result)]);
        compared++;
      }),
    );
    expect(compared).toBe(7);
  });

  it.each(["en", "zh", "blank"])(
    "gives the data checks nothing to report: the panel is not table data (%s)",
    async (book) => {
      const out: string[] = [];
      const io = { out: (x: string) => out.push(x), err: (x: string) => out.push(x) };
      expect(await runCli(["check", join(dir, `${book}.xlsx`)], io)).toBe(0);
      expect(out.join("\n")).toContain(`No findings in ${t(PLANS[book].locale, "tpl.did.sheet")}`);
    },
  );

  it("blank, every computed cell is blank", () => {
    expect(shown(sheetOf("blank")).map(([, v]) => v)).toEqual(["", "", "", "", ""]);
  });
});
