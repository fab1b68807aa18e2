/**
 * Limits of one Office.js request, measured (see DESIGN.md): a request or response over
 * 5 MB fails on Excel on the web, and a read of more than 5,000,000 cells can come back
 * null. Flagged areas are addressed one range each (never a long getRanges list, which
 * fails past about 8,200 characters or ~500 areas).
 */
export const LIMITS = {
  /** Cells read per sync: values and number formats of 100k cells stay well under 5 MB. */
  cellsPerRead: 100_000,
  /** The most cells a check reads; Excel may return null past 5,000,000. */
  maxCells: 5_000_000,
  /** Flagged areas whose fill and note are read back per sync. */
  areasPerFormatRead: 1_000,
} as const;

/** Splits a list into chunks of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}
