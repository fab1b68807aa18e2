import { parseRange, rangeAddress } from "../../core/plan/address";
import type { TablePlan } from "../../core/plan/types";
import { appendNew, children, parseXml, serializeXml, xmlSafe } from "../xml/dom";
import type { PackageFiles } from "./files";
import type { SheetEditor } from "./sheet-editor";
import { MAIN_NS } from "./sheet-editor";
import { addRelationship, CONTENT, declareContentType } from "./workbook";

/** Names and ids of the tables a package holds (table names are unique in a workbook, ids too). */
export function packageTables(files: PackageFiles): { names: string[]; maxId: number } {
  const names: string[] = [];
  let maxId = 0;
  for (const part of files.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(part)) continue;
    const root = files.readXml(part)?.documentElement;
    if (!root) continue;
    names.push(root.getAttribute("name") ?? "", root.getAttribute("displayName") ?? "");
    maxId = Math.max(maxId, Number(root.getAttribute("id")) || 0);
  }
  return { names: names.filter((n) => n !== ""), maxId };
}

/**
 * A header cell's text as its table column name (§18.5.1.3 tableColumn name): a line break is
 * written `_x000a_`, as Excel writes it; the cell keeps the break.
 */
const columnName = (text: string) => xmlSafe(text).replace(/\r?\n/g, "_x000a_");

/**
 * An Excel table (ECMA-376 Part 1, §18.5 Tables) over cells already written: the header
 * row's cells become text equal to their column's name (a blank one "ColumnN", a repeated
 * one numbered, as Excel names them), then the table part, its relationship from the sheet,
 * its content type and the sheet's `tablePart`. A one-row range gets a first empty data row,
 * as Excel gives one (a table has at least one).
 */
export function writeTable(files: PackageFiles, sheet: SheetEditor, plan: TablePlan, name: string, id: number): void {
  const range = parseRange(plan.range);
  const end = { row: Math.max(range.end.row, range.start.row + 1), col: range.end.col };
  const ref = rangeAddress({ start: range.start, end });
  const names: string[] = [];
  const taken = new Set<string>();
  for (let col = range.start.col; col <= end.col; col++) {
    const at = { row: range.start.row, col };
    const text = sheet.displayText(at) ?? "";
    let header = text.trim() === "" ? `Column${col - range.start.col + 1}` : text;
    for (let k = 2; taken.has(header.toLowerCase()); k++) header = `${text || "Column"}${k}`;
    taken.add(header.toLowerCase());
    names.push(header);
    // A header cell is a text constant equal to its column's name (a number or formula is written as that text).
    if (header !== text || !sheet.isTextConstant(at)) sheet.setValue(at, header);
  }
  const part = files.freeName("xl/tables/table#.xml");
  const doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}"/>`, part);
  const root = doc.documentElement!;
  for (const [k, v] of Object.entries({ id, name, displayName: name, ref, totalsRowShown: 0 }))
    root.setAttribute(k, String(v));
  appendNew(root, "autoFilter", { ref });
  const columns = appendNew(root, "tableColumns", { count: names.length });
  names.forEach((n, i) => appendNew(columns, "tableColumn", { id: i + 1, name: columnName(n) }));
  appendNew(root, "tableStyleInfo", {
    name: plan.style,
    showFirstColumn: 0,
    showLastColumn: 0,
    showRowStripes: plan.showBandedRows ? 1 : 0,
    showColumnStripes: 0,
  });
  files.setText(part, serializeXml(doc));
  declareContentType(files, part, CONTENT.table);
  const relId = addRelationship(files, sheet.part, "table", part);
  const parts = sheet.ensure("tableParts");
  sheet.setRelId(appendNew(parts, "tablePart"), relId);
  parts.setAttribute("count", String(children(parts, "tablePart").length));
}
