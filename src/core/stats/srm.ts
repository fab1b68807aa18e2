import { cellError, isCellError, type Result } from "../errors";
import { isBlank, toGrid, toNumbers } from "../values";
import { upperChisquare } from "./dists";

/** SRM p-values below this count as a sample ratio mismatch, overriding any other verdict. */
export const SRM_THRESHOLD = 0.001;

/** Pearson's chi-square goodness of fit of observed counts against planned shares. */
export function sampleRatioTest(
  counts: readonly number[],
  shares: readonly number[],
): Result<{ chiSquare: number; df: number; p: number }> {
  if (counts.length < 2) return cellError("#VALUE!", "stats.tooFewGroups", { arg: "counts" });
  if (shares.length !== counts.length)
    return cellError("#VALUE!", "stats.sharesCount", { shares: shares.length, counts: counts.length });
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const bad = shares.findIndex((s) => !(s > 0));
  if (bad >= 0 || !(shareTotal > 0))
    return cellError("#VALUE!", "stats.probability", { arg: "planned_shares", value: shares[Math.max(0, bad)] });
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return cellError("#DIV/0!", "arg.zero", { arg: "counts" });
  let chiSquare = 0;
  counts.forEach((o, i) => {
    const e = (total * shares[i]) / shareTotal;
    chiSquare += (o - e) ** 2 / e;
  });
  const df = counts.length - 1;
  return { chiSquare, df, p: upperChisquare(chiSquare, df) };
}

/** The SRM p-value alone. */
export function sampleRatioP(counts: readonly number[], shares: readonly number[]): Result {
  const r = sampleRatioTest(counts, shares);
  return "p" in r ? r.p : r;
}

/** MKT.SRM: visitor counts per arm against planned shares (default equal). */
export function srmFromRanges(
  counts: unknown,
  plannedShares?: unknown,
): Result<{ chiSquare: number; df: number; p: number; mismatch: boolean }> {
  const observed = toNumbers(counts, "counts");
  if (isCellError(observed)) return observed;
  const negative = observed.find((x) => x < 0);
  if (negative !== undefined) return cellError("#VALUE!", "arg.negative", { arg: "counts", value: negative });
  let shares: number[];
  if (isBlank(plannedShares) || (Array.isArray(plannedShares) && toGrid(plannedShares).flat().every(isBlank))) {
    shares = observed.map(() => 1);
  } else {
    const given = toNumbers(plannedShares, "planned_shares");
    if (isCellError(given)) return given;
    shares = given;
  }
  const r = sampleRatioTest(observed, shares);
  if (isCellError(r)) return r;
  return { ...r, mismatch: r.p < SRM_THRESHOLD };
}
