/** A1-style addresses. Rows and columns are 0-based here; A1 is (0, 0). */
import { columnLetter } from "../plan/address";

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B7" or "$B$7" to { row: 6, col: 1 }; undefined for anything else. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** "B7:D7", or "B7" for a single cell. */
export function rangeAddress(row: number, col: number, lastRow: number, lastCol: number): string {
  const first = cellAddress(row, col);
  return row === lastRow && col === lastCol ? first : `${first}:${cellAddress(lastRow, lastCol)}`;
}
