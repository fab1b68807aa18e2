import { did } from "../../../src/core/analysis/baseline";
import { isCellError } from "../../../src/core/errors";
import { roi } from "../../../src/core/kpi/roi";
import { parseCell } from "../../../src/core/plan/address";
import type { PlanCell, SheetPlan } from "../../../src/core/plan/types";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { recommendations } from "../../../src/core/report/rules";
import { findSources } from "../../../src/core/report/sources";
import { buildSheet, ymdToSerial, type RawCell, type SheetGrid } from "../../../src/core/sheet";
import { buildDidSheet, DID_SAMPLE } from "../../../src/core/templates/analysis/did";
import { t } from "../../../src/i18n/catalog";
import type { Locale } from "../../../src/i18n/locale";

/**
 * The report reads the natural-growth (DID) sheet: the verdict states ROI net of natural
 * growth with the baseline and the sheet it came from (gross, and said so, without one),
 * the details point at the DID sheet's cells, and the natural-growth rule fires only when
 * the baseline turns a positive gross ROI negative.
 */

const TODAY = ymdToSerial(2026, 11, 24);

/** A generated sheet as a workbook reader sees it: values, and formulas' cached results, `top` rows down. */
function gridOf(sheet: SheetPlan, name: string, top = 0, edits: Readonly<Record<string, RawCell>> = {}): SheetGrid {
  const rows: RawCell[][] = Array.from({ length: top }, () => []);
  const put = (address: string, v: RawCell) => {
    const { row, col } = parseCell(address);
    while (rows.length <= row + top) rows.push([]);
    rows[row + top][col] = v;
  };
  const raw = (c: PlanCell): RawCell => {
    if (c !== null && typeof c === "object" && "formula" in c) {
      const r = c.result;
      return r !== null && typeof r === "object" && "error" in r ? { error: r.error } : (r as RawCell);
    }
    return c !== null && typeof c === "object" ? null : c;
  };
  for (const block of sheet.cells ?? []) {
    const { row, col } = parseCell(block.at);
    block.rows.forEach((cells, i) =>
      cells.forEach((c, j) => put(`${String.fromCharCode(65 + col + j)}${row + i + 1}`, raw(c))),
    );
  }
  for (const [a, v] of Object.entries(edits)) {
    const { row, col } = parseCell(a);
    rows[row + top][col] = v;
  }
  return buildSheet(name, rows);
}

const summaryHeader = (locale: Locale) =>
  ["metric", "unit", "direction", "target", "base", "challenge", "actual"].map((k) =>
    t(locale, `tpl.col.${k}` as "tpl.col.metric"),
  );
const summary = (locale: Locale) =>
  buildSheet("Summary", [
    summaryHeader(locale),
    ["Paying users", "", "higher", 5000, 4000, 5000, 4200],
    ["CAC", "", "lower", 200, 220, 180, 240],
    ["Rate", "", "higher", 0.06, 0.05, 0.08, 0.085],
  ]);
const channels = buildSheet("Channels", [
  ["channel", "spend", "impressions", "clicks", "conversions", "revenue"].map((k) =>
    t("en-US", `tpl.col.${k}` as "tpl.col.channel"),
  ),
  ["Search", 50000, 0, 0, 600, 180000],
  ["Feed", 60000, 0, 0, 400, 50000],
]);
/** The channels' gross ROI: (230,000 - 110,000) / 110,000, with the totals the verdict states. */
const GROSS = { roi: "1.09", spend: "110,000", revenue: "230,000" };

function report(grids: SheetGrid[], locale: Locale) {
  const facts = reportFacts(findSources(grids), TODAY, grids);
  const sheet = buildReportPlan(facts, { locale, stamp: "x" }).sheets[0];
  const rows = sheet.cells?.[0].rows ?? [];
  return { facts, sheet, rows, verdict: rows[4]?.[0], column: rows.map((r) => r[0]) };
}
const partly = (locale: Locale) => t(locale, "rpt.verdict.partly", { goals: 3, reached: 2, challenge: 1 });
const join = (locale: Locale, a: string, b: string) => (locale === "zh-CN" ? `${a}${b}` : `${a} ${b}`);

describe.each(["en-US", "zh-CN"] as const)("the report with the natural-growth sheet (%s)", (locale) => {
  const name = t(locale, "tpl.did.sheet");
  const didSheet = gridOf(buildDidSheet({ locale, sample: true }), name);
  const { facts, rows, verdict, column } = report([summary(locale), channels, didSheet], locale);
  const s = DID_SAMPLE;
  const d = did(s.treatedBefore, s.treatedAfter, s.controlBefore, s.controlAfter, "ratio");
  if (isCellError(d)) throw new Error(d.message);

  it("finds it by its labels and computes core's did and roi on its figures", () => {
    const ng = facts.naturalGrowth;
    if (!ng?.ok) throw new Error("expected the natural-growth fact");
    expect(ng.sheet).toBe(name);
    expect(ng.baseline).toEqual({ value: d.baseline, cell: "G4" });
    expect(ng.effect).toEqual({ value: d.effect, cell: "G5" });
    expect(ng.relative).toEqual({ value: d.relative, cell: "G6" });
    expect(ng.grossRoi).toEqual({ value: roi(s.treatedAfter, s.cost), cell: "G7" });
    expect(ng.netRoi).toEqual({ value: roi(s.treatedAfter, s.cost, d.baseline), cell: "G8" });
    expect(ng.netRoi.value).toBeCloseTo(1.4, 12);
  });

  it("states ROI net of natural growth in the verdict, with the baseline and the sheet", () => {
    expect(verdict).toBe(
      join(locale, partly(locale), t(locale, "rpt.verdict.net", { roi: "1.4", baseline: "132,000", sheet: name })),
    );
    // The channels' gross figures follow on their own line.
    expect(column[5]).toBe(t(locale, "rpt.verdict.roi", GROSS));
  });

  it("adds the DID figures as formulas on the sheet's cells, with core's values", () => {
    const cells = rows.flat();
    const q = `'${name}'`;
    expect(cells).toContainEqual({ formula: `=${q}!C2`, result: s.treatedAfter });
    expect(cells).toContainEqual({ formula: `=${q}!G4`, result: d.baseline });
    expect(cells).toContainEqual({ formula: `=${q}!G5`, result: d.effect });
    expect(cells).toContainEqual({ formula: `=${q}!G2`, result: s.cost });
    expect(cells).toContainEqual({ formula: `=${q}!G8`, result: roi(s.treatedAfter, s.cost, d.baseline) });
    expect(column).toContain(t(locale, "rpt.did"));
    // The natural-growth rule stays silent: the net ROI is positive.
    expect(recommendations(facts).map((r) => r.rule.id)).not.toContain("natural-growth");
  });

  it("finds it below a title, in another column order of rows, pointing at the moved cells", () => {
    const moved = gridOf(buildDidSheet({ locale, sample: true }), "DID", 2, {
      A2: t(locale, "tpl.did.control"),
      B2: s.controlBefore,
      C2: s.controlAfter,
      A3: t(locale, "tpl.did.treated"),
      B3: s.treatedBefore,
      C3: s.treatedAfter,
    });
    const ng = report([moved], locale).facts.naturalGrowth;
    if (!ng?.ok) throw new Error("expected the natural-growth fact");
    expect([ng.treatedBefore.cell, ng.controlAfter.cell, ng.baseline.cell]).toEqual(["B5", "C4", "G6"]);
    expect(ng.baseline.value).toBe(d.baseline);
  });
});

describe.each(["en-US", "zh-CN"] as const)("the report without a natural-growth baseline (%s)", (locale) => {
  it("keeps the channels' gross ROI in the verdict and says it is gross; no DID block", () => {
    const { verdict, column, facts } = report([summary(locale), channels], locale);
    expect(facts.naturalGrowth).toBeUndefined();
    expect(verdict).toBe(join(locale, partly(locale), t(locale, "rpt.verdict.gross", GROSS)));
    expect(column).not.toContain(t(locale, "rpt.did"));
    // The gross clause states the totals: no second line repeats them.
    expect(column).not.toContain(t(locale, "rpt.verdict.roi", GROSS));
  });

  it("says why a DID sheet gives none (a blank cost, a zero control group), naming the sheet", () => {
    const name = t(locale, "tpl.did.sheet");
    const plan = buildDidSheet({ locale, sample: true });
    const noCost = report([summary(locale), channels, gridOf(plan, name, 0, { G2: null })], locale);
    const problem = locale === "zh-CN" ? "cost 为空" : "cost is blank";
    expect(noCost.verdict).toBe(
      join(locale, partly(locale), t(locale, "rpt.verdict.grossProblem", { ...GROSS, sheet: name, problem })),
    );
    expect(noCost.column).toContain(t(locale, "rpt.did.problem", { sheet: name, problem }));
    const zero = report([gridOf(plan, name, 0, { B3: 0 })], locale);
    expect(zero.facts.naturalGrowth).toMatchObject({ ok: false, problem: { error: "#DIV/0!" } });
    // No channels to fall back on: the verdict says only why there is no baseline.
    expect(String(zero.verdict)).toContain(name);
  });
});

describe("the natural-growth rule", () => {
  const grid = (cells: Readonly<Record<string, RawCell>>) =>
    gridOf(buildDidSheet({ locale: "en-US", sample: true }), "DID", 0, cells);
  const fired = (cells: Readonly<Record<string, RawCell>>) => {
    const g = [grid(cells)];
    return recommendations(reportFacts(findSources(g), TODAY, g));
  };

  it("fires when the baseline takes a positive gross ROI below zero, with the figures", () => {
    // The control group grew 12%: 112,000 of the campaign group's 110,000 would have come anyway.
    const recs = fired({ B2: 100_000, C2: 110_000, B3: 100_000, C3: 112_000, G2: 5_000 });
    const rule = recs.find((r) => r.rule.id === "natural-growth");
    if (!rule) throw new Error("expected the natural-growth rule to fire");
    expect(roi(110_000, 5_000)).toBe(21);
    expect(roi(110_000, 5_000, 112_000)).toBeCloseTo(-1.4, 12);
    expect(t("en-US", rule.rule.message, rule.params)).toBe(
      "The campaign's revenue is mostly natural growth: 112,000 of 110,000 (101.8%) would have come anyway. " +
        "ROI is 21 gross but -1.4 net of natural growth: rework or stop the campaign before repeating it.",
    );
    expect(t("zh-CN", rule.rule.message, rule.params)).toContain("-1.4");
  });

  it("stays silent when the net ROI is positive, when the gross one is negative too, and without the sheet", () => {
    const ids = (cells: Readonly<Record<string, RawCell>>) => fired(cells).map((r) => r.rule.id);
    expect(ids({})).not.toContain("natural-growth");
    expect(ids({ B2: 100_000, C2: 110_000, B3: 100_000, C3: 112_000, G2: 200_000 })).not.toContain("natural-growth");
    expect(ids({ G2: 0 })).not.toContain("natural-growth");
    const none = [channels];
    expect(recommendations(reportFacts(findSources(none), TODAY, none)).map((r) => r.rule.id)).not.toContain(
      "natural-growth",
    );
  });
});
