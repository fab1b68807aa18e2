import { t, type MessageKey } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { localizeError } from "../errors";
import { inertText } from "../format/inert";
import { sheetQualified } from "../plan/address";
import type { PlanCell } from "../plan/types";
import type { Ctx, SheetParts } from "./blocks";
import { channelTotals, type ChannelFact } from "./facts";
import type { NaturalGrowthFact, NaturalGrowthProblem } from "./natural-growth";
import { amount, pct } from "./format";

/**
 * The natural-growth (DID) sheet in the report: the ROI clause of the verdict (net of
 * natural growth when the sheet gives a baseline, else gross and said so), and a details
 * block whose numbers are formulas on the DID sheet's cells.
 */

type NaturalGrowth = NaturalGrowthFact | NaturalGrowthProblem | undefined;

/**
 * The verdict's ROI sentence: net of natural growth from the DID sheet, else the channels'
 * gross ROI (total revenue over total spend) labelled gross; "" when there is neither.
 */
export function roiClause(ng: NaturalGrowth, channels: readonly ChannelFact[], locale: Locale): string {
  if (ng?.ok)
    return t(locale, "rpt.verdict.net", {
      roi: amount(ng.netRoi.value),
      baseline: amount(ng.baseline.value),
      sheet: ng.sheet,
    });
  const totals = channelTotals(channels);
  const problem = ng ? localizeError(ng.problem, locale) : "";
  if (totals.roi === null) return ng ? t(locale, "rpt.verdict.didProblem", { sheet: ng.sheet, problem }) : "";
  const gross = { roi: amount(totals.roi), spend: amount(totals.spend), revenue: amount(totals.revenue) };
  return ng
    ? t(locale, "rpt.verdict.grossProblem", { ...gross, sheet: ng.sheet, problem })
    : t(locale, "rpt.verdict.gross", gross);
}

/** The verdict line: the goals' sentence, then the ROI clause. */
export function verdictLine(sentence: string, ng: NaturalGrowth, channels: readonly ChannelFact[], locale: Locale) {
  const clause = roiClause(ng, channels, locale);
  if (clause === "") return sentence;
  return locale === "zh-CN" ? `${sentence}${clause}` : `${sentence} ${clause}`;
}

const MONEY = "#,##0.##";
const ROWS: readonly [MessageKey, (f: NaturalGrowthFact) => { value: number | null; cell?: string }, string][] = [
  ["tpl.did.treated", (f) => f.treatedAfter, MONEY],
  ["tpl.did.baseline", (f) => f.baseline, MONEY],
  ["tpl.did.effect", (f) => f.effect, MONEY],
  ["tpl.did.relative", (f) => f.relative, "0.0%"],
  ["tpl.did.cost", (f) => f.cost, MONEY],
  ["tpl.did.grossRoi", (f) => f.grossRoi, "0.00"],
  ["tpl.did.netRoi", (f) => f.netRoi, "0.00"],
];

/** The DID figures: a sentence, then a table of formulas on the DID sheet's cells, each linked to its source. */
export function naturalGrowthBlock(p: SheetParts, ng: NaturalGrowth, ctx: Ctx): void {
  if (!ng) return;
  const { locale } = ctx;
  p.rows.push([t(locale, "rpt.did")]);
  p.formats.push({ ranges: [`A${p.rows.length}`], format: { bold: true } });
  if (!ng.ok) {
    p.rows.push([
      inertText(t(locale, "rpt.did.problem", { sheet: ng.sheet, problem: localizeError(ng.problem, locale) })),
    ]);
    p.formats.push({ ranges: [`A${p.rows.length}`], format: ctx.theme.tones[0] });
    p.rows.push([]);
    return;
  }
  p.rows.push([
    inertText(
      t(locale, "rpt.did.summary", {
        revenue: amount(ng.treatedAfter.value),
        baseline: amount(ng.baseline.value),
        mode: t(locale, `rpt.did.mode.${ng.mode}`),
        effect: amount(ng.effect.value),
        relative: ng.relative.value === null ? "—" : pct(ng.relative.value),
        grossRoi: amount(ng.grossRoi.value),
        netRoi: amount(ng.netRoi.value),
      }),
    ),
  ]);
  const header = p.rows.length + 1;
  p.rows.push([t(locale, "rpt.col.figure"), t(locale, "rpt.col.value"), t(locale, "rpt.col.source")]);
  p.formats.push({ ranges: [`A${header}:C${header}`], format: ctx.theme.header });
  for (const [label, pick, numberFormat] of ROWS) {
    const { value, cell } = pick(ng);
    const row = p.rows.length + 1;
    const shown: PlanCell =
      cell === undefined ? value : { formula: `=${sheetQualified(ng.sheet, cell)}`, result: value ?? "" };
    if (cell !== undefined)
      p.hyperlinks.push({ cell: `C${row}`, text: `${ng.sheet}!${cell}`, to: { sheet: ng.sheet, cell } });
    p.rows.push([t(locale, label), shown, null]);
    p.formats.push({ ranges: [`B${row}`], format: { numberFormat } });
  }
  // The net ROI coloured as the levels are: red below zero.
  p.formats.push({ ranges: [`B${p.rows.length}`], format: ctx.theme.tones[ng.netRoi.value < 0 ? 0 : 2] });
  p.rows.push([]);
}
