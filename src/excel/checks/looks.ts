import { sheetQualified, type FormatReadRequest, type FormatSnapshot } from "../../core/plan";
import { parseCellAddress, rangeAddress } from "../../core/sheet";
import { chunks, LIMITS } from "./limits";

/**
 * The fill and note of each cell about to be flagged, so that clearing restores them.
 * Only those cells are read: at most 1,000 areas per sync (flags are capped, so a few
 * syncs at most). Notes need ExcelApi 1.18; without it `notes` is false and none are read.
 */
export async function readLooks(
  context: Excel.RequestContext,
  requests: readonly FormatReadRequest[],
  notes: boolean,
): Promise<{ snapshots: FormatSnapshot[]; syncs: number }> {
  const snapshots: FormatSnapshot[] = [];
  let syncs = 0;
  for (const req of requests) {
    const ws = context.workbook.worksheets.getItem(req.sheet);
    const cells: FormatSnapshot["cells"][number][] = [];
    for (const group of chunks(req.ranges, LIMITS.areasPerFormatRead)) {
      const pending = group.map((area) => {
        const props = ws.getRange(area).getCellProperties({ format: { fill: { color: true, pattern: true } } });
        const [a, b] = area.split(":");
        const start = parseCellAddress(a);
        const end = parseCellAddress(b ?? a);
        const addresses: string[] = [];
        if (start && end) {
          for (let r = start.row; r <= end.row; r++)
            for (let c = start.col; c <= end.col; c++) addresses.push(rangeAddress(r, c, r, c));
        }
        const found = notes
          ? addresses.map((cell) => {
              const note = ws.notes.getItemOrNullObject(sheetQualified(req.sheet, cell));
              note.load("content");
              return note;
            })
          : [];
        return { props, addresses, found, width: start && end ? end.col - start.col + 1 : 1 };
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 1,000 flagged areas, and flags are capped
      await context.sync();
      syncs++;
      for (const p of pending) {
        const grid = p.props.value;
        p.addresses.forEach((cell, k) => {
          const row = grid[Math.floor(k / p.width)] ?? [];
          const fill = row[k % p.width]?.format?.fill;
          const color = fill?.pattern === "None" || fill?.color === undefined ? null : fill.color.toUpperCase();
          const note = p.found[k];
          cells.push({ cell, format: { fill: color }, note: note && !note.isNullObject ? note.content : null });
        });
      }
    }
    snapshots.push({ sheet: req.sheet, cells });
  }
  return { snapshots, syncs };
}
