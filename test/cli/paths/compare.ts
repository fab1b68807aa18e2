import type { PathOptions } from "../../../src/core/paths/options";

/** Path -> [conversions, value rounded to cents, nulls]: sums in another order differ in the last bits. */
export const keyed = (rows: readonly { path: string; conversions: number; value: number; nulls: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.path, [r.conversions, Math.round(r.value * 100) / 100, r.nulls]]));

/** The `mkt paths` options that give `o`. */
export const flags = (o: PathOptions) => [
  "--lookback-days",
  String(o.lookbackDays),
  "--repeats",
  o.repeats,
  "--max-steps",
  String(o.maxSteps),
];
