import { cellText } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { cellError, isCellError, type Result } from "../errors";
import { finite, isBlank, toOptionalNumber } from "../values";
import { isOmitted, listOf, numberAt, sameLength } from "./inputs";
import type { SpillCell } from "./funnel";

/**
 * 活动周期衰减曲线: the key metric over time fitted as y = b * m^t by least squares on
 * ln(y), which is what Excel's LOGEST does, with the half-life and the period at which
 * the fitted curve falls to a threshold (the best duration).
 */

export interface DecayPoint {
  readonly period: number;
  readonly value: number;
}

export interface DecayFit {
  /** b: the fitted value at period 0. */
  readonly start: number;
  /** m: the factor from one period to the next. */
  readonly factor: number;
  /** 1 - m. */
  readonly decay: number;
  /** ln(0.5) / ln(m) when decaying (m < 1). */
  readonly halfLife?: number;
  /** R-squared of the straight-line fit of ln(y) on t (1 when the fit is exact). */
  readonly r2: number;
  /** The period t >= 0 at which b * m^t equals the threshold, when decaying from above it. */
  readonly best?: number;
}

/** Least squares of ln(value) on period. Values must be above 0, with two different periods. */
export function fitDecay(points: readonly DecayPoint[], threshold?: number): Result<DecayFit> {
  if (points.length < 2) return cellError("#VALUE!", "decay.tooFew", { count: points.length });
  const n = points.length;
  const ts = points.map((p) => p.period);
  const ys = points.map((p) => Math.log(p.value));
  const mt = ts.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (ts[i] - mt) ** 2;
    sxy += (ts[i] - mt) * (ys[i] - my);
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0) return cellError("#VALUE!", "decay.samePeriods", { value: ts[0] });
  const slope = sxy / sxx;
  const intercept = my - slope * mt;
  let ssr = 0;
  for (let i = 0; i < n; i++) ssr += (ys[i] - intercept - slope * ts[i]) ** 2;
  const start = finite(Math.exp(intercept));
  if (isCellError(start)) return start;
  const factor = finite(Math.exp(slope));
  if (isCellError(factor)) return factor;
  const r2 = syy === 0 ? 1 : Math.max(0, 1 - ssr / syy);
  const decaying = factor < 1 && factor > 0;
  const halfLife = decaying ? Math.log(0.5) / Math.log(factor) : undefined;
  const best =
    decaying && threshold !== undefined && threshold <= start
      ? Math.log(threshold / start) / Math.log(factor)
      : undefined;
  return { start, factor, decay: 1 - factor, halfLife, r2, best };
}

/** What MKT.DECAY spills: a header row and one row of figures (half-life and best duration blank when there are none). */
export function decayTable(fit: DecayFit, locale: Locale): SpillCell[][] {
  const h = (k: Parameters<typeof cellText>[1]) => cellText(locale, k);
  return [
    [
      h("decay.header.start"),
      h("decay.header.factor"),
      h("decay.header.decay"),
      h("decay.header.halfLife"),
      h("decay.header.r2"),
      h("decay.header.best"),
    ],
    [fit.start, fit.factor, fit.decay, fit.halfLife ?? "", fit.r2, fit.best ?? ""],
  ];
}

function readPoints(values: unknown, periods: unknown): Result<DecayPoint[]> {
  const ys = listOf(values, "values");
  if (isCellError(ys)) return ys;
  const ts = isOmitted(periods) ? undefined : listOf(periods, "periods");
  if (isCellError(ts)) return ts;
  if (ts) {
    const m = sameLength(ys, "values", ts, "periods");
    if (m) return m;
  }
  const points: DecayPoint[] = [];
  for (let i = 0; i < ys.length; i++) {
    const y = ys.value(i);
    if (isBlank(y)) continue; // a period without a value is a gap: it is left out of the fit
    if (ts && isBlank(ts.value(i)))
      return cellError("#VALUE!", "analysis.blankWithValue", { arg: "periods", row: ts.at(i).row, other: "values" });
    const value = typeof y === "number" && Number.isFinite(y) ? y : numberAt(ys.at(i), "values");
    if (isCellError(value)) return value;
    if (value <= 0) return cellError("#VALUE!", "decay.notPositive", { row: ys.at(i).row, value });
    const t = ts?.value(i);
    const period =
      ts === undefined ? i : typeof t === "number" && Number.isFinite(t) ? t : numberAt(ts.at(i), "periods");
    if (isCellError(period)) return period;
    points.push({ period, value });
  }
  return points;
}

/** MKT.DECAY's whole computation from Excel arguments. */
export function decayGrid(
  values: unknown,
  periods: unknown,
  threshold: unknown,
  locale: Locale,
): Result<SpillCell[][]> {
  const limit = isOmitted(threshold) ? undefined : toOptionalNumber(threshold, "threshold", 0);
  if (isCellError(limit)) return limit;
  if (limit !== undefined && limit <= 0) return cellError("#VALUE!", "decay.threshold", { value: limit });
  const points = readPoints(values, periods);
  if (isCellError(points)) return points;
  const fit = fitDecay(points, limit);
  if (isCellError(fit)) return fit;
  return decayTable(fit, locale);
}
