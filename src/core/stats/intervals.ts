import { betaInverse, zCritical } from "./dists";

/** A two-sided interval [lower, upper]. */
export type Interval = readonly [number, number];

export const CI_METHODS = ["wilson", "wald", "agresti-coull", "clopper-pearson", "jeffreys"] as const;
export type CiMethod = (typeof CI_METHODS)[number];

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Wilson score interval for x successes in n trials at critical value z (Wilson 1927;
 * Newcombe 1998, method 3): the p for which |p̂ - p| / sqrt(p(1-p)/n) = z.
 */
export function wilson(x: number, n: number, z: number): Interval {
  const p = x / n;
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt(n * p * (1 - p) + z2 / 4);
  // At x = 0 or x = n one bound is exactly 0 or 1; rounding must not move it.
  return [x === 0 ? 0 : clamp01(centre - half), x === n ? 1 : clamp01(centre + half)];
}

/** Wald interval p̂ ± z·sqrt(p̂(1-p̂)/n), clipped to [0, 1]. */
export function wald(x: number, n: number, z: number): Interval {
  const p = x / n;
  const half = z * Math.sqrt((p * (1 - p)) / n);
  return [clamp01(p - half), clamp01(p + half)];
}

/** Agresti-Coull: the Wald interval around p̃ = (x + z²/2)/(n + z²) with ñ = n + z². */
export function agrestiCoull(x: number, n: number, z: number): Interval {
  const nt = n + z * z;
  const pt = (x + (z * z) / 2) / nt;
  const half = z * Math.sqrt((pt * (1 - pt)) / nt);
  return [clamp01(pt - half), clamp01(pt + half)];
}

/** Clopper-Pearson "exact" interval from Beta quantiles, confidence 1 - alpha. */
export function clopperPearson(x: number, n: number, alpha: number): Interval {
  return [x === 0 ? 0 : betaInverse(alpha / 2, x, n - x + 1), x === n ? 1 : betaInverse(1 - alpha / 2, x + 1, n - x)];
}

/** Jeffreys interval: equal-tailed Beta(x + ½, n - x + ½) posterior interval, 0 or 1 at the ends. */
export function jeffreys(x: number, n: number, alpha: number): Interval {
  return [
    x === 0 ? 0 : betaInverse(alpha / 2, x + 0.5, n - x + 0.5),
    x === n ? 1 : betaInverse(1 - alpha / 2, x + 0.5, n - x + 0.5),
  ];
}

/** A two-sided interval for a proportion with confidence 1 - alpha (n > 0, 0 <= x <= n). */
export function proportionInterval(x: number, n: number, alpha: number, method: CiMethod = "wilson"): Interval {
  const z = zCritical(alpha, 2);
  switch (method) {
    case "wilson":
      return wilson(x, n, z);
    case "wald":
      return wald(x, n, z);
    case "agresti-coull":
      return agrestiCoull(x, n, z);
    case "clopper-pearson":
      return clopperPearson(x, n, alpha);
    case "jeffreys":
      return jeffreys(x, n, alpha);
  }
}

/**
 * Newcombe's hybrid score interval for p1 - p2 (Newcombe 1998, method 10), from each
 * rate's Wilson interval: it stays inside [-1, 1] and behaves at 0 and n.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z: number): Interval {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilson(x1, n1, z);
  const [l2, u2] = wilson(x2, n2, z);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

/**
 * Katz log interval for the ratio p1/p2 (Katz et al. 1978): exp(ln(p1/p2) ± z·sqrt(1/x1 -
 * 1/n1 + 1/x2 - 1/n2)). Undefined when either arm has no success: returns undefined.
 */
export function katzRatio(x1: number, n1: number, x2: number, n2: number, z: number): Interval | undefined {
  if (x1 === 0 || x2 === 0) return undefined;
  const ratio = x1 / n1 / (x2 / n2);
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
  return [ratio * Math.exp(-z * se), ratio * Math.exp(z * se)];
}
