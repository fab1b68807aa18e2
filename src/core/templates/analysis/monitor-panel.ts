import { t, type MessageKey } from "../../../i18n/catalog";
import type { Locale } from "../../../i18n/locale";
import type { Pace } from "../../monitor/pace";
import { dateSerial } from "../../plan/dates";
import type { PlanCell } from "../../plan/types";
import { formulaString } from "../formula";
import { formula } from "./entry";

/**
 * The campaign monitor's panel (I:J): target, start and end typed in, and the pacing figures
 * as native formulas over the daily table (MKT.PACE's run rate), with core's values cached.
 */

/** Where the panel's figures are: labels in I, values in J. */
export const MONITOR_CELLS = {
  target: "J1",
  start: "J2",
  end: "J3",
  today: "J4",
  campaignDays: "J5",
  elapsed: "J6",
  left: "J7",
  withValue: "J8",
  missing: "J9",
  actual: "J10",
  runRate: "J11",
  projectedRunRate: "J12",
  projectedForecast: "J13",
  method: "J14",
  projected: "J15",
  share: "J16",
  needed: "J17",
  atRisk: "J18",
  status: "J19",
  confidence: "J20",
} as const;

/**
 * A formula whose value is Excel's own (FORECAST.ETS and what is made from it), which core
 * does not reproduce: its cached value is a blank (hosts that do not calculate, such as the
 * browser preview, show an empty cell rather than a figure Excel would not give).
 */
export const excelOnly = (text: string): PlanCell => ({ formula: text, result: "" });

export const STATUS: Readonly<Record<Pace["status"], MessageKey>> = {
  onTrack: "tpl.monitor.status.onTrack",
  atRisk: "tpl.monitor.status.atRisk",
  offTrack: "tpl.monitor.status.offTrack",
};

export function monitorPanel(
  locale: Locale,
  first: number,
  last: number,
  p: Pace | undefined,
  sample: { readonly target: number; readonly start: string; readonly end: string } | undefined,
): PlanCell[][] {
  const C = MONITOR_CELLS;
  const A = `$A$${first}:$A$${last}`;
  const B = `$B$${first}:$B$${last}`;
  const D = `$D$${first}:$D$${last}`;
  const s = (k: MessageKey) => formulaString(t(locale, k));
  const rows: [MessageKey, PlanCell][] = [
    ["tpl.monitor.target", sample ? sample.target : null],
    ["tpl.monitor.start", sample ? { date: sample.start } : null],
    ["tpl.monitor.end", sample ? { date: sample.end } : null],
    [
      "tpl.monitor.today",
      formula(
        `=IF(OR(${C.start}="",${C.end}=""),"",MIN(${C.end}+1,MAX(${C.start},IF(COUNT(${B})=0,${C.start},MAXIFS(${A},${B},"<>")+1))))`,
        p && sample && p.daysElapsed + dateSerial(sample.start),
      ),
    ],
    [
      "tpl.monitor.campaignDays",
      formula(`=IF(OR(${C.start}="",${C.end}=""),"",${C.end}-${C.start}+1)`, p?.campaignDays),
    ],
    [
      "tpl.monitor.elapsed",
      formula(`=IF(${C.campaignDays}="","",MAX(0,MIN(${C.campaignDays},${C.today}-${C.start})))`, p?.daysElapsed),
    ],
    ["tpl.monitor.left", formula(`=IF(${C.campaignDays}="","",${C.campaignDays}-${C.elapsed})`, p?.daysLeft)],
    [
      "tpl.monitor.withValue",
      formula(
        `=IF(${C.today}="","",COUNTIFS(${A},">="&${C.start},${A},"<"&${C.today},${B},"<>"))`,
        p && p.daysElapsed - p.missingDays,
      ),
    ],
    ["tpl.monitor.missing", formula(`=IF(${C.today}="","",${C.elapsed}-${C.withValue})`, p?.missingDays)],
    [
      "tpl.monitor.actual",
      formula(`=IF(${C.today}="","",SUMIFS(${B},${A},">="&${C.start},${A},"<"&${C.today}))`, p?.actual),
    ],
    ["tpl.monitor.runRate", formula(`=IF(N(${C.withValue})=0,"",${C.actual}/${C.withValue})`, p?.currentDaily)],
    ["tpl.monitor.projectedRunRate", formula(`=IF(${C.runRate}="","",${C.runRate}*${C.campaignDays})`, p?.projected)],
    [
      "tpl.monitor.projectedForecast",
      excelOnly(`=IF(${C.runRate}="","",${C.actual}+SUMIFS(${D},${A},">="&${C.today}))`),
    ],
    ["tpl.monitor.method", t(locale, "tpl.monitor.choice.runRate")],
    [
      "tpl.monitor.projected",
      formula(
        `=IF(${C.method}=${s("tpl.monitor.choice.forecast")},${C.projectedForecast},${C.projectedRunRate})`,
        p?.projected,
      ),
    ],
    [
      "tpl.monitor.share",
      formula(`=IF(OR(${C.projected}="",N(${C.target})<=0),"",${C.projected}/${C.target})`, p?.share),
    ],
    [
      "tpl.monitor.needed",
      formula(`=IF(OR(${C.left}="",N(${C.left})=0),"",MAX(0,(${C.target}-${C.actual})/${C.left}))`, p?.neededDaily),
    ],
    ["tpl.monitor.atRisk", 0.9],
    [
      "tpl.monitor.status",
      formula(
        `=IF(${C.share}="","",IF(${C.share}>=1,${s(STATUS.onTrack)},IF(${C.share}>=${C.atRisk},${s(STATUS.atRisk)},${s(STATUS.offTrack)})))`,
        p && t(locale, STATUS[p.status]),
      ),
    ],
    ["tpl.monitor.confidence", 0.95],
  ];
  return rows.map(([k, v]) => [t(locale, k), v]);
}
