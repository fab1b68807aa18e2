import { cellError, isCellError, type Result } from "../errors";
import { upperNormal, zCritical } from "./dists";
import { toArm, toProbability } from "./inputs";
import { wilson, type Interval } from "./intervals";

export interface BenchmarkResult {
  readonly rate: number;
  readonly ci: Interval;
  readonly benchmark: number;
  readonly z: number;
  readonly p: number;
  readonly verdict: "above" | "below" | "same" | "insufficient_sample";
}

/**
 * One-sample score test of a conversion rate against an industry benchmark p0:
 * z = (p̂ - p0) / sqrt(p0(1 - p0)/n), two-sided, with the Wilson interval (the interval
 * that inverts this same test). Insufficient sample: n·p0 < 5 or n·(1 - p0) < 5.
 */
export function benchmarkTest(
  conversions: unknown,
  visitors: unknown,
  benchmarkRate: unknown,
  alphaInput?: unknown,
): Result<BenchmarkResult> {
  const arm = toArm(conversions, visitors, ["conversions", "visitors"]);
  if (isCellError(arm)) return arm;
  const p0 = toProbability(benchmarkRate, "benchmark_rate");
  if (isCellError(p0)) return p0;
  const alpha = toProbability(alphaInput, "alpha", 0.05);
  if (isCellError(alpha)) return alpha;
  const rate = arm.x / arm.n;
  const z = (rate - p0) / Math.sqrt((p0 * (1 - p0)) / arm.n);
  if (!Number.isFinite(z)) return cellError("#NUM!", "result.overflow");
  const p = 2 * upperNormal(Math.abs(z));
  const small = arm.n * p0 < 5 || arm.n * (1 - p0) < 5;
  return {
    rate,
    ci: wilson(arm.x, arm.n, zCritical(alpha, 2)),
    benchmark: p0,
    z,
    p,
    verdict: small ? "insufficient_sample" : p < alpha ? (z > 0 ? "above" : "below") : "same",
  };
}
