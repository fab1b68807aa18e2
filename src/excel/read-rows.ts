import { isPayloadTooLarge } from "./errors";
import { LIMITS, rowBytes } from "./checks/limits";

/** A rectangle of a sheet by 0-based indexes. */
export interface RowsArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** An area of one worksheet, to be read with others. */
export interface SheetArea {
  readonly sheet: Excel.Worksheet;
  readonly area: RowsArea;
}

/** What one read brought back, row by row. */
export interface RowsBlock {
  readonly values: unknown[][];
  /** Present when number formats were asked for. */
  readonly numberFormat?: unknown[][];
}

/** One piece of a sync: rows [from, from + count) of area `index`. */
interface Piece {
  readonly index: number;
  readonly from: number;
  readonly count: number;
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
  return readAreasByBytes(context, [{ sheet, area }], withFormats, (_index, block, rowsDone) =>
    onBlock(block, rowsDone),
  );
}

/**
 * Reads several areas (a workbook's sheets) the same way, packing small areas together so
 * that a workbook of small sheets takes one sync and a large one as many as its bytes need.
 * Each sync carries about 2 MB at most (at the heaviest bytes per cell seen so far, or per row
 * of an area already read) and 100,000 cells; the first carries about 10,000 cells, since
 * nothing is known of the bytes yet. Blocks reach `onBlock` in order, area by area. A sync
 * Excel still refuses as too large is sent again with half its cells. Returns the syncs it took.
 */
export async function readAreasByBytes(
  context: Excel.RequestContext,
  areas: readonly SheetArea[],
  withFormats: boolean,
  onBlock: (index: number, block: RowsBlock, rowsDone: number) => void,
): Promise<number> {
  const done = areas.map(() => 0);
  /** Heaviest row of each area read so far, in bytes (0 until a row of it is read). */
  const heaviestRow = areas.map(() => 0);
  let heaviestCell = 0;
  /** After a read Excel refused as too large: at most half the cells it carried. */
  let cap = Infinity;
  let syncs = 0;
  const next = (): Piece[] => {
    const first = heaviestCell === 0;
    let cells = Math.min(cap, first ? LIMITS.firstReadCells : LIMITS.cellsPerRead);
    let bytes = LIMITS.bytesPerRead;
    const pieces: Piece[] = [];
    for (let k = 0; k < areas.length; k++) {
      const { rows, columns } = areas[k].area;
      const left = rows - done[k];
      if (left <= 0) continue;
      const perRow = Math.max(1, heaviestRow[k] || heaviestCell * columns);
      let count = Math.min(left, Math.floor(cells / columns), first ? left : Math.floor(bytes / perRow));
      if (count <= 0) {
        if (pieces.length > 0) break;
        count = 1; // a row wider than the budget still goes, alone
      }
      pieces.push({ index: k, from: done[k], count });
      cells -= count * columns;
      bytes -= count * perRow;
      if (count < left) break;
    }
    return pieces;
  };
  for (let pieces = next(); pieces.length > 0; pieces = next()) {
    const blocks = pieces.map((p) => {
      const { top, left, columns } = areas[p.index].area;
      const block = areas[p.index].sheet.getRangeByIndexes(top + p.from, left, p.count, columns);
      if (withFormats) block.load("values, numberFormat");
      else block.load("values");
      return block;
    });
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per read of about 2 MB: a response over 5 MB fails
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || (pieces.length === 1 && pieces[0].count === 1)) throw e;
      cap = Math.floor(pieces.reduce((sum, p) => sum + p.count * areas[p.index].area.columns, 0) / 2);
      continue;
    }
    pieces.forEach((p, j) => {
      const values = blocks[j].values;
      const numberFormat = withFormats ? blocks[j].numberFormat : undefined;
      const columns = Math.max(1, areas[p.index].area.columns);
      values.forEach((row, k) => {
        const weight = rowBytes(row) + (numberFormat ? rowBytes(numberFormat[k]) : 0);
        heaviestRow[p.index] = Math.max(heaviestRow[p.index], weight);
        heaviestCell = Math.max(heaviestCell, weight / columns);
      });
      done[p.index] += p.count;
      onBlock(p.index, { values, numberFormat }, done[p.index]);
    });
    cap = Infinity; // the rows just read have corrected the estimate
  }
  return syncs;
}
