import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ladderMultiplier, score, type Rung } from "../../src/core/appraisal";
import { columnLetter, type WorkbookPlan } from "../../src/core/plan";
import {
  buildTemplateSheet,
  buildTemplatesPlan,
  expandFormula,
  findTemplate,
  templateLayout,
} from "../../src/core/templates";
import { appraisal } from "../../src/core/templates/definitions/appraisal";
import { buildPanel } from "../../src/core/templates/panels";
import { templateSchema, type TemplateDef } from "../../src/core/templates/schema";
import { t } from "../../src/i18n/catalog";
import type { Locale } from "../../src/i18n/locale";
import { checkSheet, parseCheckSettings } from "../../src/core/checks";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { readSheet } from "../../src/xlsx/read-workbook";
import { cellText, computed, readXlsx, recalculate } from "../helpers/libreoffice";
import { EDGE_ROWS } from "./appraisal-rows";

/**
 * The appraisal template recalculated by LibreOffice (one soffice run): every person's KPI
 * score against core's `score`, the bonus ladder edited on the sheet, RANK.EQ ties, the
 * top-3 highlight and the review flag on constructed rows.
 */

const dir = mkdtempSync(join(tmpdir(), "mkt-appraisal-"));
const books: Record<string, ExcelJS.Workbook> = {};
const originals: Record<string, ExcelJS.Workbook> = {};
const def = findTemplate("appraisal")!;
const edgeDef: TemplateDef = templateSchema.parse({ ...appraisal, sample: EDGE_ROWS, blankRows: 2 });
const EDITED_LADDER: Rung[] = [
  { threshold: 0.9, multiplier: 0.5 },
  { threshold: 1.1, multiplier: 1.5 },
  { threshold: 1.25, multiplier: 3 },
];
const PROBE_COL = 40; // beyond the panel

const opts = (locale: Locale) => ({ locale, sample: true });
const refs = (d: TemplateDef, locale: Locale) => buildPanel("appraisal", d.columns.length + 1, opts(locale)).refs;

/** Each highlight rule of a row written into scratch columns, so LibreOffice evaluates it (1 = applies). */
function probes(d: TemplateDef, locale: Locale): WorkbookPlan["sheets"][number] {
  const layout = templateLayout(d, opts(locale));
  const rows = [];
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const ctx = {
      ...layout,
      row,
      locale,
      panel: refs(d, locale),
      table: d.tableName,
      headers: new Map(d.columns.map((c) => [c.key, t(locale, c.header)])),
    };
    rows.push(d.highlights.map((h) => ({ formula: `=IF(${expandFormula(h.formula, ctx).slice(1)},1,0)` })));
  }
  return {
    target: { existing: t(locale, d.sheet) },
    cells: [{ at: `${columnLetter(PROBE_COL)}${layout.firstDataRow}`, rows }],
  };
}

async function save(name: string, plan: WorkbookPlan, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const { bytes } = await planToXlsx(plan);
  const path = join(dir, `${name}.xlsx`);
  if (!edit) {
    writeFileSync(path, bytes);
    return path;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  edit(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  const zh = buildTemplatesPlan(["qualitative-scorecard", "appraisal"], opts("zh-CN"));
  const en = buildTemplatesPlan(["appraisal"], opts("en-US"));
  const edge: WorkbookPlan = { sheets: [buildTemplateSheet(edgeDef, opts("en-US")), probes(edgeDef, "en-US")] };
  const files = {
    zh: await save("zh", zh),
    en: await save("en", en),
    edge: await save("edge", edge),
    planted: await save("planted", zh, (wb) => {
      const ws = wb.getWorksheet(t("zh-CN", def.sheet))!;
      const layout = templateLayout(def, opts("zh-CN"));
      const at = (key: string, row: number) => `${columnLetter(layout.columns.get(key)!)}${row}`;
      ws.getCell(at("weight", 2)).value = 0.5; // 李娜: 50% + 60%
      ws.getCell(at("revisionReason", 3)).value = null; // 李娜's revised target loses its reason
      ws.getCell(at("scored", 10)).value = 0.27; // 销售一部's incubation ROI typed over the formula
    }),
    ladder: await save("ladder", zh, (wb) => {
      const ws = wb.getWorksheet(t("zh-CN", def.sheet))!;
      const r = refs(def, "zh-CN");
      const [from] = r.ladderThresholds.replace(/\$/g, "").split(":");
      const [mFrom] = r.ladderMultipliers.replace(/\$/g, "").split(":");
      const row0 = Number(/\d+/.exec(from)![0]);
      EDITED_LADDER.forEach((rung, k) => {
        ws.getCell(`${/[A-Z]+/.exec(from)![0]}${row0 + k}`).value = rung.threshold;
        ws.getCell(`${/[A-Z]+/.exec(mFrom)![0]}${row0 + k}`).value = rung.multiplier;
      });
    }),
  };
  const names = Object.keys(files);
  const outs = await recalculate(Object.values(files));
  for (const [i, name] of names.entries()) {
    books[name] = await readXlsx(outs[i]);
    originals[name] = await readXlsx(Object.values(files)[i]);
  }
}, 240_000);

/** Reads the recalculated appraisal sheet by column key. */
function reader(book: string, d: TemplateDef, locale: Locale) {
  const ws = books[book].getWorksheet(t(locale, d.sheet))!;
  const layout = templateLayout(d, opts(locale));
  const at = (key: string, row: number) => `${columnLetter(layout.columns.get(key)!)}${row}`;
  const v = (key: string, row: number): unknown => {
    const x = computed(ws, at(key, row));
    return x === null || x === undefined ? "" : x;
  };
  const rows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) rows.push(r);
  return { ws, v, rows, at };
}

/** Core's MKT.SCORE on one person's rows as the sheet holds them (revised target where there is one). */
function coreScore(read: ReturnType<typeof reader>, person: unknown, cap: unknown) {
  const own = read.rows.filter((r) => read.v("person", r) === person);
  const col = (f: (r: number) => unknown) => own.map((r) => [f(r)]);
  return score(
    col((r) => read.v("actual", r)),
    col((r) => (read.v("revisedTarget", r) !== "" ? read.v("revisedTarget", r) : read.v("target", r))),
    col((r) => read.v("weightUsed", r)),
    col((r) => read.v("direction", r)),
    cap,
    col((r) => read.v("incubation", r)),
  );
}

describe.each([
  ["zh", "zh-CN"],
  ["en", "en-US"],
  ["edge", "en-US"],
] as const)("appraisal recalculated (%s)", (book, locale) => {
  const d = book === "edge" ? edgeDef : def;
  it("agrees with core's score for every person, on the person's first row only", () => {
    const read = reader(book, d, locale);
    let people = 0;
    const seen = new Set<unknown>();
    for (const r of read.rows) {
      const person = read.v("person", r);
      const shown = read.v("quantScore", r);
      if (person === "" || seen.has(person)) {
        expect([r, shown]).toEqual([r, ""]);
        continue;
      }
      seen.add(person);
      people++;
      const expected = coreScore(read, person, 1.5);
      if (typeof expected === "number") expect([r, shown]).toEqual([r, expect.closeTo(expected, 12)]);
      else expect([r, shown]).toEqual([r, { error: expected.error }]);
    }
    expect(people).toBeGreaterThanOrEqual(5);
  });
  it("ranks the totals as RANK.EQ does: ties share a rank and the next one is skipped", () => {
    const read = reader(book, d, locale);
    const totals = read.rows.map((r) => read.v("totalScore", r)).filter((x): x is number => typeof x === "number");
    for (const r of read.rows) {
      const total = read.v("totalScore", r);
      const expected = typeof total === "number" ? 1 + totals.filter((x) => x > total).length : "";
      expect([r, read.v("rank", r)]).toEqual([r, expected]);
    }
  });
});

describe("the issue's example and the documents' rules on the sample rows", () => {
  const read = () => reader("en", def, "en-US");
  it("Wang Qiang: 0.6 x 120% + 0.4 x 125% = 122%, multiplier 2.0 (from 120%)", () => {
    const r = read().rows.find((x) => read().v("person", x) === "Wang Qiang")!;
    expect(read().v("quantScore", r)).toBeCloseTo(1.22, 12);
    expect(read().v("multiplier", r)).toBe(2);
  });
  it("Li Na's new-user KPI is judged against the revised 4500, the original 5000 shown beside it", () => {
    const r = read().rows.filter((x) => read().v("person", x) === "Li Na")[1];
    expect(read().v("achievement", r)).toBeCloseTo(4200 / 4500, 12);
    expect(read().v("achievementOriginal", r)).toBeCloseTo(0.84, 12);
  });
  it("the incubation-period ROI is not counted and the sales team's other weights are rescaled", () => {
    const rows = read().rows.filter((x) => read().v("person", x) === "Sales team 1");
    expect(read().v("scored", rows[1])).toBe("");
    expect(read().v("quantScore", rows[0])).toBeCloseTo((0.5 * 1.1 + 0.2 * 0.9) / 0.7, 12);
  });
  it("Zhao Min's blank weights come from the ad-hoc profile; without a scorecard sheet the total is the KPI score", () => {
    const rows = read().rows.filter((x) => read().v("person", x) === "Zhao Min");
    expect(rows.map((r) => read().v("weightUsed", r))).toEqual([0.4, 0.4, 0.2]);
    expect(read().v("qualUsed", rows[0])).toBe("");
    expect(read().v("totalScore", rows[0])).toBe(read().v("quantScore", rows[0]));
  });
  it("with the qualitative scorecard in the workbook, Zhao Min's qualitative score is its weighted total", () => {
    const zh = reader("zh", def, "zh-CN");
    const r = zh.rows.find((x) => zh.v("person", x) === "赵敏")!;
    const scorecard = books.zh.getWorksheet(t("zh-CN", "tpl.qualitativeScorecard.sheet"))!;
    expect(zh.v("qualUsed", r)).toBeCloseTo(computed(scorecard, "E8") as number, 12);
    expect(zh.v("totalScore", r)).toBeCloseTo(
      0.7 * (zh.v("quantScore", r) as number) + (0.3 * (zh.v("qualUsed", r) as number)) / 5,
      12,
    );
  });
  it("the review flag fires for the service team only (below 80% now and last period)", () => {
    const flagged = read()
      .rows.filter((r) => read().v("review", r) !== "")
      .map((r) => read().v("person", r));
    expect(flagged).toEqual(["Service team"]);
    expect(
      cellText(
        read().ws,
        read().at(
          "review",
          read().rows.find((r) => read().v("person", r) === "Service team")!,
        ),
      ),
    ).toBe(t("en-US", "tpl.ap.reviewFlag"));
  });
});

describe("the ladder edited on the sheet", () => {
  it("changes the multipliers after recalculation, as core's ladder with the edited rungs says", () => {
    const before = reader("zh", def, "zh-CN");
    const after = reader("ladder", def, "zh-CN");
    let changed = 0;
    for (const r of after.rows) {
      const q = after.v("quantScore", r);
      if (typeof q !== "number") continue;
      expect([r, after.v("multiplier", r)]).toEqual([r, ladderMultiplier(q, EDITED_LADDER)]);
      if (after.v("multiplier", r) !== before.v("multiplier", r)) changed++;
    }
    expect(changed).toBeGreaterThanOrEqual(3);
  });
});

describe("the appraisal data check", () => {
  const run = (book: string) =>
    checkSheet(
      readSheet(books[book].getWorksheet(t("zh-CN", def.sheet))!),
      parseCheckSettings({ rules: ["appraisal"] }),
      0,
    ).findings;
  it("is silent on the sample rows", () => {
    expect(run("zh")).toEqual([]);
  });
  it("with every rule on, the samples show only targets missed: the panel beside the table is no data", () => {
    const ws = books.zh.getWorksheet(t("zh-CN", def.sheet))!;
    const all = checkSheet(readSheet(ws), parseCheckSettings({}), 0).findings;
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((f) => f.rule))).toEqual(new Set(["targets"]));
  });
  it("fires on planted rows: weights of 110%, a revision without a reason, an incubation ROI counted", () => {
    const layout = templateLayout(def, opts("zh-CN"));
    const at = (key: string, row: number) => `${columnLetter(layout.columns.get(key)!)}${row}`;
    const found = run("planted").map((f) => [f.cell, f.key]);
    expect(found).toEqual([
      [at("weightUsed", 2), "check.weightSum"],
      [at("revisedTarget", 3), "check.revisionNoReason"],
      [at("scored", 10), "check.incubationCounted"],
    ]);
  });
});

describe("constructed rows", () => {
  const read = () => reader("edge", edgeDef, "en-US");
  const first = (person: string) => read().rows.find((r) => read().v("person", r) === person)!;
  it("weights off 100% are #VALUE!, a missing actual #N/A, a zero target #DIV/0!; a capped KPI counts 150%", () => {
    expect(read().v("quantScore", first("Bad weights"))).toEqual({ error: "#VALUE!" });
    expect(read().v("quantScore", first("Pending"))).toEqual({ error: "#N/A" });
    expect(read().v("quantScore", first("Zero target"))).toEqual({ error: "#DIV/0!" });
    expect(read().v("quantScore", first("Capped"))).toBeCloseTo(0.5 * 1.5 + 0.5 * 1, 12);
  });
  it("a tie at third place: both get 3, the next total gets 5, and all four in the top 3 are highlighted", () => {
    expect(read().v("rank", first("Tie A"))).toBe(3);
    expect(read().v("rank", first("Tie B"))).toBe(3);
    expect(read().v("rank", first("Recovered"))).toBe(5);
    const ws = read().ws;
    const top = read()
      .rows.filter((r) => computed(ws, `${columnLetter(PROBE_COL + 1)}${r}`) === 1)
      .map((r) => read().v("person", r));
    expect(top).toEqual(["Tie A", "Tie B", "Top", "Capped"]);
  });
  it("the review flag fires only when this period and the last are both below the first rung", () => {
    const ws = read().ws;
    const flagged = read()
      .rows.filter((r) => read().v("review", r) !== "")
      .map((r) => read().v("person", r));
    expect(flagged).toEqual(["Low twice"]);
    const red = read().rows.filter((r) => computed(ws, `${columnLetter(PROBE_COL)}${r}`) === 1);
    expect(red.map((r) => read().v("person", r))).toEqual(["Low twice"]);
  });
  it("core's cached value of every formula equals LibreOffice's recalculation", () => {
    let compared = 0;
    for (const book of ["zh", "en", "edge"]) {
      for (const ws of originals[book].worksheets) {
        const fresh = books[book].getWorksheet(ws.name)!;
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type !== ExcelJS.ValueType.Formula || Number(cell.col) > PROBE_COL) return;
            const same = (v: unknown) =>
              v === null || v === undefined ? "" : typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v;
            expect([ws.name, cell.address, same(computed(fresh, cell.address))]).toEqual([
              ws.name,
              cell.address,
              same(cell.result),
            ]);
            compared++;
          }),
        );
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
