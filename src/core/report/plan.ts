import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { cellAddress, sheetQualified } from "../plan/address";
import { pageSetupFor } from "../plan/page-setup";
import type {
  ChartPlan,
  ColorScalePlan,
  FormatPlan,
  HyperlinkPlan,
  PlanCell,
  SheetPlan,
  WorkbookPlan,
} from "../plan/types";
import { abBlock, qualityBlock } from "./blocks";
import { attributionBlock, cohortBlock } from "./mix-blocks";
import { decayBlock, funnelBlock, seriesBlock } from "./trend-blocks";
import { pacingBlock } from "./pacing";
import { naturalGrowthBlock, verdictLine } from "./natural-growth-block";
import { channelTotals, sourceSheets, type ReportFacts } from "./facts";
import { recommendations } from "./rules";
import { DEFAULT_THEME, type Theme } from "./theme";
import type { Source, SourceValue } from "./sources";
import { amount, pct } from "./format";

/**
 * The report sheet, conclusion first ("总-分-总"): the verdict and one line per goal,
 * then a block per source present (goals and KPIs, channels with a column chart, actions),
 * then the recommendations the rules give. Sentences are written now and stamped with the
 * time; numbers in the tables are formulas on the source cells, so they follow edits.
 * Regenerating removes the previous report (either language's name) first.
 */

const WIDTHS = [26, 14, 14, 14, 16, 12, 22];
const LEVEL_KEYS = ["tpl.level.below", "tpl.level.base", "tpl.level.challenge"] as const;

export interface ReportOptions {
  readonly locale: Locale;
  /** The generation time as shown ("2026-11-24 13:05"). */
  readonly stamp: string;
  /** Colours of headers, section titles, levels and charts (default: DEFAULT_THEME). */
  readonly theme?: Theme;
}

/** A formula pointing at a source cell, with the value read there as its cached result. */
function ref(source: Source, row: number, key: string, value: SourceValue | undefined): PlanCell {
  const col = source.columns.get(key);
  if (col === undefined) return null;
  const formula = `=IF(${sheetQualified(source.sheet, cellAddress({ row, col }))}="","",${sheetQualified(source.sheet, cellAddress({ row, col }))})`;
  return value === null || value === undefined ? { formula, result: "" } : { formula, result: value };
}

export function buildReportPlan(facts: ReportFacts, options: ReportOptions): WorkbookPlan {
  const { locale } = options;
  const theme = options.theme ?? DEFAULT_THEME;
  const SECTION: FormatPlan["format"] = { bold: true, fontSize: 13, fontColor: theme.accent };
  const HEADER_FORMAT = theme.header;
  const rows: PlanCell[][] = [];
  const formats: FormatPlan[] = [];
  const hyperlinks: HyperlinkPlan[] = [];
  const charts: ChartPlan[] = [];
  const colorScales: ColorScalePlan[] = [];
  const parts = { rows, formats, hyperlinks, charts, colorScales };
  const at = () => rows.length + 1;
  const line = (text: string, format?: FormatPlan["format"]) => {
    if (format) formats.push({ ranges: [`A${at()}`], format });
    rows.push([text]);
  };
  const section = (key: "rpt.conclusion" | "rpt.details" | "rpt.recommendations") => {
    rows.push([]);
    line(t(locale, key), SECTION);
  };
  const sources = sourceSheets(facts);

  line(t(locale, "rpt.title"), { bold: true, fontSize: 16 });
  line(t(locale, "rpt.generated", { time: options.stamp, sources: sources.join(", ") }), {
    italic: true,
    fontColor: "#595959",
  });

  // 总: the conclusion.
  section("rpt.conclusion");
  const levelled = facts.goals.filter((g) => g.level !== null);
  const reached = levelled.filter((g) => (g.level ?? 0) >= 1).length;
  const challenge = levelled.filter((g) => g.level === 2).length;
  const counts = { goals: facts.goals.length, reached, challenge };
  const verdict =
    facts.goals.length === 0
      ? "rpt.verdict.noGoals"
      : reached === facts.goals.length
        ? "rpt.verdict.worked"
        : reached > 0
          ? "rpt.verdict.partly"
          : "rpt.verdict.failed";
  // The goals' sentence, then ROI net of natural growth (or gross, said so).
  line(verdictLine(t(locale, verdict, counts), facts.naturalGrowth, facts.channels, locale), {
    bold: true,
    fontSize: 12,
  });
  // Beside ROI net of natural growth, the channels' own gross figures (the gross clause states them already).
  const totals = channelTotals(facts.channels);
  if (facts.naturalGrowth?.ok && totals.roi !== null)
    line(
      t(locale, "rpt.verdict.roi", {
        roi: amount(totals.roi),
        spend: amount(totals.spend),
        revenue: amount(totals.revenue),
      }),
    );
  for (const g of facts.goals) {
    if (g.level === null) {
      line(t(locale, "rpt.goal.incomplete", { metric: g.metric }));
      continue;
    }
    formats.push({ ranges: [`A${at()}`], format: theme.tones[g.level] });
    rows.push([
      t(locale, "rpt.goal", {
        metric: g.metric,
        level: t(locale, LEVEL_KEYS[g.level]),
        achievement: g.achievement === null ? "" : pct(g.achievement),
      }) + (g.evidence === "" ? "" : ` (${g.evidence})`),
    ]);
  }

  // 分: details per source present.
  section("rpt.details");
  const summary = facts.sources.get("evaluation-summary");
  if (summary) {
    line(t(locale, "rpt.kpis"), { bold: true });
    const header = at();
    rows.push(
      ["metric", "target", "actual", "achievement", "level", "yoy"].map((k) =>
        t(locale, `rpt.col.${k}` as "rpt.col.metric"),
      ),
    );
    rows[rows.length - 1].push(t(locale, "rpt.col.source"));
    formats.push({ ranges: [`A${header}:G${header}`], format: HEADER_FORMAT });
    for (const r of summary.rows) {
      const v = (k: string) => r.values.get(k);
      const cells = ["metric", "target", "actual", "achievement", "level", "yoy"].map((k) =>
        ref(summary, r.row, k, v(k)),
      );
      const link = cellAddress({ row: r.row, col: summary.columns.get("metric") ?? 0 });
      hyperlinks.push({ cell: `G${at()}`, text: `${summary.sheet}!${link}`, to: { sheet: summary.sheet, cell: link } });
      rows.push([...cells, null]);
    }
    const last = at() - 1;
    formats.push({ ranges: [`D${header + 1}:D${last}`, `F${header + 1}:F${last}`], format: { numberFormat: "0.0%" } });
    formats.push({ ranges: [`B${header + 1}:C${last}`], format: { numberFormat: "#,##0.##" } });
    rows.push([]);
  }
  const channels = facts.sources.get("channel-efficiency");
  if (channels) {
    line(t(locale, "rpt.channels"), { bold: true });
    const header = at();
    const keys = ["channel", "roi", "roas", "cac", "spend", "revenue"];
    rows.push(keys.map((k) => t(locale, `rpt.col.${k}` as "rpt.col.channel")));
    formats.push({ ranges: [`A${header}:F${header}`], format: HEADER_FORMAT });
    for (const r of channels.rows) rows.push(keys.map((k) => ref(channels, r.row, k, r.values.get(k))));
    const last = at() - 1;
    formats.push({ ranges: [`B${header + 1}:B${last}`], format: { numberFormat: "0.0%" } });
    formats.push({ ranges: [`C${header + 1}:C${last}`], format: { numberFormat: "0.00" } });
    formats.push({ ranges: [`D${header + 1}:F${last}`], format: { numberFormat: "#,##0.00" } });
    charts.push({
      kind: "column",
      data: `A${header}:B${last}`,
      title: t(locale, "rpt.channels.chart"),
      at: `A${last + 2}`,
      size: { columns: 4, rows: 14 },
      colors: [...theme.series],
    });
    for (let k = 0; k < 15; k++) rows.push([]);
  }
  attributionBlock(parts, facts, { locale, theme });
  if (facts.sources.get("action-tracking")) {
    line(t(locale, "rpt.actions"), { bold: true });
    const open = facts.actions.filter((a) => !a.done).length;
    const overdue = facts.actions.filter((a) => a.overdue);
    line(t(locale, "rpt.actions.summary", { open, overdue: overdue.length, today: facts.today }));
    for (const a of overdue)
      line(t(locale, "rpt.actions.overdue", { item: a.item, due: a.due ?? "", owner: a.owner }), theme.tones[0]);
  }

  pacingBlock(parts, facts.pacing, { locale, theme });
  abBlock(parts, facts, { locale, theme });
  funnelBlock(parts, facts, { locale, theme });
  decayBlock(parts, facts, { locale, theme });
  naturalGrowthBlock(parts, facts.naturalGrowth, { locale, theme });
  seriesBlock(parts, facts, { locale, theme });
  cohortBlock(parts, facts, { locale, theme });
  qualityBlock(parts, facts, { locale, theme });

  // 总: recommendations.
  section("rpt.recommendations");
  const recs = recommendations(facts);
  if (recs.length === 0) line(t(locale, "rpt.recommendations.none"));
  recs.forEach((r, i) => line(`${i + 1}. ${t(locale, r.rule.message, r.params)}`));

  const sheet: SheetPlan = {
    target: { create: t(locale, "rpt.sheet") },
    first: true,
    cells: [{ at: "A1", rows }],
    columns: [{ column: "A", widths: WIDTHS }],
    formats,
    hyperlinks,
    charts,
    ...(colorScales.length > 0 ? { colorScales } : {}),
    activate: true,
  };
  // The report prints on at most 2 pages (issue: "the report on at most 2"), fit to width.
  const setup = pageSetupFor(sheet);
  const printed: SheetPlan = { ...sheet, pageSetup: { ...setup, fitToHeight: setup.fitToHeight === 1 ? 1 : 2 } };
  return { sheets: [printed], removeSheets: [t("en-US", "rpt.sheet"), t("zh-CN", "rpt.sheet")] };
}
