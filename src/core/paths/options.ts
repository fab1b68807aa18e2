import type { RepeatHandling } from "../attribution/options";

/** How events become paths (the options of `mkt paths`, applied alike in every dialect). */
export interface PathOptions {
  /** Touches older than the conversion (or the last touch of a trailing path) by more than this many days are left out; 0 = no limit. */
  readonly lookbackDays: number;
  readonly repeats: RepeatHandling;
  /** Keep the last N touches of a path; 0 = all. */
  readonly maxSteps: number;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { lookbackDays: 30, repeats: "keep", maxSteps: 0 };

/** One row of the aggregated-path table (`path,total_conversions,total_conversion_value,total_null`). */
export interface PathRow {
  readonly path: string;
  readonly conversions: number;
  readonly value: number;
  readonly nulls: number;
}

/** The separator of channels in a path. */
export const PATH_SEPARATOR = " > ";

/** Paths most converting first, then most non-converting, then by path (code-unit order). */
export function comparePathRows(a: PathRow, b: PathRow): number {
  return b.conversions - a.conversions || b.nulls - a.nulls || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
