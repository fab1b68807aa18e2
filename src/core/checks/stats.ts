/** Robust statistics on typed arrays (the input is not changed). */

/** Quantile of sorted values by linear interpolation (Excel's QUARTILE.INC / PERCENTILE.INC). */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function median(values: Float64Array): number {
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}

/** Median absolute deviation (unscaled) around a given median. */
export function mad(values: Float64Array, med: number): number {
  const dev = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) dev[k] = Math.abs(values[k] - med);
  return quantileSorted(dev.sort(), 0.5);
}

export function meanAbsoluteDeviation(values: Float64Array, med: number): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += Math.abs(values[k] - med);
  return values.length === 0 ? NaN : total / values.length;
}
