/** Robust statistics on typed arrays, by selection rather than sorting (linear time). */

/** Rearranges `a` so that a[k] is the k-th smallest (Hoare's quickselect); returns it. */
export function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

/**
 * Quantile by linear interpolation (Excel's QUARTILE.INC / PERCENTILE.INC). `scratch` is
 * reordered; pass a copy when the order matters.
 */
export function quantile(scratch: Float64Array, p: number): number {
  const n = scratch.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = select(scratch, lo);
  if (h === lo || lo + 1 >= n) return low;
  // After selection everything right of lo is >= a[lo]: the next order statistic is their minimum.
  let next = Infinity;
  for (let k = lo + 1; k < n; k++) if (scratch[k] < next) next = scratch[k];
  return low + (h - lo) * (next - low);
}

export function median(values: Float64Array): number {
  return quantile(Float64Array.from(values), 0.5);
}

/** Median absolute deviation (unscaled) around a given median. */
export function mad(values: Float64Array, med: number): number {
  const dev = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) dev[k] = Math.abs(values[k] - med);
  return quantile(dev, 0.5);
}

export function meanAbsoluteDeviation(values: Float64Array, med: number): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += Math.abs(values[k] - med);
  return values.length === 0 ? NaN : total / values.length;
}
