import { t, type MessageKey } from "../../i18n/catalog";
import { findTables } from "../checks";
import { cellValue, detectTable, sheetCol, sheetRow, type SheetGrid } from "../sheet";

/**
 * The analysis templates (funnel, decay) are laid out by code, not by template columns:
 * they are found by their header texts, in either language, and their settings (threshold)
 * by the label beside the value.
 */

/** A header or label as compared: without spaces, lower case. */
export const norm = (s: string) => s.replace(/\s+/g, "").toLowerCase();
/** `key`'s text in both languages, normalised. */
export const names = (key: MessageKey) => new Set([norm(t("en-US", key)), norm(t("zh-CN", key))]);

export interface Located {
  /** The table found: a grid of its own, keeping its worksheet rows and columns. */
  readonly grid: SheetGrid;
  /** The whole sheet it is on, where its settings (labelled values) are looked up. */
  readonly sheet: SheetGrid;
  /** Grid column of each key. */
  readonly cols: ReadonlyMap<string, number>;
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * The first table whose header row holds every required header; optional ones are mapped
 * when present. A sheet's tables are those the data checks see (side-by-side blocks apart,
 * parameter panels left out), so a table is found whatever stands beside it.
 */
/** Every table of the sheets with a header row, as the data checks split sheets into tables. */
function* tablesOf(grids: readonly SheetGrid[]) {
  for (const sheet of grids) {
    if (sheet.rows === 0) continue;
    for (const grid of findTables(sheet)) {
      const shape = detectTable(grid);
      if (shape.headerRow >= 0) yield { sheet, grid, shape, headers: shape.headers.map(norm) };
    }
  }
}

export function locate(
  grids: readonly SheetGrid[],
  required: Readonly<Record<string, MessageKey>>,
  optional: Readonly<Record<string, MessageKey>> = {},
): Located | undefined {
  for (const { sheet, grid, shape, headers } of tablesOf(grids)) {
    const column = (msg: MessageKey) => headers.findIndex((h) => names(msg).has(h));
    const cols = new Map<string, number>();
    for (const [key, msg] of [...Object.entries(required), ...Object.entries(optional)])
      if (column(msg) >= 0) cols.set(key, column(msg));
    if (Object.keys(required).every((key) => cols.has(key)))
      return { grid, sheet, cols, firstRow: shape.firstRow, lastRow: shape.lastRow };
  }
  return undefined;
}

/**
 * The cell right of the first one labelled `label` (either language): its grid position and
 * value; undefined when no cell is.
 */
export function labelled(
  grid: SheetGrid,
  label: MessageKey,
): { r: number; c: number; value: ReturnType<typeof cellValue> } | undefined {
  const wanted = names(label);
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c + 1 < grid.cols; c++) {
      const v = cellValue(grid, r, c);
      if (typeof v === "string" && wanted.has(norm(v))) return { r, c: c + 1, value: cellValue(grid, r, c + 1) };
    }
  return undefined;
}

/** The number right of a cell labelled `label` (either language), or undefined. */
export function labelledNumber(grid: SheetGrid, label: MessageKey): number | undefined {
  const x = labelled(grid, label)?.value;
  return typeof x === "number" && Number.isFinite(x) ? x : undefined;
}

/** The text right of a cell labelled `label` (either language), or undefined. */
export function labelledText(grid: SheetGrid, label: MessageKey): string | undefined {
  const x = labelled(grid, label)?.value;
  return typeof x === "string" && x.trim() !== "" ? x.trim() : undefined;
}

/** Worksheet address parts of a grid cell. */
export const at = (grid: SheetGrid, r: number, c: number) => ({ row: sheetRow(grid, r), col: sheetCol(grid, c) });

/**
 * A block of columns within a table, found by its header: the column headed `anchor`
 * (either language), the non-blank headers right of it up to the first blank, and the rows
 * below up to the first blank anchor cell.
 */
export interface Block {
  /** The table the block is in (a grid of its own, keeping worksheet rows and columns). */
  readonly grid: SheetGrid;
  /** The whole sheet, where labelled values beside the table are looked up. */
  readonly sheet: SheetGrid;
  /** Grid column of each header, left to right, with its text. */
  readonly headers: readonly { readonly col: number; readonly text: string }[];
  /** Grid rows of the data, top to bottom. */
  readonly rows: readonly number[];
}

export function locateBlock(
  grids: readonly SheetGrid[],
  anchor: MessageKey,
  accept: (headers: readonly string[]) => boolean,
): Block | undefined {
  for (const { sheet, grid, shape, headers } of tablesOf(grids)) {
    const first = headers.findIndex((h) => isHeader(h, anchor));
    if (first < 0) continue;
    const end = headers.findIndex((h, c) => c > first && h === "");
    const cols = headers.slice(first, end < 0 ? undefined : end).map((_, k) => first + k);
    if (!accept(cols.map((c) => headers[c]))) continue;
    const rows: number[] = [];
    for (let r = shape.firstRow; r <= shape.lastRow; r++) {
      const label = cellValue(grid, r, first);
      if (label === null || label === "") break;
      rows.push(r);
    }
    if (rows.length > 0) return { grid, sheet, headers: cols.map((col) => ({ col, text: shape.headers[col] })), rows };
  }
  return undefined;
}

/** Whether a header (normalised) is `key`'s text in either language. */
export const isHeader = (header: string, key: MessageKey) => names(key).has(header);
