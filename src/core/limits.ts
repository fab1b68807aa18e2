/**
 * Limits on input files, checked before anything is allocated for them: one place for
 * every number, so the README, the command line, the preview and the tests agree.
 *
 * The zip-bomb ratio follows Apache POI's ZipSecureFile (minimum inflate ratio 0.01, i.e.
 * at most 100 bytes out per byte in, checked once an entry has grown past a grace size).
 * Excel's own grid is 1,048,576 rows by 16,384 columns ("Excel specifications and
 * limits", support.microsoft.com); a cell or a declared dimension beyond it is damage.
 */
export const LIMITS = {
  /** Size of the file as given (.xlsx compressed, or .csv). */
  fileBytes: 100 * 1024 * 1024,
  /** Bytes inflated from all the parts read, together. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Entries in the zip directory. */
  zipEntries: 10_000,
  /** Bytes out per byte in for one entry, once past `ratioGraceBytes` (Apache POI's rule). */
  entryRatio: 100,
  ratioGraceBytes: 1024 * 1024,
  /** Cells holding a value, a formula or a style in all sheets read. */
  cellsPresent: 5_000_000,
  /** Rows times columns of a sheet's used range (A1 to its last cell). */
  usedRangeCells: 100_000_000,
  /** Rows with a cell times columns with a cell: what the checks allocate for a sheet. */
  gridCells: 20_000_000,
  /** Excel's grid. */
  rows: 1_048_576,
  columns: 16_384,
} as const;

export type LimitId =
  | "fileBytes"
  | "unpackedBytes"
  | "zipEntries"
  | "entryRatio"
  | "cellsPresent"
  | "usedRangeCells"
  | "gridCells"
  | "rows"
  | "columns";

/** A limit an input went past: which one, by how much, and where (a part name or cell). */
export interface LimitBreach {
  readonly kind: "limit";
  readonly limit: LimitId;
  readonly actual: number;
  readonly max: number;
  /** Where in the input: "xl/worksheets/sheet1.xml", "Sheet1!XFD1048576", or "" for the whole file. */
  readonly where: string;
}

export function isLimitBreach(value: unknown): value is LimitBreach {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "limit";
}

/** The breach when `actual` is over `LIMITS[limit]` (or `max`), else undefined. */
export function overLimit(limit: LimitId, actual: number, where: string, max?: number): LimitBreach | undefined {
  const bound = max ?? LIMITS[limit];
  return actual > bound ? { kind: "limit", limit, actual, max: bound, where } : undefined;
}
