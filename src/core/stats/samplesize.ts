import { cellError, isCellError, type Result } from "../errors";
import { toNumber } from "../values";
import { normalInverse } from "./dists";
import { checkOptionNames, numberOption, optionPairs, toChoice, toProbability } from "./inputs";

export const SIZE_METHODS = ["pooled", "evanmiller", "arcsine"] as const;
export type SizeMethod = (typeof SIZE_METHODS)[number];
export const MDE_TYPES = ["absolute", "relative"] as const;
export type MdeType = (typeof MDE_TYPES)[number];

export interface SampleSizeSettings {
  readonly type: MdeType;
  readonly method: SizeMethod;
  readonly tails: 1 | 2;
  /** Arms in the test, control included (2: one variant). */
  readonly variants: number;
  /** Visitors a day across every arm; undefined: no duration. */
  readonly daily: number | undefined;
}

export const DEFAULT_SIZE_SETTINGS: SampleSizeSettings = {
  type: "absolute",
  method: "pooled",
  tails: 2,
  variants: 2,
  daily: undefined,
};

export interface SampleSizeResult {
  /** Visitors each arm needs: rounded up (evanmiller: to the nearest, as his calculator shows). */
  readonly perVariant: number;
  /** The unrounded solution. */
  readonly exact: number;
  readonly total: number;
  readonly days: number | null;
}

/**
 * Visitors per arm to detect a change from rate p1 to p2 with the given power.
 * - pooled: the normal-approximation equation R's power.prop.test solves,
 *   n = (z_α·sqrt(2·p̄·q̄) + z_β·sqrt(p1q1 + p2q2))² / (p1 - p2)², p̄ = (p1 + p2)/2;
 * - evanmiller: his calculator's formula, the same with the baseline's variance in the
 *   first term, z_α·sqrt(2·p1·q1);
 * - arcsine: Cohen's h = |2·asin√p2 - 2·asin√p1|, n = ((z_α + z_β)/h)².
 * With more than two arms each variant is compared with the control at alpha / (K - 1)
 * (Bonferroni), so the family of comparisons keeps the level alpha.
 */
export function requiredPerArm(p1: number, p2: number, alpha: number, power: number, s: SampleSizeSettings): number {
  const comparisons = Math.max(1, s.variants - 1);
  const za = normalInverse(1 - alpha / comparisons / s.tails);
  const zb = normalInverse(power);
  const [q1, q2] = [1 - p1, 1 - p2];
  const d = Math.abs(p2 - p1);
  switch (s.method) {
    case "pooled": {
      const pbar = (p1 + p2) / 2;
      return (za * Math.sqrt(2 * pbar * (1 - pbar)) + zb * Math.sqrt(p1 * q1 + p2 * q2)) ** 2 / d ** 2;
    }
    case "evanmiller":
      return (za * Math.sqrt(2 * p1 * q1) + zb * Math.sqrt(p1 * q1 + p2 * q2)) ** 2 / d ** 2;
    case "arcsine": {
      const h = Math.abs(2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1)));
      return ((za + zb) / h) ** 2;
    }
  }
}

/** Reads `type=relative; method=arcsine; tails=1; variants=3; daily=2000` from a cell. */
export function parseSizeOptions(value: unknown, arg = "options"): Result<SampleSizeSettings> {
  const pairs = optionPairs(value, arg);
  if (isCellError(pairs)) return pairs;
  const names = checkOptionNames(pairs, ["type", "method", "tails", "variants", "daily"]);
  if (isCellError(names)) return names;
  const type = toChoice(pairs.type, "type", MDE_TYPES, "absolute");
  if (isCellError(type)) return type;
  const method = toChoice(pairs.method, "method", SIZE_METHODS, "pooled", { "evan-miller": "evanmiller" });
  if (isCellError(method)) return method;
  const tails = numberOption(pairs, "tails", 2);
  if (isCellError(tails)) return tails;
  if (tails !== 1 && tails !== 2) return cellError("#VALUE!", "stats.options", { detail: "tails must be 1 or 2" });
  const variants = numberOption(pairs, "variants", 2);
  if (isCellError(variants)) return variants;
  if (!Number.isInteger(variants) || variants < 2 || variants > 100)
    return cellError("#VALUE!", "stats.options", { detail: "variants must be a whole number from 2 to 100" });
  const daily = numberOption(pairs, "daily", Number.NaN);
  if (isCellError(daily)) return daily;
  if (!Number.isNaN(daily) && !(daily > 0))
    return cellError("#VALUE!", "stats.options", { detail: "daily must be above 0" });
  return { type, method, tails, variants, daily: Number.isNaN(daily) ? undefined : daily };
}

/** MKT.SAMPLESIZE: visitors per arm (and in total, and days) for a baseline rate and an MDE. */
export function sampleSize(
  baselineRate: unknown,
  mde: unknown,
  alphaInput?: unknown,
  powerInput?: unknown,
  settings: SampleSizeSettings = DEFAULT_SIZE_SETTINGS,
): Result<SampleSizeResult> {
  const p1 = toProbability(baselineRate, "baseline_rate");
  if (isCellError(p1)) return p1;
  const effect = toNumber(mde, "mde");
  if (isCellError(effect)) return effect;
  if (effect === 0) return cellError("#VALUE!", "stats.mdeZero");
  const alpha = toProbability(alphaInput, "alpha", 0.05);
  if (isCellError(alpha)) return alpha;
  const power = toProbability(powerInput, "power", 0.8);
  if (isCellError(power)) return power;
  const p2 = settings.type === "relative" ? p1 * (1 + effect) : p1 + effect;
  if (!(p2 > 0 && p2 < 1)) return cellError("#VALUE!", "stats.rateOutOfRange", { value: p2 });
  const exact = requiredPerArm(p1, p2, alpha, power, settings);
  if (!Number.isFinite(exact) || exact > 1e12) return cellError("#NUM!", "result.overflow");
  const perVariant = settings.method === "evanmiller" ? Math.round(exact) : Math.ceil(exact);
  const total = perVariant * settings.variants;
  return { perVariant, exact, total, days: settings.daily === undefined ? null : Math.ceil(total / settings.daily) };
}
