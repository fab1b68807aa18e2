/* eslint-disable office-addins/call-sync-before-read --
   ExcelJS cells, not Office.js proxies: the rules take ExcelJS's getCell for Office.js. */
import ExcelJS from "exceljs";
import { cellsOf, parseCell, parseRange, sheetQualified } from "../../core/plan/address";
import type {
  ColorScalePlan,
  ConditionalFormatPlan,
  HyperlinkPlan,
  NotePlan,
  TablePlan,
  ValidationPlan,
} from "../../core/plan/types";
import { withFuturePrefixes } from "../future-functions";
import { argb } from "./cells";

/** A cell's value to hand back to ExcelJS's table writer; `value` drops a falsy cached result, `result` keeps it. */
function tableValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula || cell.result === undefined) return cell.value;
  return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
}

/** An Excel table over cells already written: ExcelJS rewrites the same values as the table's rows. */
export function addTable(ws: ExcelJS.Worksheet, table: TablePlan, name: string): void {
  const range = parseRange(table.range);
  const header: string[] = [];
  for (let c = range.start.col; c <= range.end.col; c++) {
    const v = ws.getCell(range.start.row + 1, c + 1).value;
    header.push(v === null || v === undefined ? `Column${c - range.start.col + 1}` : String(v));
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = range.start.row + 1; r <= range.end.row; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = range.start.col; c <= range.end.col; c++) row.push(tableValue(ws.getCell(r + 1, c + 1)));
    rows.push(row);
  }
  ws.addTable({
    name,
    displayName: name,
    ref: table.range.split(":")[0],
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showBandedRows },
    columns: header.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
}

function toDataValidation(v: ValidationPlan): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", error: v.errorMessage };
  switch (v.rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [`"${v.rule.choices.join(",")}"`] };
    case "wholeNumber":
      return { ...common, type: "whole", operator: "between", formulae: [v.rule.min, v.rule.max] };
    case "decimal":
      return { ...common, type: "decimal", operator: "between", formulae: [v.rule.min, v.rule.max] };
  }
}

/** ExcelJS keeps validations per cell and merges equal neighbours into ranges when writing. */
export function addValidation(ws: ExcelJS.Worksheet, v: ValidationPlan): void {
  const rule = toDataValidation(v);
  for (const ref of cellsOf(parseRange(v.range))) ws.getCell(ref.row + 1, ref.col + 1).dataValidation = { ...rule };
}

/** Conditional formats in plan order; the first gets the highest priority. */
export function addConditionalFormats(
  ws: ExcelJS.Worksheet,
  plans: readonly ConditionalFormatPlan[],
  firstPriority: number,
): void {
  plans.forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {};
    if (cf.format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.format.fill) } };
    if (cf.format.fontColor || cf.format.bold !== undefined) {
      style.font = {
        ...(cf.format.fontColor ? { color: { argb: argb(cf.format.fontColor) } } : {}),
        ...(cf.format.bold !== undefined ? { bold: cf.format.bold } : {}),
      };
    }
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: firstPriority + i,
          formulae: [withFuturePrefixes(cf.formula.replace(/^=/, ""))],
          style,
        },
      ],
    });
  });
}

/** Colour scales after the formula rules: lowest value, 50th percentile, highest value. */
export function addColorScales(ws: ExcelJS.Worksheet, scales: readonly ColorScalePlan[], firstPriority: number): void {
  scales.forEach((scale, i) => {
    const points = scale.midpoint ? [scale.minimum, scale.midpoint, scale.maximum] : [scale.minimum, scale.maximum];
    const cfvo: ExcelJS.Cvfo[] = scale.midpoint
      ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
      : [{ type: "min" }, { type: "max" }];
    ws.addConditionalFormatting({
      ref: scale.range,
      rules: [{ type: "colorScale", priority: firstPriority + i, cfvo, color: points.map((c) => ({ argb: argb(c) })) }],
    });
  });
}

export function setNote(ws: ExcelJS.Worksheet, note: NotePlan): void {
  const { row, col } = parseCell(note.cell);
  const cell = ws.getCell(row + 1, col + 1);
  if (note.text !== null) {
    cell.note = note.text;
    return;
  }
  // ExcelJS has no way to remove a note: setting an empty one is saved as an empty note.
  // The comment lives in two places, the cell and (for some value types) the value's model.
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  const model = internals._value?.model;
  if (model && "comment" in model) delete model.comment;
}

/** A link to a cell of this workbook; `sheetName` is the actual (resolved) name. */
export function setHyperlink(ws: ExcelJS.Worksheet, link: HyperlinkPlan, sheetName: string): void {
  const { row, col } = parseCell(link.cell);
  const cell = ws.getCell(row + 1, col + 1);
  cell.value = { text: link.text, hyperlink: sheetQualified(sheetName, link.to.cell) };
  cell.font = { ...cell.font, color: { argb: "FF0563C1" }, underline: true };
}
