import { isPayloadTooLarge } from "./errors";
import { LIMITS, rowBytes } from "./checks/limits";

/** A rectangle of a sheet by 0-based indexes. */
export interface RowsArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** What one read brought back, row by row. */
export interface RowsBlock {
  readonly values: unknown[][];
  /** Present when number formats were asked for. */
  readonly numberFormat?: unknown[][];
}

/**
 * Reads the rows of an area in as many syncs as their bytes need, never by a fixed count of
 * cells: a request or response over 5 MB fails on Excel on the web
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and 100,000 cells of long text weigh several times that. A first read of about 10,000
 * cells; after it, each read takes as many rows as fit in about 2 MB at the heaviest row
 * seen (at most 100,000 cells); a read Excel still refuses as too large is read again in
 * halves. Returns the syncs it took.
 */
export async function readRowsByBytes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: RowsArea,
  withFormats: boolean,
  onBlock: (block: RowsBlock, rowsDone: number) => void,
): Promise<number> {
  const { top, left, rows, columns } = area;
  const maxRows = Math.max(1, Math.floor(LIMITS.cellsPerRead / columns));
  let step = Math.min(maxRows, Math.max(1, Math.floor(LIMITS.firstReadCells / columns)));
  let heaviest = 0;
  let syncs = 0;
  for (let r = 0; r < rows;) {
    const count = Math.min(step, rows - r);
    const block = sheet.getRangeByIndexes(top + r, left, count, columns);
    if (withFormats) block.load("values, numberFormat");
    else block.load("values");
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per read of about 2 MB: a response over 5 MB fails
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || count === 1) throw e;
      step = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const values = block.values;
    const numberFormat = withFormats ? block.numberFormat : undefined;
    values.forEach((row, k) => {
      heaviest = Math.max(heaviest, rowBytes(row) + (numberFormat ? rowBytes(numberFormat[k]) : 0));
    });
    r += count;
    onBlock({ values, numberFormat }, r);
    step = Math.min(maxRows, Math.max(1, Math.floor(LIMITS.bytesPerRead / Math.max(1, heaviest))));
  }
  return syncs;
}
