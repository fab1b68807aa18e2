import type ExcelJS from "exceljs";
import { formatValue } from "../core/format/number-format";
import { cellValue } from "./cell-value";

/** One cell as a grid shows it: the text Excel would display, and what it looks like. */
export interface GridCell {
  readonly text: string;
  readonly numeric: boolean;
  readonly formula?: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly note?: string;
  readonly link?: string;
}

/** A worksheet as a grid: the used range up to the limits, with column widths. */
export interface GridSheet {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Rows shown (may be fewer than rowCount on very large sheets). */
  readonly rows: readonly (readonly (GridCell | null)[])[];
  /** Width of each shown column, in characters. */
  readonly widths: readonly number[];
  readonly frozenRows: number;
  readonly truncated: boolean;
}

/** How much of a sheet a grid shows: at least the minimum (empty cells to click), at most the maximum. */
export interface GridLimits {
  readonly rows: number;
  readonly columns: number;
  readonly minRows: number;
  readonly minColumns: number;
}

const DEFAULT_LIMITS: GridLimits = { rows: 1000, columns: 60, minRows: 40, minColumns: 12 };

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || argb.length < 6) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("") || undefined;
}

type Shown = number | string | boolean | Date | null;

/** The value a cell shows and its formula, whatever shape ExcelJS gives it. */
function shownValue(value: ExcelJS.CellValue): { shown: Shown; formula?: string; link?: string } {
  if (value === null || value === undefined) return { shown: null };
  if (typeof value !== "object" || value instanceof Date) return { shown: value };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : undefined;
    const result = (value as { result?: unknown }).result;
    const error = typeof result === "object" && result !== null && "error" in result ? String(result.error) : undefined;
    const shown =
      error ??
      (result === undefined || (typeof result === "object" && result !== null && !(result instanceof Date))
        ? null
        : (result as Shown));
    return { shown, formula: formula ? `=${formula}` : undefined };
  }
  if ("richText" in value) return { shown: value.richText.map((r) => r.text).join("") };
  if ("hyperlink" in value) return { shown: String(value.text), link: value.hyperlink };
  if ("error" in value) return { shown: String(value.error) };
  return { shown: null };
}

/** What a cell shows, as text in its number format, and its number when it shows one (a formula's cached result). */
export function shownCell(cell: ExcelJS.Cell): { text: string; number?: number } {
  const { shown } = shownValue(cellValue(cell));
  if (shown === null) return { text: "" };
  return { text: formatValue(shown, cell.numFmt), ...(typeof shown === "number" ? { number: shown } : {}) };
}

function gridCell(cell: ExcelJS.Cell): GridCell | null {
  const { shown, formula, link } = shownValue(cellValue(cell));
  const fill = cell.fill && cell.fill.type === "pattern" ? argbToHex(cell.fill.fgColor?.argb) : undefined;
  const note = noteText(cell.note);
  if (shown === null && !formula && !fill && !note) return null;
  // A formula with no stored result shows the formula itself: there is no calculation engine here.
  const text = shown === null && formula ? formula : formatValue(shown, cell.numFmt);
  return {
    text,
    numeric: typeof shown === "number",
    ...(formula ? { formula } : {}),
    ...(fill ? { fill } : {}),
    ...(cell.font?.color?.argb ? { fontColor: argbToHex(cell.font.color.argb) } : {}),
    ...(cell.font?.bold ? { bold: true } : {}),
    ...(note ? { note } : {}),
    ...(link ? { link } : {}),
  };
}

/**
 * Every worksheet of a workbook as a grid, in tab order. `reach` names, per sheet, cells a
 * grid shows even when empty (where its charts are drawn), within the limits.
 */
export function workbookGrids(
  workbook: ExcelJS.Workbook,
  limits: GridLimits = DEFAULT_LIMITS,
  reach: (sheet: string) => { readonly rows: number; readonly columns: number } = () => ({ rows: 0, columns: 0 }),
): GridSheet[] {
  return workbook.worksheets
    .filter((ws) => ws.state !== "hidden" && ws.state !== "veryHidden")
    .map((ws) => {
      const rowCount = ws.actualRowCount === 0 ? 0 : ws.rowCount;
      const columnCount = ws.columnCount;
      const needed = reach(ws.name);
      const shownRows = Math.min(Math.max(rowCount, limits.minRows, needed.rows), limits.rows);
      const shownCols = Math.min(Math.max(columnCount, limits.minColumns, needed.columns), limits.columns);
      const rows: (GridCell | null)[][] = [];
      for (let r = 1; r <= shownRows; r++) {
        const row = ws.getRow(r);
        const cells: (GridCell | null)[] = [];
        for (let c = 1; c <= shownCols; c++) cells.push(gridCell(row.getCell(c)));
        rows.push(cells);
      }
      const widths = Array.from({ length: shownCols }, (_, i) => ws.getColumn(i + 1).width ?? 10);
      const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
      return {
        name: ws.name,
        rowCount,
        columnCount,
        rows,
        widths,
        frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
        truncated: shownRows < rowCount || shownCols < columnCount,
      };
    });
}
