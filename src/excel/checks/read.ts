import { decodeFlagState, STATE_SHEET, type FlagState } from "../../core/checks";
import { buildSheet, parseCellAddress, type RawCell, type SheetGrid } from "../../core/sheet";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { rawValue, formatText } from "../raw-value";
import { readRowsByBytes } from "../read-rows";
import { LIMITS } from "./limits";

/** What the Check view checks: the active sheet's used range, or the selected table. */
export type CheckScope = "sheet" | "selection";

export interface SheetRead {
  readonly grid: SheetGrid;
  /** Names of every worksheet of the workbook. */
  readonly sheets: readonly string[];
  /** The state an earlier check left, if any. */
  readonly state: FlagState | undefined;
  /** The sheet is protected: it can be read, not flagged. */
  readonly protected: boolean;
  /** The workbook's structure is protected: no report or state sheet can be added. */
  readonly structureProtected: boolean;
  /** How many times `context.sync()` ran. */
  readonly syncs: number;
}

/** More cells than Excel can send at once: the message says how many, in the pane's language. */
export class SheetTooLargeError extends Error {
  override readonly name = "SheetTooLargeError";
  constructor(
    readonly cells: number,
    locale: Locale = "en-US",
  ) {
    super(t(locale, "excel.tooLarge", { cells, max: LIMITS.maxCells }));
  }
}

/** "Sheet1!A1:B3,'My sheet'!C5" to its ranges without the sheet: ["A1:B3", "C5"]. */
export function areasOf(address: string): string[] {
  const out: string[] = [];
  const re = /(?:'(?:[^']|'')*'|[^!,]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (let m = re.exec(address); m !== null; m = re.exec(address)) out.push(m[1].replace(/\$/g, ""));
  return out;
}

/**
 * Reads the sheet (or selected table) for a check: one sync for the sheet names and the
 * range's shape (one more for a selection), then one per read of values and number formats
 * of about 2 MB (at most 100,000 cells: a 1M-cell sheet of numbers is about 11 reads); the
 * formula cells and the earlier state ride along with the first. Nothing is called on an object that may be null.
 */
export async function readForCheck(
  context: Excel.RequestContext,
  scope: CheckScope,
  onProgress?: (read: number, total: number) => void,
  locale: Locale = "en-US",
): Promise<SheetRead> {
  const wb = context.workbook;
  wb.load("protection/protected");
  wb.worksheets.load("items/name");
  const ws = wb.worksheets.getActiveWorksheet();
  // A protected sheet refuses writes (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection).
  ws.load("name, protection/protected");
  let area: Excel.Range;
  let syncs = 0;
  if (scope === "sheet") {
    area = ws.getUsedRangeOrNullObject(true);
  } else {
    // A single selected cell stands for the table around it; a larger selection is the table,
    // trimmed to the cells in use: selected columns A:D are 4 million cells, a few hundred used.
    const selected = wb.getSelectedRange();
    selected.load("cellCount");
    await context.sync();
    syncs++;
    area = selected.cellCount === 1 ? selected.getSurroundingRegion() : selected.getUsedRangeOrNullObject(true);
  }
  area.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  syncs++;
  const sheets = wb.worksheets.items.map((s) => s.name);
  const hasState = sheets.some((n) => n.toLowerCase() === STATE_SHEET);
  const stateRange = hasState ? wb.worksheets.getItem(STATE_SHEET).getUsedRange(true) : undefined;
  stateRange?.load("values");
  const readState = () => (stateRange ? decodeFlagState(stateRange.values) : undefined);
  if (area.isNullObject) {
    if (stateRange) {
      await context.sync();
      syncs++;
    }
    return {
      grid: buildSheet(ws.name, []),
      sheets,
      state: readState(),
      syncs,
      protected: ws.protection.protected,
      structureProtected: wb.protection.protected,
    };
  }
  const formulaAreas = area.getSpecialCellsOrNullObject("Formulas");
  formulaAreas.load("address");
  const { rowIndex: top, columnIndex: left, rowCount, columnCount } = area;
  if (rowCount * columnCount > LIMITS.maxCells) {
    throw new SheetTooLargeError(rowCount * columnCount, locale);
  }
  const values: RawCell[][] = [];
  const formats: (string | undefined)[][] = [];
  syncs += await readRowsByBytes(
    context,
    ws,
    { top, left, rows: rowCount, columns: columnCount },
    true,
    (block, done) => {
      block.values.forEach((row, k) => {
        values.push(row.map(rawValue));
        formats.push((block.numberFormat?.[k] ?? []).map(formatText));
      });
      onProgress?.(done * columnCount, rowCount * columnCount);
    },
  );
  const formulas = values.map((row) => row.map(() => false));
  // The formula cells came back with the first read of readRowsByBytes (the area has a row at least).
  // eslint-disable-next-line office-addins/call-sync-before-read
  if (!formulaAreas.isNullObject) {
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    for (const a of areasOf(formulaAreas.address)) {
      const [s, e] = a.split(":");
      const start = parseCellAddress(s);
      const end = parseCellAddress(e ?? s);
      if (!start || !end) continue;
      for (let r = start.row; r <= end.row; r++) {
        for (let c = start.col; c <= end.col; c++) {
          const row = formulas[r - top];
          if (row && c - left >= 0 && c - left < columnCount) row[c - left] = true;
        }
      }
    }
  }
  return {
    grid: buildSheet(ws.name, values, { top, left, formulas, formats }),
    sheets,
    state: readState(),
    syncs,
    protected: ws.protection.protected,
    structureProtected: wb.protection.protected,
  };
}
