import { t, type MessageKey } from "../../../i18n/catalog";
import type { Locale } from "../../../i18n/locale";
import { funnelFlag, funnelStages, type FunnelInput } from "../../analysis/funnel";
import { isCellError } from "../../errors";
import type { PlanCell, SheetPlan } from "../../plan/types";
import { formulaString } from "../formula";
import { COMPUTED_FORMAT, numberFormat, TABLE_STYLE } from "../styles";
import type { BuildOptions } from "../layout";
import { paletteOf, themedChart } from "../palette";
import { formula, type SheetTemplate } from "./entry";

/**
 * 漏斗分析表: stages in rows, each computed from the row above (MKT.FUNNEL's rules as
 * native formulas), a threshold cell beside the table, leaks coloured by conditional
 * format, and a funnel chart where Excel can draw one.
 */

/** The sample: a new product's online launch, from ad impressions to first payments. */
export const FUNNEL_SAMPLE: readonly { stage: MessageKey; count: number; benchmark?: number }[] = [
  { stage: "tpl.funnel.stage.impressions", count: 2_000_000 },
  { stage: "tpl.funnel.stage.clicks", count: 60_000, benchmark: 0.025 },
  { stage: "tpl.funnel.stage.visits", count: 48_000, benchmark: 0.85 },
  { stage: "tpl.funnel.stage.signups", count: 12_000, benchmark: 0.3 },
  { stage: "tpl.funnel.stage.payments", count: 4_200, benchmark: 0.3 },
];
export const FUNNEL_SAMPLE_THRESHOLD = 0.7;
const BLANK_ROWS = 3;
/** The threshold cell (its label is in J1). */
export const FUNNEL_THRESHOLD_CELL = "K1";

export function funnelLayout(sample: boolean): { first: number; last: number; sampleLast: number } {
  const rows = sample ? FUNNEL_SAMPLE.length : 0;
  return { first: 2, last: 1 + rows + (sample ? BLANK_ROWS : 8), sampleLast: 1 + rows };
}

function flagFormula(r: number, last: number, locale: Locale): string {
  const eps = "1E-12"; // FUNNEL_TOLERANCE, written as Excel reads it
  const leak =
    `(IF(AND(ISNUMBER(F${r}),ISNUMBER($K$1)),IF(F${r}>=$K$1-${eps},1,0),0)` +
    `+IF(AND(ISNUMBER(D${r}),ISNUMBER(C${r})),IF(D${r}<C${r}-${eps},1,0),0))`;
  const max = `MAX($G$2:$G$${last})`;
  const largest = `IF(ISNUMBER(G${r}),IF(AND(${max}>0,G${r}>=${max}*(1-${eps})),1,0),0)`;
  const leakText = formulaString(t(locale, "funnel.flag.leak"));
  const largestText = formulaString(t(locale, "funnel.flag.largest"));
  const sep = formulaString(locale === "zh-CN" ? ";" : "; ");
  return (
    `=IF(B${r}="","",IF(${leak}>0,${leakText},"")&IF(AND(${leak}>0,${largest}>0),${sep},"")` +
    `&IF(${largest}>0,${largestText},""))`
  );
}

export function buildFunnelSheet(options: Pick<BuildOptions, "locale" | "sample" | "theme">): SheetPlan {
  const { locale, sample } = options;
  const palette = paletteOf(options.theme);
  const { first, last, sampleLast } = funnelLayout(sample);
  const rows = sample ? FUNNEL_SAMPLE : [];
  const threshold = sample ? FUNNEL_SAMPLE_THRESHOLD : undefined;
  const input: FunnelInput[] = rows.map((s) => ({ stage: t(locale, s.stage), count: s.count, benchmark: s.benchmark }));
  const computed = input.length > 0 ? funnelStages(input, threshold) : [];
  if (isCellError(computed)) throw new Error(`funnel sample is invalid: ${computed.message}`);
  const header: PlanCell[] = [
    "tpl.funnel.col.stage",
    "tpl.funnel.col.count",
    "tpl.funnel.col.benchmark",
    "tpl.funnel.col.step",
    "tpl.funnel.col.overall",
    "tpl.funnel.col.dropOff",
    "tpl.funnel.col.lost",
    "tpl.funnel.col.flag",
  ].map((k) => t(locale, k as MessageKey));
  const body: PlanCell[][] = [];
  for (let r = first; r <= last; r++) {
    const i = r - first;
    const s = rows[i];
    const c = computed[i];
    const guard = `OR(B${r}="",B${r - 1}="")`;
    body.push([
      s ? t(locale, s.stage) : null,
      s ? s.count : null,
      s?.benchmark ?? null,
      r === first ? null : formula(`=IF(${guard},"",B${r}/B${r - 1})`, c?.step),
      formula(`=IF(OR(B${r}="",$B$${first}=""),"",B${r}/$B$${first})`, c?.overall),
      r === first ? null : formula(`=IF(${guard},"",(B${r - 1}-B${r})/B${r - 1})`, c?.dropOff),
      r === first ? null : formula(`=IF(${guard},"",B${r - 1}-B${r})`, c?.lost),
      formula(flagFormula(r, last, locale), c ? funnelFlag(c, locale) : ""),
    ]);
  }
  const percent = numberFormat("percent", locale);
  const leakText = t(locale, "funnel.flag.leak");
  const largestText = t(locale, "funnel.flag.largest");
  return {
    target: { create: t(locale, "tpl.funnel.sheet") },
    cells: [
      { at: "A1", rows: [header, ...body] },
      { at: "J1", rows: [[t(locale, "tpl.funnel.threshold"), threshold ?? null]] },
    ],
    columns: [{ column: "A", widths: [20, 14, 14, 13, 13, 11, 13, 22, 3, 24, 10] }],
    formats: [
      { ranges: ["A1:H1"], format: palette.header },
      { ranges: [`B${first}:B${last}`, `G${first}:G${last}`], format: { numberFormat: "#,##0" } },
      { ranges: [`C${first}:F${last}`, FUNNEL_THRESHOLD_CELL], format: { numberFormat: percent } },
      { ranges: [`D${first}:H${last}`], format: COMPUTED_FORMAT },
      { ranges: ["J1"], format: { bold: true } },
    ],
    tables: [{ name: "FunnelAnalysis", range: `A1:H${last}`, style: TABLE_STYLE, showBandedRows: true }],
    validations: [
      {
        range: FUNNEL_THRESHOLD_CELL,
        rule: { kind: "decimal", min: 0, max: 1 },
        errorMessage: t(locale, "tpl.funnel.thresholdInvalid"),
      },
    ],
    conditionalFormats: [
      {
        range: `A${first}:H${last}`,
        formula: `=ISNUMBER(SEARCH(${formulaString(leakText)},$H${first}))`,
        format: palette.tones.bad,
        stopIfTrue: true,
      },
      {
        range: `A${first}:H${last}`,
        formula: `=ISNUMBER(SEARCH(${formulaString(largestText)},$H${first}))`,
        format: palette.tones.neutral,
      },
    ],
    notes: [{ cell: "J1", text: t(locale, "tpl.funnel.thresholdNote") }],
    charts: [
      themedChart(
        { kind: "funnel", data: `A1:B${sample ? sampleLast : last}`, title: t(locale, "tpl.funnel.chart"), at: "J3" },
        palette,
      ),
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

export const funnelTemplate: SheetTemplate = {
  id: "funnel",
  sheet: "tpl.funnel.sheet",
  description: "tpl.funnel.description",
  build: buildFunnelSheet,
};
