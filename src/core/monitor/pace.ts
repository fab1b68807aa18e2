import { cellError, isCellError, type Result } from "../errors";
import { serialToIso } from "../sheet/dates";
import { forecastAhead } from "./forecast";
import { minimumDays } from "./holt-winters";
import { fitDetected } from "./seasonality";
import { onGrid, type SeriesDay } from "./series";

/**
 * Pacing: at this pace, will the campaign make its target by the end date? Days are
 * calendar days from start to end inclusive; "today" is the first day not yet counted
 * (by default the day after the last date given).
 *
 * run_rate: actual to date / days with a value x campaign days (a missing day is neither
 *   counted as zero nor as a day of data: it is reported).
 * forecast: actual to date + the Holt-Winters forecast of every day from today to the end.
 */

export type PaceMethod = "run_rate" | "forecast";
export type PaceStatus = "onTrack" | "atRisk" | "offTrack";

export interface PaceInput {
  readonly days: readonly SeriesDay[];
  readonly target: number;
  readonly start: number;
  readonly end: number;
  readonly method: PaceMethod;
  /** The first day not counted yet; default the day after the last date. */
  readonly today?: number;
  /** Share of target from which a projection below 100% is "at risk" rather than "off track"; default 0.9. */
  readonly atRisk?: number;
}

export interface Pace {
  readonly method: PaceMethod;
  readonly campaignDays: number;
  readonly daysElapsed: number;
  readonly daysLeft: number;
  /** Days elapsed with no value. */
  readonly missingDays: number;
  readonly actual: number;
  readonly projected: number;
  /** projected / target. */
  readonly share: number;
  /** (target - actual) / days left; 0 once the target is reached; undefined when no day is left. */
  readonly neededDaily?: number;
  /** The average of the days with a value so far. */
  readonly currentDaily: number;
  readonly status: PaceStatus;
  readonly target: number;
  readonly atRisk: number;
}

export const DEFAULT_AT_RISK = 0.9;

export function paceStatus(share: number, atRisk: number): PaceStatus {
  return share >= 1 ? "onTrack" : share >= atRisk ? "atRisk" : "offTrack";
}

export function pace(input: PaceInput): Result<Pace> {
  const { days, target, start, end } = input;
  const atRisk = input.atRisk ?? DEFAULT_AT_RISK;
  if (!(target > 0)) return cellError("#VALUE!", "monitor.target", { value: target });
  if (end < start)
    return cellError("#VALUE!", "monitor.endBeforeStart", { start: serialToIso(start), end: serialToIso(end) });
  if (!(atRisk > 0 && atRisk < 1)) return cellError("#VALUE!", "analysis.ratio", { arg: "at_risk", value: atRisk });
  for (const d of days) {
    if (d.date < start || d.date > end)
      return cellError("#VALUE!", "monitor.outside", {
        date: serialToIso(d.date),
        row: d.row,
        start: serialToIso(start),
        end: serialToIso(end),
      });
  }
  const campaignDays = end - start + 1;
  const lastDate = days.length > 0 ? days[days.length - 1].date : start - 1;
  const today = Math.min(end + 1, Math.max(start, input.today ?? lastDate + 1));
  const counted = days.filter((d) => d.date < today);
  const withValue = counted.filter((d) => d.value !== null);
  const daysElapsed = today - start;
  const daysLeft = campaignDays - daysElapsed;
  if (withValue.length === 0) return cellError("#VALUE!", "monitor.noDays", { today: serialToIso(today) });
  const actual = withValue.reduce((s, d) => s + (d.value ?? 0), 0);
  const missingDays = daysElapsed - withValue.length;
  const currentDaily = actual / withValue.length;
  let projected: number;
  if (input.method === "run_rate" || daysLeft === 0) {
    projected = currentDaily * campaignDays;
  } else {
    const ahead = forecastRest(counted, today, end);
    if (isCellError(ahead)) return ahead;
    projected = actual + ahead;
  }
  const share = projected / target;
  const neededDaily = daysLeft > 0 ? Math.max(0, (target - actual) / daysLeft) : undefined;
  return {
    method: input.method,
    campaignDays,
    daysElapsed,
    daysLeft,
    missingDays,
    actual,
    projected,
    share,
    neededDaily,
    currentDaily,
    status: paceStatus(share, atRisk),
    target,
    atRisk,
  };
}

/** The forecast summed over the days from today to the end; the series runs from its first day to the day before today. */
function forecastRest(counted: readonly SeriesDay[], today: number, end: number): Result {
  const series = onGrid(counted, 1, today - 1);
  const observed = series.filter((v) => !Number.isNaN(v)).length;
  if (observed < minimumDays(1))
    return cellError("#VALUE!", "monitor.tooFewForForecast", { count: observed, needed: minimumDays(1) });
  const fit = fitDetected(series, 1);
  return forecastAhead(fit, end - today + 1, 0.95).reduce((s, p) => s + p.forecast, 0);
}
