import { normalInverse } from "../stats/dists";
import type { HoltWintersFit } from "./holt-winters";

/**
 * Forecasts and prediction intervals of a fitted ETS(A,A,A) model. The variance h days
 * ahead is sigma^2 (1 + sum_{j=1}^{h-1} c_j^2) with c_j = alpha (1 + beta j) + gamma [j mod m = 0]
 * (Hyndman et al., Forecasting with Exponential Smoothing, 2008, class 1), sigma^2 the mean
 * squared one-step error, as statsmodels' ETSModel computes it.
 */

export interface ForecastPoint {
  /** Days after the last fitted day (1 = the next day). */
  readonly step: number;
  readonly forecast: number;
  readonly lower: number;
  readonly upper: number;
}

/** The mean squared one-step error. */
export function errorVariance(fit: HoltWintersFit): number {
  return fit.observed > 0 ? fit.sse / fit.observed : 0;
}

/** The point forecast h days after the last fitted day. */
export function pointForecast(fit: HoltWintersFit, h: number): number {
  const season = fit.period > 1 ? fit.seasons[(h - 1) % fit.period] : 0;
  return fit.level + h * fit.trend + season;
}

/** The standard normal quantile for a two-sided interval at the confidence level (0.95 -> 1.96). */
export function zFor(confidence: number): number {
  return normalInverse(1 - (1 - confidence) / 2);
}

/** Forecasts of the next `horizon` days with their prediction intervals at `confidence`. */
export function forecastAhead(fit: HoltWintersFit, horizon: number, confidence: number): ForecastPoint[] {
  const z = zFor(confidence);
  const sigma2 = errorVariance(fit);
  const out: ForecastPoint[] = [];
  let spread = 1;
  for (let h = 1; h <= horizon; h++) {
    if (h > 1) {
      const j = h - 1;
      const c = fit.alpha * (1 + fit.beta * j) + (fit.period > 1 && j % fit.period === 0 ? fit.gamma : 0);
      spread += c * c;
    }
    const forecast = pointForecast(fit, h);
    const half = z * Math.sqrt(sigma2 * spread);
    out.push({ step: h, forecast, lower: forecast - half, upper: forecast + half });
  }
  return out;
}

/** The half-width of the one-step-ahead interval: how far a day may fall from its forecast before it is out of band. */
export function oneStepHalfWidth(fit: HoltWintersFit, confidence: number): number {
  return zFor(confidence) * Math.sqrt(errorVariance(fit));
}
