/**
 * Limits of one Office.js request, measured (see DESIGN.md): a request or response over
 * 5 MB fails on Excel on the web; getRanges("A1, B7, ...") fails past about 8,200
 * characters or ~500 areas.
 */
export const LIMITS = {
  /** Cells read per sync: values and number formats of 100k cells stay well under 5 MB. */
  cellsPerRead: 100_000,
  /** The most cells a check reads; Excel may return null past 5,000,000. */
  maxCells: 5_000_000,
  /** Areas per getRanges() call and characters of its address. */
  areasPerAddress: 400,
  charsPerAddress: 8_000,
  /** Flagged areas whose fill and note are read back per sync. */
  areasPerFormatRead: 1_000,
} as const;

/** Range addresses grouped into "A1:B2, C5" lists within the getRanges() limits. */
export function addressLists(
  ranges: readonly string[],
  areas: number = LIMITS.areasPerAddress,
  chars: number = LIMITS.charsPerAddress,
): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const r of ranges) {
    if (current.length > 0 && (current.length >= areas || length + r.length + 2 > chars)) {
      out.push(current.join(", "));
      current = [];
      length = 0;
    }
    current.push(r);
    length += r.length + 2;
  }
  if (current.length > 0) out.push(current.join(", "));
  return out;
}

/** Splits a list into chunks of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}
