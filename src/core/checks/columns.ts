import { columnLetter } from "../plan/address";
import { CellKind, sheetCol, type SheetGrid, type TableShape } from "../sheet";
import { roleOf, splitHeader, type Role } from "./roles";

/** What the checks know of one column of a table: its header, role and what it holds. */
export interface ColumnInfo {
  /** Grid column. */
  readonly index: number;
  /** The header as written, or "" when there is none. */
  readonly header: string;
  /** How messages name the column: its header, or its letter. */
  readonly label: string;
  /** Header lower-cased without its bracketed qualifier: "曝光量(GA)" is "曝光量". */
  readonly base: string;
  /** The bracketed qualifier, e.g. a data source: "GA". */
  readonly qualifier: string | undefined;
  readonly role: Role | undefined;
  /** Counts over the data rows. */
  readonly filled: number;
  readonly numbers: number;
  readonly texts: number;
  readonly dates: number;
}

/** Describes every column of a table, in one pass over its data rows. */
export function describeColumns(grid: SheetGrid, table: TableShape): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (let c = 0; c < grid.cols; c++) {
    let filled = 0;
    let numbers = 0;
    let texts = 0;
    let dates = 0;
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      const kind = grid.kinds[r * grid.cols + c];
      if (kind === CellKind.Blank) continue;
      filled++;
      if (kind === CellKind.Number) numbers++;
      else if (kind === CellKind.Text) texts++;
      else if (kind === CellKind.Date) dates++;
    }
    const header = table.headers[c] ?? "";
    const { base, qualifier } = splitHeader(header);
    const letter = columnLetter(sheetCol(grid, c));
    out.push({
      index: c,
      header,
      label: header === "" ? letter : header,
      base,
      qualifier,
      role: header === "" ? undefined : roleOf(header),
      filled,
      numbers,
      texts,
      dates,
    });
  }
  return out;
}

/** The first column with a role, if any. */
export function columnWith(columns: readonly ColumnInfo[], role: Role): ColumnInfo | undefined {
  return columns.find((c) => c.role === role);
}

/** Columns named in settings (by header, case-insensitive, or by letter), in order. */
export function columnsNamed(columns: readonly ColumnInfo[], names: readonly string[], grid: SheetGrid): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (const name of names) {
    const key = name.trim().toLowerCase();
    const hit =
      columns.find((c) => c.header.toLowerCase() === key) ??
      columns.find((c) => columnLetter(sheetCol(grid, c.index)).toLowerCase() === key);
    if (hit && !out.includes(hit)) out.push(hit);
  }
  return out;
}
