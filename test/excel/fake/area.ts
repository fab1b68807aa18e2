import { cellAddress, columnIndex, parseRange, rangeAddress } from "../../../src/core/plan/address";
import { sheetQualified } from "../../../src/core/plan/address";

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** "B2:C4", "B2", whole columns "A:D" or whole rows "3:5" (no sheet, no $). */
export function parseArea(address: string): Area {
  const a = address.replace(/\$/g, "").toUpperCase();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (cols) {
    const [l, r] = [columnIndex(cols[1]), columnIndex(cols[2])].sort((x, y) => x - y);
    return { top: 0, left: l, bottom: MAX_ROW, right: r };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) {
    const [t, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((x, y) => x - y);
    return { top: t, left: 0, bottom: b, right: MAX_COL };
  }
  const r = parseRange(a);
  return { top: r.start.row, left: r.start.col, bottom: r.end.row, right: r.end.col };
}

export function areaSize(a: Area): { rows: number; cols: number; cells: number } {
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  return { rows, cols, cells: rows * cols };
}

/** "B2:C4" (as Excel writes it, whole columns too: "A1:D1048576"). */
export function areaAddress(a: Area): string {
  return rangeAddress({ start: { row: a.top, col: a.left }, end: { row: a.bottom, col: a.right } });
}

/** "Sheet1!B2:C4", "'My data'!B2": Range.address is sheet-qualified in Excel (DOCS.range). */
export function qualified(sheet: string, a: Area): string {
  return sheetQualified(sheet, areaAddress(a));
}

export function intersect(a: Area, b: Area): Area | undefined {
  const out = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return out.top <= out.bottom && out.left <= out.right ? out : undefined;
}

export function cellKey(row: number, col: number): string {
  return cellAddress({ row, col });
}
