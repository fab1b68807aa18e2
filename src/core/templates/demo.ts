import { attribute, journeysFromPaths, parseAttributionOptions, type ModelName } from "../attribution";
import { isCellError } from "../errors";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { columnLetter } from "../plan/address";
import { withPageSetup } from "../plan/page-setup";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../plan/types";
import { buildTemplatesPlan } from "./index";
import type { Theme } from "../report/theme";
import { paletteOf, themedChart } from "./palette";
import { numberFormat, TABLE_STYLE } from "./styles";

/** Sample journeys for the demo: channel paths with conversions and value (channel names by language). */
const CHANNELS = {
  search: { zh: "搜索引擎", en: "Search" },
  social: { zh: "社交媒体", en: "Social media" },
  feed: { zh: "信息流广告", en: "In-feed ads" },
  edm: { zh: "EDM邮件", en: "Email (EDM)" },
} as const;
type Channel = keyof typeof CHANNELS;
const PATHS: readonly { path: readonly Channel[]; conversions: number; value: number }[] = [
  { path: ["search"], conversions: 40, value: 12000 },
  { path: ["search", "social", "search"], conversions: 30, value: 9000 },
  { path: ["feed", "search"], conversions: 25, value: 7500 },
  { path: ["social", "edm", "search"], conversions: 15, value: 4500 },
  { path: ["social", "feed"], conversions: 12, value: 3600 },
  { path: ["edm"], conversions: 8, value: 2400 },
];
const MODELS: readonly ModelName[] = ["first", "last", "linear", "markov"];

/** The demo's attribution sheet: sample paths, and the conversions each model credits to each channel. */
export function attributionDemoSheet(locale: Locale, theme?: Theme): SheetPlan {
  const palette = paletteOf(theme);
  const name = (c: Channel) => (locale === "zh-CN" ? CHANNELS[c].zh : CHANNELS[c].en);
  const paths = PATHS.map((p) => p.path.map(name).join(" > "));
  const journeys = journeysFromPaths({
    paths,
    conversions: PATHS.map((p) => p.conversions),
    values: PATHS.map((p) => p.value),
  });
  if (isCellError(journeys)) throw new Error(`demo paths are invalid: ${journeys.message}`);
  const byModel = MODELS.map((model) => {
    const options = parseAttributionOptions({ model });
    if (isCellError(options)) throw new Error(options.message);
    const result = attribute(journeys, options);
    if (isCellError(result)) throw new Error(`demo attribution failed: ${result.message}`);
    return new Map(result.channels.map((c) => [c.channel, c.conversions]));
  });
  const channels = [...byModel[0].keys()];
  const left: PlanCell[][] = [
    [t(locale, "tpl.col.path"), t(locale, "tpl.col.pathConversions"), t(locale, "tpl.col.pathValue")],
    ...PATHS.map((p, i) => [paths[i], p.conversions, p.value]),
  ];
  const right: PlanCell[][] = [
    [t(locale, "attribution.header.channel"), ...MODELS.map((m) => t(locale, `attr.model.${m}`))],
    ...channels.map((c) => [c, ...byModel.map((m) => m.get(c) ?? 0)]),
  ];
  const lastPath = PATHS.length + 1;
  const lastChannel = channels.length + 1;
  const rightEnd = columnLetter(4 + MODELS.length);
  return withPageSetup({
    target: { create: t(locale, "tpl.attribution.sheet") },
    cells: [
      { at: "A1", rows: left },
      { at: "E1", rows: right },
    ],
    columns: [{ column: "A", widths: [34, 12, 16, 3, 16, 12, 12, 12, 12] }],
    formats: [
      { ranges: ["A1:C1", `E1:${rightEnd}1`], format: palette.header },
      { ranges: [`C2:C${lastPath}`], format: { numberFormat: numberFormat("currency", locale) } },
      { ranges: [`F2:${rightEnd}${lastChannel}`], format: { numberFormat: "0.0" } },
    ],
    tables: [
      { name: "AttributionPaths", range: `A1:C${lastPath}`, style: TABLE_STYLE, showBandedRows: true },
      { name: "AttributionByModel", range: `E1:${rightEnd}${lastChannel}`, style: TABLE_STYLE, showBandedRows: true },
    ],
    notes: [{ cell: "E1", text: t(locale, "tpl.attribution.note", { last: lastPath }) }],
    charts: [
      themedChart(
        {
          kind: "column",
          data: `E1:${rightEnd}${lastChannel}`,
          title: t(locale, "tpl.attribution.chart"),
          at: `E${Math.max(lastPath, lastChannel) + 3}`,
          size: { columns: 5, rows: 16 },
        },
        palette,
      ),
    ],
    freeze: { rows: 1, columns: 0 },
  });
}

/** The complete sample evaluation workbook: every template with sample rows, then attribution; in `theme`'s colours. */
export function buildDemoPlan(locale: Locale, theme?: Theme): WorkbookPlan {
  const templates = buildTemplatesPlan(["all"], { locale, sample: true, ...(theme ? { theme } : {}) });
  return { sheets: [...templates.sheets, attributionDemoSheet(locale, theme)] };
}
