import { cellAddress } from "../../core/sheet";
import { parseRef } from "../sheet";
import { attr, elementRegex, rootPrefix, setAttr } from "./xml-text";

/** New style index of a cell from its current one (0 when it has none). */
export type Restyle = (s: number) => number;

/**
 * Sets the style of cells in a worksheet's XML, leaving every other byte of the part as
 * it was: cells that exist get a new `s`, cells that do not are added (empty, styled) in
 * their row, rows that do not exist are added in order. Rows and cells written without an
 * `r` attribute get one where a cell is added among them.
 */
export function restyleCells(
  xml: string,
  part: string,
  changes: ReadonlyMap<number, ReadonlyMap<number, Restyle>>,
): string {
  if (changes.size === 0) return xml;
  const p = rootPrefix(xml);
  const open = new RegExp(`<${p}sheetData(?=[\\s>/])[^>]*?(/?)>`).exec(xml);
  if (!open) throw new Error(`${part} has no sheetData`);
  const start = open.index + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const end = open[1] === "/" ? start : xml.indexOf(closeTag, start);
  const body = xml.slice(start, end);
  const pending = new Map(changes);
  const out: string[] = [];
  let last = 0;
  let implied = -1;
  const emitNewRowsBefore = (row: number) => {
    for (const r of [...pending.keys()].sort((a, b) => a - b)) {
      if (r >= row) break;
      out.push(newRow(p, r, pending.get(r)!));
      pending.delete(r);
    }
  };
  for (const m of body.matchAll(elementRegex(p, "row"))) {
    const tagEnd = m[0].indexOf(">") + 1;
    const startTag = m[0].slice(0, tagEnd);
    const r = attr(startTag, "r");
    const row = r === undefined ? implied + 1 : Number(r) - 1;
    implied = row;
    out.push(body.slice(last, m.index));
    emitNewRowsBefore(row);
    const cells = pending.get(row);
    if (cells) {
      out.push(patchRow(m[0], p, part, row, cells));
      pending.delete(row);
    } else out.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(body.slice(last));
  emitNewRowsBefore(Number.MAX_SAFE_INTEGER);
  const inner = out.join("");
  if (open[1] === "/") {
    return `${xml.slice(0, open.index)}<${p}sheetData>${inner}${closeTag}${xml.slice(start)}`;
  }
  return xml.slice(0, start) + inner + xml.slice(end);
}

function newCell(p: string, row: number, col: number, s: number): string {
  return `<${p}c r="${cellAddress(row, col)}" s="${s}"/>`;
}

function newRow(p: string, row: number, cells: ReadonlyMap<number, Restyle>): string {
  const list = [...cells].sort((a, b) => a[0] - b[0]).map(([col, f]) => newCell(p, row, col, f(0)));
  return `<${p}row r="${row + 1}">${list.join("")}</${p}row>`;
}

function patchRow(rowXml: string, p: string, part: string, row: number, cells: ReadonlyMap<number, Restyle>): string {
  const tagEnd = rowXml.indexOf(">") + 1;
  const startTag = rowXml.slice(0, tagEnd);
  let rowTag = attr(startTag, "r") === undefined ? setAttr(startTag, "r", String(row + 1)) : startTag;
  if (startTag.endsWith("/>")) {
    rowTag = rowTag.replace(/\s*\/>$/, ">");
    return `${rowTag}${newRow(p, row, cells).replace(/^<[^>]*>/, "")}`;
  }
  const inner = rowXml.slice(tagEnd, rowXml.length - `</${p}row>`.length);
  const pending = new Map(cells);
  const out: string[] = [];
  let last = 0;
  let col = -1;
  const emitBefore = (c: number) => {
    for (const k of [...pending.keys()].sort((a, b) => a - b)) {
      if (k >= c) break;
      out.push(newCell(p, row, k, pending.get(k)!(0)));
      pending.delete(k);
    }
  };
  for (const m of inner.matchAll(elementRegex(p, "c"))) {
    const end = m[0].indexOf(">") + 1;
    let tag = m[0].slice(0, end);
    const r = attr(tag, "r");
    col = r === undefined ? col + 1 : parseRef(r, part).col;
    out.push(inner.slice(last, m.index));
    emitBefore(col);
    if (r === undefined) tag = setAttr(tag, "r", cellAddress(row, col));
    const f = pending.get(col);
    if (f) {
      tag = setAttr(tag, "s", String(f(Number(attr(tag, "s") ?? 0) || 0)));
      pending.delete(col);
    }
    out.push(tag + m[0].slice(end));
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(inner.slice(last));
  emitBefore(Number.MAX_SAFE_INTEGER);
  return `${rowTag}${out.join("")}</${p}row>`;
}

/** The r:id of the sheet's `<legacyDrawing>`, if any. */
export function legacyDrawingId(xml: string): string | undefined {
  const p = rootPrefix(xml);
  const m = new RegExp(`<${p}legacyDrawing(?=[\\s/])[^>]*>`).exec(xml);
  if (!m) return undefined;
  return /\s[\w.-]*:?id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
}
