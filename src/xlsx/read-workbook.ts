import ExcelJS from "exceljs";
import { cellValue } from "./cell-value";
import { isLimitBreach } from "../core/limits";
import { SparseSheet, type RawCell, type SheetGrid } from "../core/sheet";

import { InputProblemError, WorkbookReadError } from "../ooxml/problem";

export { WorkbookReadError };

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

/** A note's plain text, or null for none. */
export function noteText(note: ExcelJS.Cell["note"] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as ExcelJS.Comment).texts;
  return texts ? texts.map((t) => t.text).join("") : null;
}
