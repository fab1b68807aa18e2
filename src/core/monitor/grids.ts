import { cellText, type CellMessageKey } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { cellError, isCellError, type Result } from "../errors";
import { isOmitted, dateArgument } from "../analysis/inputs";
import type { SpillCell } from "../analysis/funnel";
import { toNumber, toOptionalNumber, toOptionalText } from "../values";
import { forecastAhead } from "./forecast";
import { fitHoltWinters, minimumDays } from "./holt-winters";
import { fitDetected } from "./seasonality";
import { DEFAULT_AT_RISK, pace, type Pace, type PaceMethod } from "./pace";
import { dateStep, onGrid, readSeries } from "./series";

/** MKT.PACE and MKT.FORECAST from Excel arguments: what they spill, or the one error that says why not. */

export const MAX_HORIZON = 366;

export function toPaceMethod(value: unknown): Result<PaceMethod> {
  const text = toOptionalText(value, "method");
  if (isCellError(text)) return text;
  const v = (text ?? "run_rate").trim().toLowerCase().replace(/[\s-]/g, "_");
  if (["run_rate", "runrate", "rate", "线性", "日均", "run"].includes(v)) return "run_rate";
  if (["forecast", "预测", "ets"].includes(v)) return "forecast";
  return cellError("#VALUE!", "monitor.method", { value: text ?? "" });
}

const STATUS_KEY = {
  onTrack: "monitor.status.onTrack",
  atRisk: "monitor.status.atRisk",
  offTrack: "monitor.status.offTrack",
} as const satisfies Record<Pace["status"], CellMessageKey>;

export function statusText(status: Pace["status"], locale: Locale): string {
  return cellText(locale, STATUS_KEY[status]);
}

/** A header row and one row of figures. */
export function paceTable(p: Pace, locale: Locale): SpillCell[][] {
  const h = (k: CellMessageKey) => cellText(locale, k);
  return [
    [
      h("monitor.header.elapsed"),
      h("monitor.header.left"),
      h("monitor.header.missing"),
      h("monitor.header.actual"),
      h("monitor.header.projected"),
      h("monitor.header.share"),
      h("monitor.header.needed"),
      h("monitor.header.status"),
    ],
    [
      p.daysElapsed,
      p.daysLeft,
      p.missingDays,
      p.actual,
      p.projected,
      p.share,
      p.neededDaily ?? "",
      statusText(p.status, locale),
    ],
  ];
}

export function paceGrid(
  dates: unknown,
  values: unknown,
  target: unknown,
  start: unknown,
  end: unknown,
  method: unknown,
  today: unknown,
  atRisk: unknown,
  locale: Locale,
): Result<SpillCell[][]> {
  const how = toPaceMethod(method);
  if (isCellError(how)) return how;
  const t = toNumber(target, "target");
  if (isCellError(t)) return t;
  const s = dateArgument(start, "start");
  if (isCellError(s)) return s;
  const e = dateArgument(end, "end");
  if (isCellError(e)) return e;
  const now = isOmitted(today) ? undefined : dateArgument(today, "today");
  if (isCellError(now)) return now;
  const band = toOptionalNumber(atRisk, "at_risk", DEFAULT_AT_RISK);
  if (isCellError(band)) return band;
  const days = readSeries(dates, values);
  if (isCellError(days)) return days;
  const p = pace({ days, target: t, start: s, end: e, method: how, today: now, atRisk: band });
  return isCellError(p) ? p : paceTable(p, locale);
}

/** Seasonality given: 0 or 1 is none, 2 or more is the season length; omitted (undefined) is detected (./seasonality). */
export function seasonFor(seasonality: unknown): Result<number | undefined> {
  if (isOmitted(seasonality)) return undefined;
  const n = toNumber(seasonality, "seasonality");
  if (isCellError(n)) return n;
  if (!Number.isInteger(n) || n < 0 || n > 366) return cellError("#VALUE!", "monitor.seasonality", { value: n });
  return n <= 1 ? 1 : n;
}

export function forecastGrid(
  dates: unknown,
  values: unknown,
  horizon: unknown,
  seasonality: unknown,
  confidence: unknown,
  locale: Locale,
): Result<SpillCell[][]> {
  const h = toNumber(horizon, "horizon");
  if (isCellError(h)) return h;
  if (!Number.isInteger(h) || h < 1 || h > MAX_HORIZON)
    return cellError("#VALUE!", "monitor.horizon", { value: h, max: MAX_HORIZON });
  const level = toOptionalNumber(confidence, "confidence", 0.95);
  if (isCellError(level)) return level;
  if (!(level > 0 && level < 1)) return cellError("#VALUE!", "analysis.ratio", { arg: "confidence", value: level });
  const days = readSeries(dates, values);
  if (isCellError(days)) return days;
  const step = dateStep(days);
  if (isCellError(step)) return step;
  const series = onGrid(days, step);
  const observed = series.filter((v) => !Number.isNaN(v)).length;
  const period = seasonFor(seasonality);
  if (isCellError(period)) return period;
  if (observed < minimumDays(period ?? 1))
    return cellError("#VALUE!", "monitor.tooFewForForecast", { count: observed, needed: minimumDays(period ?? 1) });
  const fit = period === undefined ? fitDetected(series, step) : fitHoltWinters(series, period);
  const last = days[days.length - 1].date;
  const t = (k: CellMessageKey) => cellText(locale, k);
  const rows: SpillCell[][] = [
    [t("monitor.header.date"), t("monitor.header.forecast"), t("monitor.header.lower"), t("monitor.header.upper")],
  ];
  for (const p of forecastAhead(fit, h, level)) rows.push([last + p.step * step, p.forecast, p.lower, p.upper]);
  return rows;
}
