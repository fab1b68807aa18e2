import { fitHoltWinters, minimumDays, type HoltWintersFit } from "./holt-winters";

/**
 * Seasonality detected: for daily data with enough days, Holt-Winters is fitted with a
 * weekly season and without one (Holt's linear trend), and the model with the lower
 * corrected Akaike criterion is kept, AICc = n ln(SSE / n) + 2k + 2k(k + 1) / (n - k - 1),
 * k counting the smoothing parameters, the initial states and the error variance
 * (Hyndman et al., Forecasting with Exponential Smoothing, 2008, section 7.1). Other
 * spacings (weekly, monthly data) get no season unless one is given.
 */

export const WEEK = 7;

function parameters(fit: HoltWintersFit): number {
  return fit.period > 1 ? 3 + 2 + (fit.period - 1) + 1 : 2 + 2 + 1;
}

/** The corrected AIC of a fit; Infinity when there are too few days for it. */
export function aicc(fit: HoltWintersFit): number {
  const n = fit.observed;
  const k = parameters(fit);
  if (n - k - 1 <= 0) return Infinity;
  const sse = Math.max(fit.sse, 1e-12 * n);
  return n * Math.log(sse / n) + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
}

/** The better of a weekly and a non-seasonal fit for daily data (step 1); non-seasonal otherwise. */
export function fitDetected(series: readonly number[], step: number): HoltWintersFit {
  const observed = series.filter((v) => !Number.isNaN(v)).length;
  const plain = fitHoltWinters(series, 1);
  if (step !== 1 || observed < minimumDays(WEEK)) return plain;
  const weekly = fitHoltWinters(series, WEEK);
  return aicc(weekly) < aicc(plain) ? weekly : plain;
}
