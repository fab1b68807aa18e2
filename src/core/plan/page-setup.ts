import { columnIndex, parseCell, parseRange } from "./address";
import { CHART_SIZE, type PageSetupPlan, type SheetPlan, type WorkbookPlan } from "./types";

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/**
 * Widest sheet (in characters of column width) printed portrait: an A4 or Letter page less
 * Excel's normal margins (0.7 in each side) holds about 6.9 in, some 90 characters of the
 * default font at 100 %. Wider sheets print landscape; fit-to-width scales what is left.
 */
export const PORTRAIT_MAX_CHARS = 90;

/**
 * Sheets of up to this many rows print on one page tall as well: at the scale that fits
 * them (about 60 % for a full page of rows) they stay legible. Longer ones take the pages
 * they need, the header rows repeated on each.
 */
export const ONE_PAGE_MAX_ROWS = 80;

/** The last row (1-based) a sheet plan writes to, counting cells, tables and charts. */
function lastRow(sheet: SheetPlan): number {
  let last = 1;
  for (const block of sheet.cells ?? []) last = Math.max(last, parseCell(block.at).row + block.rows.length);
  for (const t of sheet.tables ?? []) last = Math.max(last, parseRange(t.range).end.row + 1);
  for (const c of sheet.charts ?? []) last = Math.max(last, parseCell(c.at).row + (c.size ?? CHART_SIZE).rows);
  return last;
}

/** The last column (0-based) a sheet plan writes to, counting cells, formats, tables and charts. */
function lastColumn(sheet: SheetPlan): number {
  let last = 0;
  for (const block of sheet.cells ?? []) {
    const at = parseCell(block.at);
    const width = Math.max(0, ...block.rows.map((r) => r.length));
    last = Math.max(last, at.col + width - 1);
  }
  for (const t of sheet.tables ?? []) last = Math.max(last, parseRange(t.range).end.col);
  for (const c of sheet.charts ?? []) last = Math.max(last, parseCell(c.at).col + (c.size ?? CHART_SIZE).columns - 1);
  return last;
}

/** Printed width of the sheet in characters: its column widths up to the last column used. */
export function printedWidth(sheet: SheetPlan): number {
  const widths = new Map<number, number>();
  for (const cols of sheet.columns ?? []) {
    const first = columnIndex(cols.column);
    cols.widths.forEach((w, k) => widths.set(first + k, w));
  }
  let total = 0;
  for (let col = 0; col <= lastColumn(sheet); col++) total += widths.get(col) ?? DEFAULT_WIDTH;
  return total;
}

/**
 * The page setup of a generated sheet: landscape when it is wider than a portrait page,
 * scaled to one page wide (never a table cut across its width) and, when it is short
 * enough, one page tall, the frozen header rows
 * repeated on every page, a footer with the sheet's name and the page number.
 */
export function pageSetupFor(sheet: SheetPlan): PageSetupPlan {
  const rows = sheet.freeze?.rows ?? 0;
  return {
    orientation: printedWidth(sheet) > PORTRAIT_MAX_CHARS ? "landscape" : "portrait",
    fitToWidth: 1,
    fitToHeight: lastRow(sheet) <= ONE_PAGE_MAX_ROWS ? 1 : 0,
    ...(rows > 0 ? { repeatRows: { first: 1, last: rows } } : {}),
    footer: true,
  };
}

/** The sheet with a page setup (its own, if it has one). */
export function withPageSetup(sheet: SheetPlan): SheetPlan {
  return sheet.pageSetup ? sheet : { ...sheet, pageSetup: pageSetupFor(sheet) };
}

/** Every visible sheet the plan creates gets a page setup; hidden ones and existing sheets are left alone. */
export function withPageSetups(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      "create" in s.target && (s.visibility ?? "visible") === "visible" ? withPageSetup(s) : s,
    ),
  };
}
