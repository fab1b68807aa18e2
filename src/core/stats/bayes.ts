import { betaln, phi } from "./dists";

/** Past this many terms the exact sum gives way to a normal approximation (see below). */
export const EXACT_SUM_LIMIT = 50_000;

/** Every this many terms the running log-term is recomputed from betaln, so rounding cannot drift. */
const RESYNC = 1024;

/**
 * P(X2 > X1) for X1 ~ Beta(a1, b1), X2 ~ Beta(a2, b2), a2 a whole number: Evan Miller's
 * closed form ("Formulas for Bayesian A/B Testing", 2015), a sum of a2 terms
 *   t_i = B(a1+i, b1+b2) / ((b2+i) · B(1+i, b2) · B(a1, b1)),   i = 0 … a2-1,
 * kept in logs (stdlib's log-Beta) so large counts neither overflow nor underflow.
 * Consecutive terms differ by the exact factor (a1+i)(b2+i) / ((a1+b1+b2+i)(1+i)) (from
 * B(x+1, y) = B(x, y)·x/(x+y)), so most terms cost one logarithm; every RESYNC terms the
 * log-term is taken afresh from betaln.
 */
function millerSum(a1: number, b1: number, a2: number, b2: number): number {
  const base = betaln(a1, b1);
  const exact = (i: number) => betaln(a1 + i, b1 + b2) - Math.log(b2 + i) - betaln(1 + i, b2) - base;
  let total = 0;
  let logTerm = 0;
  for (let i = 0; i < a2; i++) {
    logTerm =
      i % RESYNC === 0 ? exact(i) : logTerm + Math.log(((a1 + i - 1) * (b2 + i - 1)) / ((a1 + b1 + b2 + i - 1) * i));
    total += Math.exp(logTerm);
  }
  return total;
}

/**
 * P(variant rate > control rate) under independent Beta(1, 1) (uniform) priors, with
 * xc of nc and xv of nv conversions. Exact: the sum runs over the smallest of the four
 * counts (+1), using P(A > B) = 1 - P(B > A) and the symmetry of successes and failures
 * (1 - p ~ Beta(b, a)). When even that count passes EXACT_SUM_LIMIT (both arms have more
 * than 50,000 conversions and 50,000 non-conversions), the posteriors are so close to
 * normal that P = Φ((mean_v - mean_c) / sqrt(var_v + var_c)) is used instead.
 */
export function probabilityVariantBetter(xc: number, nc: number, xv: number, nv: number): number {
  const [ac, bc, av, bv] = [xc + 1, nc - xc + 1, xv + 1, nv - xv + 1];
  const smallest = Math.min(ac, bc, av, bv);
  let p: number;
  if (smallest > EXACT_SUM_LIMIT) {
    const mean = (a: number, b: number) => a / (a + b);
    const variance = (a: number, b: number) => (a * b) / ((a + b) ** 2 * (a + b + 1));
    p = phi((mean(av, bv) - mean(ac, bc)) / Math.sqrt(variance(av, bv) + variance(ac, bc)));
  } else if (smallest === av) p = millerSum(ac, bc, av, bv);
  else if (smallest === ac) p = 1 - millerSum(av, bv, ac, bc);
  else if (smallest === bc) p = millerSum(bv, av, bc, ac);
  else p = 1 - millerSum(bc, ac, bv, av);
  return Math.min(1, Math.max(0, p));
}
