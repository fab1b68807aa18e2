/**
 * Limits of one Office.js request, measured (see DESIGN.md): a request or response over
 * 5 MB fails on Excel on the web, and a read of more than 5,000,000 cells can come back
 * null. Flagged areas are addressed one range each (never a long getRanges list, which
 * fails past about 8,200 characters or ~500 areas).
 */
export const LIMITS = {
  /** At most this many cells per read (a long read also holds the task pane's progress back). */
  cellsPerRead: 100_000,
  /** The first read of a sheet: small, to learn how many bytes its rows take. */
  firstReadCells: 10_000,
  /**
   * Bytes of values and number formats aimed at per read: well under the 5 MB response limit
   * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
   * since a read's size is foretold from the rows read before it.
   */
  bytesPerRead: 2_000_000,
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

const encoder = new TextEncoder();

/** Bytes of a row as JSON in UTF-8: what it weighs in an Office.js response. */
export function rowBytes(row: readonly unknown[]): number {
  return encoder.encode(JSON.stringify(row)).length;
}
