import { t } from "../../i18n/catalog";
import { inertText } from "../format/inert";
import { cellAddress, sheetQualified } from "../plan/address";
import type { ReportFacts } from "./facts";
import type { Ctx, SheetParts } from "./blocks";
import { amount, pct } from "./format";

/** The funnel's leak and the decay's fit with a trend line chart (the series are formulas on the source cells). */

const num = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(1));
/** Points drawn in the trend chart (the first ones): enough for a campaign of three months. */
export const TREND_POINTS = 92;

export function funnelBlock(p: SheetParts, facts: ReportFacts, ctx: Ctx): void {
  const f = facts.funnel;
  if (!f) return;
  p.rows.push([t(ctx.locale, "rpt.funnel")]);
  p.formats.push({ ranges: [`A${p.rows.length}`], format: { bold: true } });
  p.rows.push([
    inertText(
      t(ctx.locale, "rpt.funnel.leak", {
        previous: f.leak.previous,
        stage: f.leak.stage,
        dropOff: pct(f.leak.dropOff),
        lost: f.leak.lost.toLocaleString("en-US"),
        flagged: f.flagged.length > 0 ? f.flagged.join(", ") : t(ctx.locale, "rpt.none"),
      }),
    ),
  ]);
  p.rows.push([]);
}

export function decayBlock(p: SheetParts, facts: ReportFacts, ctx: Ctx): void {
  const d = facts.decay;
  if (!d) return;
  const { locale } = ctx;
  p.rows.push([t(locale, "rpt.decay")]);
  p.formats.push({ ranges: [`A${p.rows.length}`], format: { bold: true } });
  p.rows.push([
    t(locale, "rpt.decay.fit", {
      decay: pct(d.fit.decay),
      halfLife: num(d.fit.halfLife),
      r2: d.fit.r2.toFixed(2),
      best: num(d.fit.best),
      ran: d.ran,
    }),
  ]);
  trendTable(p, ctx, d.sheet, d.points, t(locale, "rpt.decay.chart"));
}

/** The dated series of a sheet with no decay template: its first and last values, its peak, and the line. */
export function seriesBlock(p: SheetParts, facts: ReportFacts, ctx: Ctx): void {
  const s = facts.series;
  if (!s) return;
  const { locale } = ctx;
  const first = s.points[0];
  const last = s.points[s.points.length - 1];
  const peak = s.points.reduce((m, x) => (x.value > m.value ? x : m));
  p.rows.push([t(locale, "rpt.series")]);
  p.formats.push({ ranges: [`A${p.rows.length}`], format: { bold: true } });
  p.rows.push([
    inertText(
      t(locale, "rpt.series.summary", {
        metric: s.metric,
        sheet: s.sheet,
        count: s.points.length,
        from: first.date,
        to: last.date,
        first: amount(first.value),
        last: amount(last.value),
        change: first.value === 0 ? "—" : `${last.value >= first.value ? "+" : ""}${pct(last.value / first.value - 1)}`,
        peak: amount(peak.value),
        peakDate: peak.date,
      }),
    ),
  ]);
  if (s.points.length > TREND_POINTS) p.rows.push([t(locale, "rpt.series.cut", { shown: TREND_POINTS })]);
  trendTable(p, ctx, s.sheet, s.points, t(locale, "rpt.series.chart", { metric: s.metric }));
}

/** Date and value columns as formulas on the source cells (the first TREND_POINTS), with a line chart beside them. */
function trendTable(
  p: SheetParts,
  ctx: Ctx,
  sheet: string,
  points: readonly { row: number; dateCol: number; valueCol: number; serial: number; value: number }[],
  title: string,
): void {
  const { locale } = ctx;
  const header = p.rows.length + 1;
  p.rows.push([t(locale, "rpt.col.date"), t(locale, "rpt.col.value")]);
  p.formats.push({ ranges: [`A${header}:B${header}`], format: ctx.theme.header });
  const ref = (row: number, col: number) => sheetQualified(sheet, cellAddress({ row, col }));
  for (const pt of points.slice(0, TREND_POINTS))
    p.rows.push([
      { formula: `=${ref(pt.row, pt.dateCol)}`, result: pt.serial },
      { formula: `=${ref(pt.row, pt.valueCol)}`, result: pt.value },
    ]);
  const last = p.rows.length;
  p.formats.push({ ranges: [`A${header + 1}:A${last}`], format: { numberFormat: "yyyy-mm-dd" } });
  p.charts.push({
    kind: "line",
    data: `B${header}:B${last}`,
    categories: `A${header + 1}:A${last}`,
    categoryFormat: "yyyy-mm-dd",
    title,
    at: `D${header}`,
    size: { columns: 4, rows: 10 },
    colors: [...ctx.theme.series],
    legend: false,
  });
  // The chart is beside the series; leave room below it when the series is short.
  for (let k = last - header; k < 11; k++) p.rows.push([]);
}
