import { t } from "../../i18n/catalog";
import { inertText } from "../format/inert";
import { cellAddress, columnLetter, sheetQualified } from "../plan/address";
import type { PlanCell } from "../plan/types";
import { HEAT_SCALE } from "../templates/styles";
import type { Ctx, SheetParts } from "./blocks";
import type { ReportFacts } from "./facts";
import { pct } from "./format";

/**
 * The attribution shares with a doughnut of the most data-driven model, and the cohort
 * matrix as a heat map. Numbers are formulas on the source cells, with core's values as
 * their cached results.
 */

/** Rows the doughnut takes below the shares table. */
const DOUGHNUT_ROWS = 12;

/** A model's name without a trailing parenthetical, in either script: "马尔可夫(移除效应)" is "马尔可夫". */
const shortName = (name: string) => name.replace(/\s*[(（][^()（）]*[)）]\s*$/, "") || name;

function title(p: SheetParts, text: string): void {
  p.rows.push([text]);
  p.formats.push({ ranges: [`A${p.rows.length}`], format: { bold: true } });
}

export function attributionBlock(p: SheetParts, facts: ReportFacts, ctx: Ctx): void {
  const a = facts.attribution;
  if (!a) return;
  const { locale } = ctx;
  // A Share column is named by the model the sheet says produced it; a model's column by its header.
  const named = a.columns[a.drawn].isShare ? a.model : a.columns[a.drawn].name;
  const model = named ?? t(locale, "rpt.attr.unnamed");
  title(p, t(locale, "rpt.attr"));
  const drawn = a.channels
    .filter((c) => c.shares[a.drawn] !== null)
    .sort((x, y) => (y.shares[a.drawn] ?? 0) - (x.shares[a.drawn] ?? 0));
  if (drawn.length > 0)
    p.rows.push([
      inertText(
        t(locale, named === undefined ? "rpt.attr.topUnnamed" : "rpt.attr.top", {
          model,
          sheet: a.sheet,
          top: drawn[0].channel,
          share: pct(drawn[0].shares[a.drawn] ?? 0),
        }),
      ),
    ]);
  if (a.columns.length > 1) {
    // The channel whose share moves most from one model to another.
    let widest: { channel: string; low: number; lowModel: string; high: number; highModel: string } | undefined;
    for (const c of a.channels) {
      const known = c.shares.flatMap((s, k) => (s === null ? [] : [{ s, k }]));
      if (known.length < 2) continue;
      const low = known.reduce((m, x) => (x.s < m.s ? x : m));
      const high = known.reduce((m, x) => (x.s > m.s ? x : m));
      if (!widest || high.s - low.s > widest.high - widest.low)
        widest = {
          channel: c.channel,
          low: low.s,
          lowModel: a.columns[low.k].name,
          high: high.s,
          highModel: a.columns[high.k].name,
        };
    }
    if (widest && widest.high > widest.low)
      p.rows.push([
        inertText(t(locale, "rpt.attr.spread", { ...widest, low: pct(widest.low), high: pct(widest.high) })),
      ]);
  }
  const header = p.rows.length + 1;
  // Column headers without the models' parenthetical ("Markov (removal effect)" is "Markov"),
  // so they fit the report's columns; the sentences above name them in full.
  p.rows.push([t(locale, "rpt.col.channel"), ...a.columns.map((c) => inertText(shortName(c.name)))]);
  p.formats.push({ ranges: [`A${header}:${columnLetter(a.columns.length)}${header}`], format: ctx.theme.header });
  const src = (row: number, col: number) => sheetQualified(a.sheet, cellAddress({ row, col }));
  for (const c of a.channels) {
    const cells: PlanCell[] = [{ formula: `=${src(c.row, a.labelCol)}`, result: c.channel }];
    a.columns.forEach((col, k) => {
      const share = c.shares[k];
      const cell = src(c.row, col.col);
      const total = sheetQualified(
        a.sheet,
        `${cellAddress({ row: a.firstRow, col: col.col })}:${cellAddress({ row: a.lastRow, col: col.col })}`,
      );
      const formula = col.isShare ? `=IF(ISNUMBER(${cell}),${cell},"")` : `=IFERROR(${cell}/SUM(${total}),"")`;
      cells.push({ formula, result: share ?? "" });
    });
    p.rows.push(cells);
  }
  const last = p.rows.length;
  p.formats.push({
    ranges: [`B${header + 1}:${columnLetter(a.columns.length)}${last}`],
    format: { numberFormat: "0.0%" },
  });
  const drawnCol = columnLetter(1 + a.drawn);
  p.charts.push({
    kind: "doughnut",
    data: `${drawnCol}${header}:${drawnCol}${last}`,
    categories: `A${header + 1}:A${last}`,
    title: t(locale, "rpt.attr.chart", { model }),
    at: `A${last + 2}`,
    size: { columns: 3, rows: DOUGHNUT_ROWS },
    colors: [...ctx.theme.series],
  });
  for (let k = 0; k < DOUGHNUT_ROWS + 2; k++) p.rows.push([]);
}

export function cohortBlock(p: SheetParts, facts: ReportFacts, ctx: Ctx): void {
  const c = facts.cohort;
  if (!c) return;
  const { locale } = ctx;
  title(p, t(locale, "rpt.cohort"));
  const customers = c.cohorts.reduce((s, x) => s + x.size, 0);
  const counts = { cohorts: c.cohorts.length, customers: customers.toLocaleString("en-US") };
  const reached = c.average.flatMap((a, k) => (a === null || k === 0 ? [] : [{ a, k }]));
  if (reached.length === 0) p.rows.push([t(locale, "rpt.cohort.young", counts)]);
  else {
    p.rows.push([
      inertText(
        t(locale, "rpt.cohort.summary", { ...counts, retained: pct(reached[0].a), period: c.periods[reached[0].k] }),
      ),
    ]);
    const later = reached[reached.length - 1];
    if (later.k !== reached[0].k)
      p.rows.push([inertText(t(locale, "rpt.cohort.later", { retained: pct(later.a), period: c.periods[later.k] }))]);
  }
  if (c.repeatRate !== undefined) p.rows.push([t(locale, "rpt.cohort.repeat", { rate: pct(c.repeatRate) })]);
  const header = p.rows.length + 1;
  const lastCol = columnLetter(1 + c.periods.length);
  p.rows.push([t(locale, "cohort.header.cohort"), t(locale, "cohort.header.size"), ...c.periods.map(inertText)]);
  p.formats.push({ ranges: [`A${header}:${lastCol}${header}`], format: ctx.theme.header });
  const src = (row: number, col: number) => sheetQualified(c.sheet, cellAddress({ row, col }));
  const ref = (row: number, col: number, value: number | string | null): PlanCell => ({
    formula: `=IF(${src(row, col)}="","",${src(row, col)})`,
    result: value ?? "",
  });
  for (const x of c.cohorts)
    p.rows.push([
      ref(x.row, c.labelCol, x.label),
      ref(x.row, c.sizeCol, x.size),
      ...c.periodCols.map((col, k) => ref(x.row, col, x.rates[k])),
    ]);
  const last = p.rows.length;
  if (typeof c.cohorts[0].label === "number")
    p.formats.push({ ranges: [`A${header + 1}:A${last}`], format: { numberFormat: "yyyy-mm" } });
  const rates = `C${header + 1}:${lastCol}${last}`;
  p.formats.push({ ranges: [rates], format: { numberFormat: "0.0%" } });
  p.colorScales.push({ range: rates, ...HEAT_SCALE });
  p.rows.push([]);
}
