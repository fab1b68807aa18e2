import { t, type MessageKey } from "../../../i18n/catalog";
import type { Locale } from "../../../i18n/locale";
import { isCellError } from "../../errors";
import { pace, type Pace } from "../../monitor/pace";
import type { SeriesDay } from "../../monitor/series";
import { dateSerial } from "../../plan/dates";
import type { ConditionalFormatPlan, PlanCell, SheetPlan } from "../../plan/types";
import { formulaString } from "../formula";
import type { BuildOptions } from "../layout";
import { paletteOf, themedChart } from "../palette";
import { COMPUTED_FORMAT, numberFormat, TABLE_STYLE } from "../styles";
import { formula, type SheetTemplate } from "./entry";
import { excelOnly, MONITOR_CELLS, monitorPanel, STATUS } from "./monitor-panel";

export { MONITOR_CELLS } from "./monitor-panel";

/**
 * 活动监控表 (campaign monitor): one row per campaign day (dates filled from start to end),
 * the day's figure typed in, the even daily target, Excel's own FORECAST.ETS one step
 * ahead for past days and for every day ahead, its FORECAST.ETS.CONFINT band, and a flag
 * on a past day outside its band. Beside it, the target, start and end, and the pacing
 * figures as native formulas (MKT.PACE's run rate: actual / days with a value x campaign
 * days), the status coloured, and a line chart of actual, target, forecast and band.
 */

export const MONITOR_SAMPLE = {
  start: "2026-03-01",
  end: "2026-03-31",
  target: 14000,
  /** Days reported so far (null would be a day not reported: a missing day). */
  values: [
    372, 365, 350, 401, 419, 433, 388, 381, 377, 395, 413, 431, 449, 402, 396, 389, 377, 560, 446, 461, 417,
  ] as readonly (number | null)[],
} as const;

const BLANK_DAYS = 62;
const SEASON = 7;

export function monitorLayout(sample: boolean): { first: number; last: number } {
  const days = sample ? dateSerial(MONITOR_SAMPLE.end) - dateSerial(MONITOR_SAMPLE.start) + 1 : BLANK_DAYS;
  return { first: 2, last: 1 + days };
}

/** The sample's days as core reads them (dates from the start, blanks as missing days). */
export function monitorSampleDays(): SeriesDay[] {
  const start = dateSerial(MONITOR_SAMPLE.start);
  return MONITOR_SAMPLE.values.map((value, i) => ({ date: start + i, value, row: i + 2 }));
}

/** Core's pacing of the sample, as the sheet's formulas compute it (run rate, today = the day after the last reported day). */
export function monitorSamplePace(): Pace {
  const days = monitorSampleDays();
  const lastReported = Math.max(...days.filter((d) => d.value !== null).map((d) => d.date));
  const p = pace({
    days,
    target: MONITOR_SAMPLE.target,
    start: dateSerial(MONITOR_SAMPLE.start),
    end: dateSerial(MONITOR_SAMPLE.end),
    method: "run_rate",
    today: lastReported + 1,
  });
  if (isCellError(p)) throw new Error(`monitor sample is invalid: ${p.message}`);
  return p;
}

/** History for row r: the days before it, at most the days elapsed (so days ahead use the whole history). */
function history(r: number, first: number): { values: string; dates: string } {
  const n = `MIN(ROW()-${first},${MONITOR_CELLS.elapsed})`;
  return { values: `OFFSET($B$${first},0,0,${n})`, dates: `OFFSET($A$${first},0,0,${n})` };
}

function dayRow(r: number, first: number, locale: Locale, sample: boolean, p: Pace | undefined): PlanCell[] {
  const C = MONITOR_CELLS;
  const start = dateSerial(MONITOR_SAMPLE.start);
  const i = r - first;
  const value = sample && i < MONITOR_SAMPLE.values.length ? MONITOR_SAMPLE.values[i] : null;
  const h = history(r, first);
  const ets = `FORECAST.ETS(A${r},${h.values},${h.dates},${SEASON},1)`;
  const band = `FORECAST.ETS.CONFINT(A${r},${h.values},${h.dates},${C.confidence},${SEASON},1)`;
  const date =
    r === first
      ? formula(`=IF(${C.start}="","",${C.start})`, sample ? start : undefined)
      : formula(
          // Nested IFs: OR evaluates every argument, and A+1 on a blank date would be #VALUE!.
          `=IF(A${r - 1}="","",IF(OR(${C.end}="",A${r - 1}+1>${C.end}),"",A${r - 1}+1))`,
          sample ? start + i : undefined,
        );
  return [
    date,
    value,
    formula(`=IF(OR(A${r}="",${C.campaignDays}=""),"",${C.target}/${C.campaignDays})`, p && p.target / p.campaignDays),
    excelOnly(`=IF(OR(A${r}="",ROW()-${first}<${2 * SEASON + 2}),"",IFERROR(${ets},""))`),
    excelOnly(`=IF(D${r}="","",IFERROR(D${r}-${band},""))`),
    excelOnly(`=IF(E${r}="","",2*D${r}-E${r})`),
    excelOnly(
      `=IF(OR(B${r}="",E${r}="",A${r}>=${C.today}),"",IF(OR(B${r}<E${r},B${r}>F${r}),${formulaString(t(locale, "tpl.monitor.flag.outOfBand"))},""))`,
    ),
  ];
}

export function buildMonitorSheet(options: Pick<BuildOptions, "locale" | "sample" | "theme">): SheetPlan {
  const { locale, sample } = options;
  const palette = paletteOf(options.theme);
  const { first, last } = monitorLayout(sample);
  const p = sample ? monitorSamplePace() : undefined;
  const header: PlanCell[] = [
    t(locale, "tpl.monitor.col.date"),
    t(locale, "tpl.monitor.col.actual"),
    t(locale, "tpl.monitor.col.target"),
    t(locale, "tpl.monitor.col.forecast"),
    t(locale, "tpl.monitor.col.lower"),
    t(locale, "tpl.monitor.col.upper"),
    t(locale, "tpl.monitor.col.flag"),
  ];
  const body: PlanCell[][] = [];
  for (let r = first; r <= last; r++) body.push(dayRow(r, first, locale, sample, p));
  const C = MONITOR_CELLS;
  const status = (key: MessageKey, tone: "good" | "neutral" | "bad"): ConditionalFormatPlan => ({
    range: C.status,
    formula: `=${C.status}=${formulaString(t(locale, key))}`,
    format: palette.tones[tone],
    stopIfTrue: true,
  });
  const date = numberFormat("date", locale) ?? "yyyy-mm-dd";
  return {
    target: { create: t(locale, "tpl.monitor.sheet") },
    cells: [
      { at: "A1", rows: [header, ...body] },
      { at: "I1", rows: monitorPanel(locale, first, last, p, sample ? MONITOR_SAMPLE : undefined) },
    ],
    columns: [{ column: "A", widths: [12, 11, 11, 11, 11, 11, 12, 3, 26, 14] }],
    formats: [
      { ranges: ["A1:G1"], format: palette.header },
      { ranges: [`A${first}:A${last}`, C.start, C.end, C.today], format: { numberFormat: date } },
      {
        ranges: [
          `B${first}:F${last}`,
          C.target,
          C.actual,
          C.runRate,
          C.projectedRunRate,
          C.projectedForecast,
          C.projected,
          C.needed,
        ],
        format: { numberFormat: "#,##0.0" },
      },
      {
        ranges: [C.share, C.atRisk, C.confidence],
        format: { numberFormat: numberFormat("percent", locale) ?? "0.0%" },
      },
      { ranges: [`A${first}:A${last}`, `C${first}:G${last}`], format: COMPUTED_FORMAT },
      { ranges: [`J4:J13`, `J15:J17`, C.status], format: COMPUTED_FORMAT },
      { ranges: [`I1:I20`], format: { bold: true } },
    ],
    tables: [{ name: "CampaignMonitor", range: `A1:G${last}`, style: TABLE_STYLE, showBandedRows: true }],
    validations: [
      {
        range: C.method,
        rule: {
          kind: "list",
          choices: [t(locale, "tpl.monitor.choice.runRate"), t(locale, "tpl.monitor.choice.forecast")],
        },
        errorMessage: t(locale, "tpl.monitor.methodInvalid"),
      },
      {
        range: C.atRisk,
        rule: { kind: "decimal", min: 0.01, max: 0.99 },
        errorMessage: t(locale, "tpl.monitor.ratioInvalid"),
      },
      {
        range: C.confidence,
        rule: { kind: "decimal", min: 0.5, max: 0.999 },
        errorMessage: t(locale, "tpl.monitor.ratioInvalid"),
      },
    ],
    conditionalFormats: [
      { range: `A${first}:G${last}`, formula: `=$G${first}<>""`, format: palette.tones.bad, stopIfTrue: true },
      status(STATUS.onTrack, "good"),
      status(STATUS.atRisk, "neutral"),
      status(STATUS.offTrack, "bad"),
    ],
    notes: [
      { cell: "A1", text: t(locale, "tpl.monitor.note") },
      { cell: "I4", text: t(locale, "tpl.monitor.todayNote") },
    ],
    charts: [
      themedChart(
        {
          kind: "line",
          data: `B1:F${last}`,
          categories: `A${first}:A${last}`,
          categoryFormat: date,
          title: t(locale, "tpl.monitor.chart"),
          at: "L1",
          size: { columns: 10, rows: 20 },
        },
        palette,
      ),
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

export const monitorTemplate: SheetTemplate = {
  id: "monitor",
  sheet: "tpl.monitor.sheet",
  description: "tpl.monitor.description",
  build: buildMonitorSheet,
};
