/**
 * The distributions the tests use, all from @stdlib (accurate to about 1e-13): no
 * distribution is computed by hand here. Each package is imported on its own so the
 * custom-functions bundle carries only these.
 */
import betaCdf from "@stdlib/stats-base-dists-beta-cdf";
import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import betaln from "@stdlib/math-base-special-betaln";

export { betaln };

/** P(Z <= z) for a standard normal Z. */
export const phi = (z: number): number => normalCdf(z, 0, 1);

/** P(Z > z), computed as Φ(-z) so small tails keep their digits. */
export const upperNormal = (z: number): number => normalCdf(-z, 0, 1);

/** The standard normal quantile Φ⁻¹(p). */
export const normalInverse = (p: number): number => normalQuantile(p, 0, 1);

/** The critical z of a test at level alpha: Φ⁻¹(1 - alpha/2) two-sided, Φ⁻¹(1 - alpha) one-sided. */
export const zCritical = (alpha: number, tails: 1 | 2): number => normalQuantile(1 - alpha / tails, 0, 1);

/** P(T > t) for Student's t with (fractional) df degrees of freedom. */
export const upperT = (t: number, df: number): number => tCdf(-t, df);

/** The t quantile with (fractional) df degrees of freedom. */
export const tInverse = (p: number, df: number): number => tQuantile(p, df);

/** P(X > x) for chi-square with k degrees of freedom. */
export const upperChisquare = (x: number, k: number): number => 1 - chisquareCdf(x, k);

/** P(X <= x) for Beta(a, b). */
export const betaDistribution = (x: number, a: number, b: number): number => betaCdf(x, a, b);

/**
 * The Beta(a, b) quantile, by bisection on stdlib's Beta CDF (no Beta quantile package is
 * installed): 200 halvings of [0, 1] reach the spacing of doubles, far below 1e-13.
 */
export function betaInverse(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-16; i++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
