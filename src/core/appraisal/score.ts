import { cellError, isCellError, type Result } from "../errors";
import { achievement } from "../kpi/achievement";
import { toDirection, type Direction } from "../kpi/direction";
import { finite, inputErrorCode, isBlank, sum, toNumber } from "../values";
import { cellsOf, toYesNo } from "./cells";

/** Achievement above this counts no more, unless the caller sets another cap (0 or "none": no cap). */
export const DEFAULT_CAP = 1.5;

/** Weights may miss 1 by this much (typed percentages such as 33.3% + 33.3% + 33.4%). */
export const WEIGHT_TOLERANCE = 1e-6;

const NO_CAP = new Set(["none", "no", "off", "无", "不封顶", "不设上限"]);

/** The cap argument: blank is DEFAULT_CAP, 0 or "none" is no cap (Infinity), a negative number #NUM!. */
export function toCap(value: unknown): Result {
  const cells = cellsOf(value);
  if (cells.length !== 1) return cellError("#VALUE!", "arg.notScalar", { arg: "cap" });
  const v = cells[0];
  if (isBlank(v)) return DEFAULT_CAP;
  if (typeof v === "string" && !inputErrorCode(v)) {
    if (NO_CAP.has(v.trim().toLowerCase())) return Infinity;
    return cellError("#VALUE!", "score.cap", { value: v.slice(0, 40) });
  }
  const n = toNumber(v, "cap");
  if (typeof n !== "number") return n;
  if (n < 0) return cellError("#NUM!", "score.capNegative", { value: n });
  return n === 0 ? Infinity : n;
}

/** Weights must add up to 1 (within WEIGHT_TOLERANCE); #VALUE! naming the sum otherwise. */
export function checkWeightSum(weights: readonly number[]): Result {
  const total = sum(weights);
  if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
    return cellError("#VALUE!", "score.weightSum", { sum: `${Math.round(total * 1e6) / 1e4}%` });
  }
  return total;
}

/** One KPI as scored: its weight, and its capped achievement or `undefined` when it drops out. */
export interface ScoredKpi {
  readonly weight: number;
  readonly achievement: number | undefined;
}

function perKpi(value: unknown, arg: string, n: number): Result<unknown[]> {
  if (value === undefined || value === null) return new Array<unknown>(n).fill(null);
  const cells = cellsOf(value);
  if (cells.length === 1) return new Array<unknown>(n).fill(cells[0]);
  if (cells.length !== n) return cellError("#VALUE!", "score.size", { arg, count: cells.length, expected: n });
  return cells;
}

/**
 * The KPIs of one person or team, read and checked: rows blank in actual, target and
 * weight are skipped (a range may reach past the data); a blank target or a KPI marked
 * excluded (incubation period) drops out but its weight still counts towards 100%.
 */
export function scoreKpis(
  actuals: unknown,
  targets: unknown,
  weights: unknown,
  directions?: unknown,
  cap?: unknown,
  excluded?: unknown,
): Result<ScoredKpi[]> {
  const a = cellsOf(actuals);
  const n = a.length;
  const t = cellsOf(targets);
  if (t.length !== n) return cellError("#VALUE!", "score.size", { arg: "targets", count: t.length, expected: n });
  const w = cellsOf(weights);
  if (w.length !== n) return cellError("#VALUE!", "score.size", { arg: "weights", count: w.length, expected: n });
  const d = perKpi(directions, "directions", n);
  if (isCellError(d)) return d;
  const x = perKpi(excluded, "excluded", n);
  if (isCellError(x)) return x;
  const limit = toCap(cap);
  if (typeof limit !== "number") return limit;
  // Weights first: they are the structure of the score, checked before any KPI's result.
  const used: number[] = [];
  const weightOf: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = i + 1;
    if (isBlank(a[i]) && isBlank(t[i]) && isBlank(w[i])) continue;
    if (isBlank(w[i])) return cellError("#N/A", "score.weightBlank", { row });
    const weight = toNumber(w[i], `weights row ${row}`);
    if (typeof weight !== "number") return weight;
    if (weight < 0) return cellError("#NUM!", "score.weightNegative", { row, value: weight });
    used.push(i);
    weightOf[i] = weight;
  }
  if (used.length === 0) return cellError("#N/A", "range.blank", { arg: "actuals" });
  const total = checkWeightSum(used.map((i) => weightOf[i]));
  if (isCellError(total)) return total;
  const out: ScoredKpi[] = [];
  for (const i of used) {
    const row = i + 1;
    const weight = weightOf[i];
    const skip = toYesNo(x[i], "excluded", row);
    if (typeof skip !== "boolean") return skip;
    if (skip || isBlank(t[i])) {
      out.push({ weight, achievement: undefined });
      continue;
    }
    if (isBlank(a[i])) return cellError("#N/A", "score.actualBlank", { row });
    const direction: Result<Direction> = toDirection(d[i], `directions row ${row}`);
    if (typeof direction !== "string") return direction;
    const actual = toNumber(a[i], `actuals row ${row}`);
    if (typeof actual !== "number") return actual;
    const target = toNumber(t[i], `targets row ${row}`);
    if (typeof target !== "number") return target;
    const ach = achievement(actual, target, direction);
    if (typeof ach !== "number") return ach;
    out.push({ weight, achievement: Math.min(ach, limit) });
  }
  return out;
}

/**
 * MKT.SCORE: the weighted achievement of one person's or team's KPIs. Each KPI's
 * achievement is core's `achievement` (direction per KPI, higher by default), capped at
 * `cap` (DEFAULT_CAP when blank; 0 or "none" for no cap) so one over-achieved KPI cannot
 * hide the others, times its weight. Weights must add up to 1; KPIs that drop out (blank
 * target, or excluded: the incubation period) leave the others' weights rescaled to 1.
 * Example: 120 of 100 and 30 against 40 (lower is better), weights 0.6 / 0.4:
 * 0.6 x 1.2 + 0.4 x 1.25 = 1.22.
 */
export function score(
  actuals: unknown,
  targets: unknown,
  weights: unknown,
  directions?: unknown,
  cap?: unknown,
  excluded?: unknown,
): Result {
  const kpis = scoreKpis(actuals, targets, weights, directions, cap, excluded);
  if (isCellError(kpis)) return kpis;
  return weightedScore(kpis);
}

/** Σ weight x achievement over the KPIs that count, over the sum of their weights; all weights must add up to 1. */
export function weightedScore(kpis: readonly ScoredKpi[]): Result {
  const total = checkWeightSum(kpis.map((k) => k.weight));
  if (isCellError(total)) return total;
  const counted = kpis.filter((k): k is { weight: number; achievement: number } => k.achievement !== undefined);
  const weight = sum(counted.map((k) => k.weight));
  if (counted.length === 0 || weight === 0) return cellError("#N/A", "score.nothingToScore");
  return finite(sum(counted.map((k) => k.weight * k.achievement)) / weight);
}
