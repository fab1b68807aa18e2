import { LIMITS, overLimit } from "../core/limits";
import { columnLetter } from "../core/plan/address";
import { isDateFormat, serialToDate, type RawCell } from "../core/sheet";
import { breach } from "./problem";
import { readSheetCells, type PackageSheet, type XlsxPackage } from "./read";

/** A sheet (or CSV file) as a header row and data rows of plain values. */
export interface Tabular {
  readonly header: string[];
  /** Each row as wide as the header; null for an empty cell. */
  readonly rows: unknown[][];
}

function plain(value: RawCell, format: string): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return isDateFormat(format) ? serialToDate(value) : value;
  if (typeof value === "object" && !(value instanceof Date)) return value.error;
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A sheet's values as a header and rows: the header is the first row with any value,
 * blank rows are skipped; dates (numbers under a date format) are Dates, errors their
 * code, formulas their cached result. Memory grows with the cells present.
 */
export function packageTabular(pkg: XlsxPackage, sheet: PackageSheet): Tabular {
  const byRow = new Map<number, Map<number, unknown>>();
  let present = 0;
  let lastCol = 0;
  readSheetCells(pkg, sheet, (row, col, value, _formula, format) => {
    const v = plain(value, format);
    if (isEmpty(v)) return;
    const over = overLimit("cellsPresent", ++present, `${sheet.name}!R${row + 1}C${col + 1}`);
    if (over) throw breach(over);
    let cells = byRow.get(row);
    if (!cells) byRow.set(row, (cells = new Map()));
    cells.set(col, v);
    if (col > lastCol) lastCol = col;
  });
  // Rows are as wide as the header: the same used-range and grid limits as the checks' grid.
  const lastRow = Math.max(-1, ...byRow.keys());
  const far = `${sheet.name}!${columnLetter(lastCol)}${lastRow + 1}`;
  const over =
    overLimit("usedRangeCells", (lastRow + 1) * (lastCol + 1), far) ??
    overLimit("gridCells", byRow.size * (lastCol + 1), sheet.name);
  if (over) throw breach(over);
  const order = [...byRow.keys()].sort((a, b) => a - b);
  let header: string[] | undefined;
  const rows: unknown[][] = [];
  for (const r of order) {
    const cells = byRow.get(r) ?? new Map<number, unknown>();
    if (!header) {
      const width = Math.min(LIMITS.columns, Math.max(...cells.keys()) + 1);
      header = Array.from({ length: width }, (_, c) => {
        const v = cells.get(c);
        return isEmpty(v) ? "" : String(v instanceof Date ? v.toISOString() : v).trim();
      });
      continue;
    }
    rows.push(Array.from({ length: header.length }, (_, c) => cells.get(c) ?? null));
  }
  return { header: header ?? [], rows };
}
