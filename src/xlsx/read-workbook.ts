import ExcelJS from "exceljs";
import { decodeFlagState, STATE_SHEET, type FlagState } from "../core/checks";
import type { FormatReadRequest, FormatSnapshot } from "../core/plan";
import { cellValue } from "./cell-value";
import { isLimitBreach } from "../core/limits";
import { parseCellAddress, rangeAddress, SparseSheet, type RawCell, type SheetGrid } from "../core/sheet";

import { InputProblemError, WorkbookReadError } from "../ooxml/problem";

export { WorkbookReadError };

/** Opens an .xlsx file; anything that is not one is a WorkbookReadError with a one-line reason. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    // ExcelJS says "File not found: PATH" for a path that is not there.
    if (reason.startsWith("File not found")) throw new WorkbookReadError(`${path}: no such file`);
    throw new WorkbookReadError(`${path} is not an .xlsx workbook (${reason})`);
  }
  return wb;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | null | undefined;

function scalar(v: Scalar): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !(v instanceof Date)) return { error: v.error };
  return v;
}

/** A cell's value as the checks see it, and whether it is a formula. */
export function rawCell(cell: ExcelJS.Cell): { value: RawCell; formula: boolean } {
  const v = cellValue(cell);
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return { value: null, formula: false };
    case ExcelJS.ValueType.Formula: {
      const f = v as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      return { value: scalar(f.result), formula: true };
    }
    case ExcelJS.ValueType.RichText:
      return { value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(""), formula: false };
    case ExcelJS.ValueType.Hyperlink:
      return { value: (v as ExcelJS.CellHyperlinkValue).text, formula: false };
    default:
      return { value: scalar(v as Scalar), formula: false };
  }
}

/**
 * A worksheet as read: values, formulas and number formats of the cells present, sparse
 * (memory grows with the cells, not with their span). Past a limit of core/limits, an
 * InputProblemError.
 */
export function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const sparse = new SparseSheet(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, formula } = rawCell(cell);
      const over = sparse.add(rowNumber - 1, colNumber - 1, value, formula, cell.numFmt);
      if (over) throw new InputProblemError(over);
    });
  });
  const grid = sparse.build();
  if (isLimitBreach(grid)) throw new InputProblemError(grid);
  return grid;
}

/** "#RRGGBB" of a solid fill; null for none; null also for theme or pattern fills we cannot name. */
export function fillColor(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** A note's plain text, or null for none. */
export function noteText(note: ExcelJS.Cell["note"] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as ExcelJS.Comment).texts;
  return texts ? texts.map((t) => t.text).join("") : null;
}

/** The fill and note of each cell of the requested ranges, as FormatSnapshots. */
export function readFormats(wb: ExcelJS.Workbook, requests: readonly FormatReadRequest[]): FormatSnapshot[] {
  return requests.map((req) => {
    const ws = wb.getWorksheet(req.sheet);
    const cells: FormatSnapshot["cells"][number][] = [];
    if (ws) {
      for (const range of req.ranges) {
        const [a, b] = range.split(":");
        const start = parseCellAddress(a);
        const end = parseCellAddress(b ?? a);
        if (!start || !end) continue;
        for (let r = start.row; r <= end.row; r++) {
          for (let c = start.col; c <= end.col; c++) {
            const cell = ws.findCell(r + 1, c + 1);
            cells.push({
              cell: rangeAddress(r, c, r, c),
              format: { fill: cell ? fillColor(cell.fill) : null },
              note: cell ? noteText(cell.note) : null,
            });
          }
        }
      }
    }
    return { sheet: req.sheet, cells };
  });
}

/** The state an earlier check left in the workbook, if any. */
export function readFlagState(wb: ExcelJS.Workbook): FlagState | undefined {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return undefined;
  const values: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const out: unknown[] = [];
    for (let c = 1; c <= 4; c++) out.push(rawCell(row.getCell(c)).value);
    values[n - 1] = out;
  });
  return decodeFlagState(Array.from(values, (v) => v ?? []));
}
