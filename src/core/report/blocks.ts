import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { findingMessage, ruleName } from "../checks";
import { inertText } from "../format/inert";
import { cellAddress, sheetQualified } from "../plan/address";
import type { ChartPlan, ColorScalePlan, FormatPlan, HyperlinkPlan, PlanCell } from "../plan/types";
import type { ReportFacts } from "./facts";
import type { Theme } from "./theme";
import { pct } from "./format";

/**
 * Blocks of the report's details ("分") that stand on their own: data quality and A/B
 * tests. Each appends its rows, formats, links and charts to the sheet being built.
 */

export interface SheetParts {
  readonly rows: PlanCell[][];
  readonly formats: FormatPlan[];
  readonly hyperlinks: HyperlinkPlan[];
  readonly charts: ChartPlan[];
  readonly colorScales: ColorScalePlan[];
}

export interface Ctx {
  readonly locale: Locale;
  readonly theme: Theme;
}

const signed = (x: number) => `${x > 0 ? "+" : ""}${pct(x)}`;
const at = (p: SheetParts) => p.rows.length + 1;

function header(p: SheetParts, ctx: Ctx, keys: readonly string[]) {
  const r = at(p);
  p.rows.push(keys.map((k) => t(ctx.locale, `rpt.col.${k}` as "rpt.col.rule")));
  const last = String.fromCharCode(64 + keys.length);
  p.formats.push({ ranges: [`A${r}:${last}${r}`], format: ctx.theme.header });
}

/** Findings by rule, and the first ones linked to their cells (as the KPI table links its source rows). */
export function qualityBlock(p: SheetParts, facts: ReportFacts, ctx: Ctx): void {
  const quality = facts.quality;
  if (!quality) return;
  const { locale } = ctx;
  p.rows.push([t(locale, "rpt.quality")]);
  p.formats.push({ ranges: [`A${at(p) - 1}`], format: { bold: true } });
  const sheets = quality.sheets.length;
  p.rows.push([
    quality.total === 0
      ? t(locale, "rpt.quality.none", { sheets })
      : t(locale, "rpt.quality.summary", { sheets, total: quality.total, listed: quality.first.length }),
  ]);
  if (quality.total > 0) {
    header(p, ctx, ["rule", "count"]);
    for (const r of quality.byRule) p.rows.push([ruleName(r.rule, locale), r.count]);
    p.rows.push([]);
    header(p, ctx, ["cell", "finding"]);
    for (const f of quality.first) {
      p.hyperlinks.push({ cell: `A${at(p)}`, text: `${f.sheet}!${f.cell}`, to: { sheet: f.sheet, cell: f.cell } });
      p.rows.push([null, inertText(findingMessage(f, locale))]);
    }
  }
  p.rows.push([]);
}

/** Each test's rates, difference with its interval, and verdict; weak evidence carries the disclaimer. */
export function abBlock(p: SheetParts, facts: ReportFacts, ctx: Ctx): void {
  const tests = facts.abTests ?? [];
  if (tests.length === 0) return;
  const { locale } = ctx;
  p.rows.push([t(locale, "rpt.ab")]);
  p.formats.push({ ranges: [`A${at(p) - 1}`], format: { bold: true } });
  header(p, ctx, ["test", "control", "variant", "difference", "interval", "verdict"]);
  const first = at(p);
  // The template's own rate columns, as formulas, when it has them; else core's figure.
  const source = facts.sources.get("ab-test");
  const rate = (row: number, key: string, value: number): PlanCell => {
    const col = source?.columns.get(key);
    if (source === undefined || col === undefined) return value;
    return { formula: `=${sheetQualified(source.sheet, cellAddress({ row, col }))}`, result: value };
  };
  for (const a of tests) {
    const name = inertText(a.test);
    const r = a.result;
    if (r === null) {
      p.rows.push([name, null, null, null, "", t(locale, "rpt.ab.invalid")]);
      continue;
    }
    const verdict = t(locale, `stats.verdict.${r.verdict}`);
    const [lo, hi] = r.difference.ci;
    p.rows.push([
      name,
      rate(a.row, "controlRate", r.control.rate),
      rate(a.row, "variantRate", r.variant.rate),
      rate(a.row, "difference", r.difference.value),
      `[${signed(lo)}, ${signed(hi)}]`,
      a.weak ? `${verdict} (${t(locale, "tpl.evidence.weak")})` : verdict,
    ]);
    const row = at(p) - 1;
    p.formats.push({
      ranges: [`F${row}`],
      format: ctx.theme.tones[a.weak ? 1 : r.verdict === "significant_lift" ? 2 : 0],
    });
  }
  const last = at(p) - 1;
  p.formats.push({ ranges: [`B${first}:D${last}`], format: { numberFormat: "0.00%" } });
  p.rows.push([]);
}
