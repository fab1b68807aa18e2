import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cohortGrid, fitDecay, funnelGrid, repurchase } from "../../src/core/analysis";
import { groupOrders } from "../../src/core/analysis/orders";
import { isCellError } from "../../src/core/errors";
import type { WorkbookPlan } from "../../src/core/plan";
import { buildTemplatesPlan } from "../../src/core/templates";
import { COHORT_MATRIX, COHORT_SIZE, cohortLayout } from "../../src/core/templates/analysis/cohort";
import { DECAY_CELLS, decayLayout } from "../../src/core/templates/analysis/decay";
import { funnelLayout } from "../../src/core/templates/analysis/funnel";
import { dateToSerial } from "../../src/core/sheet/dates";
import { t } from "../../src/i18n/catalog";
import type { Locale } from "../../src/i18n/locale";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { cellText, computed, readXlsx, recalculate } from "../helpers/libreoffice";

/**
 * The funnel, decay and cohort templates recalculated by LibreOffice (one soffice run):
 * every native formula agrees with core's analysis functions run on the inputs read back
 * from the recalculated sheet, and with the figures, to 1e-9.
 */

const dir = mkdtempSync(join(tmpdir(), "mkt-analysis-"));
const books: Record<string, ExcelJS.Workbook> = {};
const originals: Record<string, ExcelJS.Workbook> = {};
const IDS = ["funnel", "decay", "cohort"];

/** The sample funnel with counts edited: a stage of 0 and the stage after it. */
function edgePlan(): WorkbookPlan {
  const plan = buildTemplatesPlan(["funnel"], { locale: "en-US", sample: true });
  return {
    sheets: [
      ...plan.sheets,
      {
        target: { existing: "Funnel analysis" },
        cells: [
          { at: "B2", rows: [[1000], [500], [0], [0], [0]] },
          { at: "K1", rows: [[0.5]] },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  const plans: Record<string, WorkbookPlan> = {
    en: buildTemplatesPlan(IDS, { locale: "en-US", sample: true }),
    zh: buildTemplatesPlan(IDS, { locale: "zh-CN", sample: true }),
    blank: buildTemplatesPlan(IDS, { locale: "zh-CN", sample: false }),
    edge: edgePlan(),
  };
  const paths: string[] = [];
  for (const [name, plan] of Object.entries(plans)) {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, (await planToXlsx(plan)).bytes);
    paths.push(path);
  }
  const outs = await recalculate(paths);
  for (const [i, name] of Object.keys(plans).entries()) {
    books[name] = await readXlsx(outs[i]);
    originals[name] = await readXlsx(paths[i]);
  }
}, 240_000);

const sheet = (book: string, key: Parameters<typeof t>[1], locale: Locale): ExcelJS.Worksheet => {
  const ws = books[book].getWorksheet(t(locale, key));
  if (!ws) throw new Error(`${book} has no sheet ${t(locale, key)}`);
  return ws;
};
const blankish = (v: unknown) => v === null || v === undefined || v === "";
/** A cell's value for comparison: numbers rounded to 1e-9, errors as their code, blanks as "". */
function norm(v: unknown): unknown {
  if (blankish(v)) return "";
  if (typeof v === "number") return Math.round(v * 1e9) / 1e9;
  if (isCellError(v)) return { error: v.error };
  if (typeof v === "object" && v !== null && "error" in v) return { error: (v as { error: string }).error };
  if (typeof v === "object" && v !== null && "richText" in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  return v;
}
const value = (ws: ExcelJS.Worksheet, a: string) => {
  const v = computed(ws, a);
  return v instanceof Date ? dateToSerial(v) : v;
};

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
  ["edge", "en-US"],
] as const)("funnel recalculated (%s)", (book, locale) => {
  it("step, overall, drop-off, lost and flag equal MKT.FUNNEL's on the sheet's own inputs", () => {
    const ws = sheet(book, "tpl.funnel.sheet", locale);
    const { first, last } = funnelLayout(true);
    const column = (c: string) => Array.from({ length: last - first + 1 }, (_, i) => [value(ws, `${c}${first + i}`)]);
    const grid = funnelGrid(column("A"), column("B"), value(ws, "K1"), column("C"), locale);
    if (isCellError(grid)) throw new Error(grid.message);
    const stages = grid.slice(1);
    expect(stages.length).toBe(5);
    stages.forEach((row, i) => {
      const r = first + i;
      const sheetRow = ["D", "E", "F", "G", "H"].map((c) => norm(value(ws, `${c}${r}`)));
      // MKT.FUNNEL's columns: stage, count, step, overall, drop-off, lost, benchmark, flag.
      expect([r, ...sheetRow]).toEqual([r, ...[row[2], row[3], row[4], row[5], row[7]].map(norm)]);
    });
    for (let r = first + stages.length; r <= last; r++) expect(norm(value(ws, `H${r}`))).toBe("");
  });
});

describe("funnel figures", () => {
  it("flags the sample's leaks and its largest loss; a zero count is #DIV/0! in the stage after it", () => {
    const ws = sheet("en", "tpl.funnel.sheet", "en-US");
    expect(["H3", "H4", "H5", "H6"].map((a) => cellText(ws, a))).toEqual(["leak; largest loss", "leak", "leak", ""]);
    expect(value(ws, "D6")).toBeCloseTo(0.35, 12);
    const edge = sheet("edge", "tpl.funnel.sheet", "en-US");
    expect(value(edge, "D4")).toBe(0);
    expect(norm(value(edge, "D5"))).toEqual({ error: "#DIV/0!" });
    expect(cellText(edge, "H4")).toBe("leak; largest loss");
  });
});

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("decay recalculated (%s)", (book, locale) => {
  it("LOGEST's fit equals MKT.DECAY's and the issue's figures", () => {
    const ws = sheet(book, "tpl.decay.sheet", locale);
    const { first, sampleLast } = decayLayout(true);
    const points = [];
    for (let r = first; r <= sampleLast; r++)
      points.push({ period: value(ws, `D${r}`) as number, value: value(ws, `B${r}`) as number });
    const fit = fitDecay(points, value(ws, DECAY_CELLS.threshold) as number);
    if (isCellError(fit)) throw new Error(fit.message);
    const C = DECAY_CELLS;
    const shown = [C.start, C.factor, C.decay, C.halfLife, C.r2, C.best].map((a) => norm(value(ws, a)));
    expect(shown).toEqual([fit.start, fit.factor, fit.decay, fit.halfLife, fit.r2, fit.best].map(norm));
    expect(value(ws, C.start)).toBeCloseTo(1174.855732486, 8);
    expect(value(ws, C.factor)).toBeCloseTo(0.869464992218, 11);
    expect(value(ws, C.halfLife)).toBeCloseTo(4.955397599, 8);
    expect(value(ws, C.r2)).toBeCloseTo(0.995841788, 8);
    expect(value(ws, C.best)).toBeCloseTo(4.804006262, 8);
    for (let r = first; r <= sampleLast; r++)
      expect(value(ws, `C${r}`)).toBeCloseTo(fit.start * fit.factor ** (value(ws, `D${r}`) as number), 9);
  });
});

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("cohort recalculated (%s)", (book, locale) => {
  it("the matrix and its weighted row equal MKT.COHORT's on the order rows; repeat rate equals core's", () => {
    const ws = sheet(book, "tpl.cohort.sheet", locale);
    const { first, last } = cohortLayout(true);
    const ids: unknown[][] = [];
    const dates: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      ids.push([value(ws, `A${r}`)]);
      dates.push([value(ws, `B${r}`)]);
    }
    const grid = cohortGrid(ids, dates, "month", COHORT_SIZE, locale);
    if (isCellError(grid)) throw new Error(grid.message);
    const body = grid.slice(1);
    expect(body).toHaveLength(COHORT_SIZE + 1);
    body.forEach((row, i) => {
      const r = COHORT_MATRIX.firstRow + i;
      const cols = ["H", "I", "J", "K", "L", "M", "N"];
      expect([r, ...cols.map((c) => norm(value(ws, `${c}${r}`)))]).toEqual([r, ...row.slice(1).map(norm)]);
    });
    // The weighted average, by hand for month 1: retained / customers of every cohort that reached it.
    expect(value(ws, `J${COHORT_MATRIX.averageRow}`)).toBeCloseTo((2 + 1 + 1 + 1 + 1) / (6 + 4 + 3 + 3 + 2), 12);
    // C20's first order is on the last day: December's cohort has reached month 0 only.
    expect(norm(value(ws, `I${COHORT_MATRIX.averageRow - 1}`))).toBe(1);
    expect(norm(value(ws, `J${COHORT_MATRIX.averageRow - 1}`))).toBe("");
    const rows = ids
      .map((id, i) => ({ id: String(id[0] ?? ""), day: dates[i][0] as number }))
      .filter((x) => x.id !== "");
    const all = repurchase(
      groupOrders(rows),
      Math.min(...rows.map((x) => x.day)),
      Math.max(...rows.map((x) => x.day)),
    ).all;
    const rr = COHORT_MATRIX.repeatRow;
    expect([value(ws, `H${rr}`), value(ws, `H${rr + 1}`)]).toEqual([all.customers, all.repeaters]);
    expect(value(ws, `H${rr + 2}`)).toBeCloseTo(all.rate as number, 12);
  });
});

describe("cached results and blank templates", () => {
  it.each(["en", "zh", "blank"])("core's cached value of every formula equals LibreOffice's (%s)", (book) => {
    let compared = 0;
    for (const ws of originals[book].worksheets) {
      const fresh = books[book].getWorksheet(ws.name)!;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const cached = cell.result instanceof Date ? dateToSerial(cell.result) : cell.result;
          expect([ws.name, cell.address, norm(value(fresh, cell.address))]).toEqual([
            ws.name,
            cell.address,
            norm(cached),
          ]);
          compared++;
        }),
      );
    }
    expect(compared).toBeGreaterThan(book === "blank" ? 100 : 150);
  });
  it("without samples nothing is an error: computed cells are blank (or 0 customers)", () => {
    for (const ws of books.blank.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          expect([ws.name, cell.address, ["", 0].includes(norm(cell.result) as string)]).toEqual([
            ws.name,
            cell.address,
            true,
          ]);
        }),
      );
    }
  });
  it("keeps the heat map's colour scale, the leak highlights and the tables in the file", () => {
    const cohort = originals.en.getWorksheet("Retention and repurchase")!;
    const rules = (cohort as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules[0].type])).toEqual([["I2:N7", "colorScale"]]);
    const funnel = originals.en.getWorksheet("Funnel analysis")!;
    const leaks = (funnel as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(leaks.map((r) => r.rules[0].type)).toEqual(["expression", "expression"]);
    const tables = (ws: ExcelJS.Worksheet) =>
      (ws.getTables() as unknown as { table: { name: string } }[]).map((x) => x.table.name);
    expect(tables(funnel)).toEqual(["FunnelAnalysis"]);
    expect(tables(cohort)).toEqual(["CohortOrders"]);
  });
});
