/** A1 addressing: column letters, cell and range addresses, 0-based indexes. */

export interface CellRef {
  /** 0-based row index (row 1 is 0). */
  readonly row: number;
  /** 0-based column index (A is 0). */
  readonly col: number;
}

export interface RangeRef {
  readonly start: CellRef;
  readonly end: CellRef;
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > 16383) throw new RangeError(`column index out of range: ${col}`);
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0 for "A", 26 for "AA". */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" for { row: 2, col: 1 }. */
export function cellAddress(ref: CellRef): string {
  if (!Number.isInteger(ref.row) || ref.row < 0 || ref.row > 1048575)
    throw new RangeError(`row index out of range: ${ref.row}`);
  return `${columnLetter(ref.col)}${ref.row + 1}`;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || Number(m[2]) < 1) throw new RangeError(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:C3" (or a single cell "B2", a range of one cell). */
export function parseRange(address: string): RangeRef {
  const parts = address.split(":");
  if (parts.length > 2) throw new RangeError(`not a range address: ${address}`);
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

export function rangeAddress(range: RangeRef): string {
  const s = cellAddress(range.start);
  const e = cellAddress(range.end);
  return s === e ? s : `${s}:${e}`;
}

/** The range of `rows` x `cols` cells whose top-left is `at`. */
export function rangeFrom(at: CellRef, rows: number, cols: number): RangeRef {
  if (rows < 1 || cols < 1) throw new RangeError(`empty range: ${rows} x ${cols}`);
  return { start: at, end: { row: at.row + rows - 1, col: at.col + cols - 1 } };
}

export function rangeSize(range: RangeRef): { rows: number; cols: number } {
  return { rows: range.end.row - range.start.row + 1, cols: range.end.col - range.start.col + 1 };
}

/** Every cell of a range, row by row. */
export function* cellsOf(range: RangeRef): Generator<CellRef> {
  for (let row = range.start.row; row <= range.end.row; row++) {
    for (let col = range.start.col; col <= range.end.col; col++) yield { row, col };
  }
}

/** A sheet name as a formula or link reference: 'My sheet'!A1 (quotes doubled inside). */
export function sheetQualified(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}
