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

/**
 * Texts in code point order: the order of their UTF-8 bytes, in which DuckDB (and a
 * warehouse's binary collation) sorts text. JavaScript's `<` compares UTF-16 code units,
 * which differs only where a character above U+FFFF (a surrogate pair, D800 to DFFF) meets
 * one from U+E000 to U+FFFF: each code unit is moved so that surrogates sort last (ICU's
 * "code point order" fix-up).
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointKey(x) - codePointKey(y);
  }
  return a.length - b.length;
}

function codePointKey(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/**
 * Paths most converting first, then most non-converting, then by path in code point order:
 * the order of `ORDER BY total_conversions DESC, total_null DESC, path` in DuckDB, so a table
 * sorted here and one streamed sorted from DuckDB are the same.
 */
export function comparePathRows(a: PathRow, b: PathRow): number {
  return b.conversions - a.conversions || b.nulls - a.nulls || compareCodePoints(a.path, b.path);
}
