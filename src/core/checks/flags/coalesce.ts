import { rangeAddress } from "../../sheet";

/**
 * Cells (0-based row, col) as few rectangles: runs along each row, then runs of rows with
 * the same span stacked. A column of flagged cells becomes one "B2:B900" area.
 */
export function coalesce(cells: ReadonlyArray<{ readonly row: number; readonly col: number }>): string[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  // Runs within each row.
  const runs: { row: number; from: number; to: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && c.col <= last.to + 1) last.to = Math.max(last.to, c.col);
    else runs.push({ row: c.row, from: c.col, to: c.col });
  }
  // Stack runs with the same span on consecutive rows.
  const open = new Map<string, { top: number; bottom: number; from: number; to: number }>();
  const out: { top: number; bottom: number; from: number; to: number }[] = [];
  for (const run of runs) {
    const key = `${run.from}:${run.to}`;
    const box = open.get(key);
    if (box && box.bottom === run.row - 1) box.bottom = run.row;
    else {
      const next = { top: run.row, bottom: run.row, from: run.from, to: run.to };
      open.set(key, next);
      out.push(next);
    }
  }
  return out.map((b) => rangeAddress(b.top, b.from, b.bottom, b.to));
}
