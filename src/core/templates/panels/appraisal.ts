import { t } from "../../../i18n/catalog";
import type { MessageKey } from "../../../i18n/catalog";
import { DEFAULT_CAP, DEFAULT_LADDER } from "../../appraisal";
import { columnLetter } from "../../plan/address";
import type { FormulaResult, PlanCell } from "../../plan/types";
import { qualitativeScorecard } from "../definitions/tracking";
import { footerValueCell, type BuildOptions } from "../layout";
import { templateSchema } from "../schema";
import { paletteOf } from "../palette";
import { numberFormat } from "../styles";
import type { Panel } from "./index";

/** Quantitative share of the total score; the qualitative score (over its full marks) takes the rest. */
export const DEFAULT_SPLIT = 0.7;
export const DEFAULT_FULL_MARKS = 5;

export const PROFILE_TYPES = ["tpl.ap.type.routine", "tpl.ap.type.strategic", "tpl.ap.type.adhoc"] as const;

/**
 * Default KPI weights per activity type (常规营销 / 战略项目 / 临时性活动): routine promotions
 * weigh sales and cost, strategic campaigns reach and retention, hot-topic campaigns
 * reach and new users. Each column adds up to 100%.
 */
export const PROFILES: readonly (readonly [MessageKey, number, number, number])[] = [
  ["tpl.ap.kpi.sales", 0.3, 0.1, 0],
  ["tpl.ap.kpi.newUsers", 0.2, 0.2, 0.4],
  ["tpl.ap.kpi.cac", 0.2, 0.1, 0.2],
  ["tpl.ap.kpi.repurchase", 0.1, 0.2, 0],
  ["tpl.ap.kpi.roi", 0.2, 0.1, 0],
  ["tpl.ap.kpi.impressions", 0, 0.3, 0.4],
];

const TITLE = { bold: true } as const;
const QUALITATIVE = templateSchema.parse(qualitativeScorecard);
const WEIGHTED_TOTAL = QUALITATIVE.footers.findIndex((f) => f.label === "tpl.footer.weightedTotal");

/** The qualitative scorecard's weighted total as core writes it, when that sheet is in the same workbook. */
function campaignQualitative(options: BuildOptions): FormulaResult {
  if (!options.companions?.includes(QUALITATIVE.id)) return "";
  const rows = options.sample ? QUALITATIVE.sample : QUALITATIVE.preset;
  const products = rows
    .map((r) => [r.weight, r.score])
    .filter((p): p is [number, number] => typeof p[0] === "number" && typeof p[1] === "number")
    .map(([w, s]) => w * s);
  return products.length === 0 ? "" : products.reduce((a, b) => a + b, 0);
}

/**
 * The appraisal's panel, top to bottom: the bonus ladder (rows 2-6), settings (8-14) and
 * weight profiles by activity type (16-24). Everything is a value the user may edit,
 * except the qualitative share (1 - quantitative share), the campaign's qualitative score
 * (read from the qualitative scorecard's total through INDIRECT, so it is blank when that
 * sheet is missing) and the profiles' totals.
 */
export function appraisalPanel(firstCol: number, options: BuildOptions): Panel {
  const { locale } = options;
  const L = (k: number) => columnLetter(firstCol + k);
  const abs = (k: number, row: number) => `$${L(k)}$${row}`;
  const tx = (key: MessageKey) => t(locale, key);
  const percent = numberFormat("percent", locale) ?? "0.0%";
  const ratio = numberFormat("ratio", locale) ?? "0.00";

  const ladderRows = DEFAULT_LADDER.map((r) => [r.threshold, r.multiplier]);
  // Row 1 stays blank above the panel, so the data checks see no header there and never
  // take the panel's cells for table data.
  const ladderTitle = 2;
  const ladderFirst = ladderTitle + 2;
  const ladderLast = ladderFirst + ladderRows.length - 1;
  const settingsTitle = ladderLast + 2;
  const [capRow, splitRow, qualShareRow, fullMarksRow, sourceRow, campaignRow] = [1, 2, 3, 4, 5, 6].map(
    (k) => settingsTitle + k,
  );
  const profileTitle = campaignRow + 2;

  // Text the user may edit (another sheet name), written as a value: INDIRECT reads it.
  const sheetName = tx(QUALITATIVE.sheet).replace(/'/g, "''");
  const source = `'${sheetName}'!${footerValueCell(QUALITATIVE, options, WEIGHTED_TOTAL)}`;
  const sourceRef = abs(1, sourceRow);
  const qualCampaign = campaignQualitative(options);
  const settings: PlanCell[][] = [
    [tx("tpl.ap.settings.title")],
    [tx("tpl.ap.settings.cap"), DEFAULT_CAP],
    [tx("tpl.ap.settings.split"), DEFAULT_SPLIT],
    [tx("tpl.ap.settings.qualShare"), { formula: `=1-${abs(1, splitRow)}`, result: 1 - DEFAULT_SPLIT }],
    [tx("tpl.ap.settings.fullMarks"), DEFAULT_FULL_MARKS],
    [tx("tpl.ap.settings.source"), source],
    [
      tx("tpl.ap.settings.campaign"),
      {
        formula: `=IF(ISERROR(INDIRECT(${sourceRef})),"",IF(ISNUMBER(INDIRECT(${sourceRef})),INDIRECT(${sourceRef}),""))`,
        result: qualCampaign,
      },
    ],
  ];

  const profileHeader = profileTitle + 1;
  const profileFirst = profileTitle + 2;
  const profileLast = profileFirst + PROFILES.length - 1;
  const profileRows: PlanCell[][] = PROFILES.map(([key, ...w]) => [tx(key), ...w]);
  const totals: PlanCell[] = [tx("tpl.footer.totalWeight")];
  for (let k = 1; k <= PROFILE_TYPES.length; k++) {
    totals.push({
      formula: `=SUM(${abs(k, profileFirst)}:${abs(k, profileLast)})`,
      result: PROFILES.reduce((acc, p) => acc + (p[k] as number), 0),
    });
  }

  const cells = [
    {
      at: `${L(0)}${ladderTitle}`,
      rows: [
        [tx("tpl.ap.ladder.title")],
        [tx("tpl.ap.ladder.threshold"), tx("tpl.ap.ladder.multiplier")],
        ...ladderRows,
      ],
    },
    { at: `${L(0)}${settingsTitle}`, rows: settings },
    {
      at: `${L(0)}${profileTitle}`,
      rows: [[tx("tpl.ap.profiles.title")], [tx("tpl.ap.col.kpi"), ...PROFILE_TYPES.map(tx)], ...profileRows, totals],
    },
  ];
  const range = (k0: number, r0: number, k1: number, r1: number) => `${L(k0)}${r0}:${L(k1)}${r1}`;
  const lastType = PROFILE_TYPES.length;
  const decimal = (min: number, max: number) => ({ kind: "decimal" as const, min, max });
  return {
    cells,
    formats: [
      { ranges: [`${L(0)}${ladderTitle}`, `${L(0)}${settingsTitle}`, `${L(0)}${profileTitle}`], format: TITLE },
      {
        ranges: [range(0, ladderTitle + 1, 1, ladderTitle + 1), range(0, profileHeader, lastType, profileHeader)],
        format: paletteOf(options.theme).header,
      },
      {
        ranges: [range(0, ladderFirst, 0, ladderLast), range(1, capRow, 1, qualShareRow)],
        format: { numberFormat: percent },
      },
      { ranges: [range(1, ladderFirst, 1, ladderLast), `${L(1)}${campaignRow}`], format: { numberFormat: ratio } },
      {
        ranges: [range(1, profileFirst, lastType, profileLast + 1)],
        format: { numberFormat: percent },
      },
      { ranges: [range(0, profileLast + 1, lastType, profileLast + 1)], format: { bold: true } },
    ],
    validations: [
      {
        range: range(0, ladderFirst, 0, ladderLast),
        rule: decimal(-10, 10),
        errorMessage: tx("tpl.ap.validation.ratio"),
      },
      {
        range: range(1, ladderFirst, 1, ladderLast),
        rule: decimal(0, 100),
        errorMessage: tx("tpl.ap.validation.multiplier"),
      },
      { range: `${L(1)}${capRow}`, rule: decimal(0, 10), errorMessage: tx("tpl.ap.validation.ratio") },
      { range: `${L(1)}${splitRow}`, rule: decimal(0, 1), errorMessage: tx("tpl.validation.weight") },
      { range: `${L(1)}${fullMarksRow}`, rule: decimal(1, 100), errorMessage: tx("tpl.ap.validation.fullMarks") },
      {
        range: range(1, profileFirst, lastType, profileLast),
        rule: decimal(0, 1),
        errorMessage: tx("tpl.validation.weight"),
      },
    ],
    widths: [30, 14, 14, 14],
    refs: {
      ladderThresholds: `${abs(0, ladderFirst)}:${abs(0, ladderLast)}`,
      ladderMultipliers: `${abs(1, ladderFirst)}:${abs(1, ladderLast)}`,
      firstRung: abs(0, ladderFirst),
      cap: abs(1, capRow),
      split: abs(1, splitRow),
      fullMarks: abs(1, fullMarksRow),
      qualCampaign: abs(1, campaignRow),
      profileKpis: `${abs(0, profileFirst)}:${abs(0, profileLast)}`,
      profileTypes: `${abs(1, profileHeader)}:${abs(lastType, profileHeader)}`,
      profileWeights: `${abs(1, profileFirst)}:${abs(lastType, profileLast)}`,
    },
    values: {
      ladder: DEFAULT_LADDER,
      cap: DEFAULT_CAP,
      split: DEFAULT_SPLIT,
      fullMarks: DEFAULT_FULL_MARKS,
      qualCampaign,
      profileKpis: PROFILES.map((p) => tx(p[0])),
      profileTypes: PROFILE_TYPES.map(tx),
      profileWeights: PROFILES.map((p) => p.slice(1)),
    },
  };
}
