import { parseCellAddress } from "../../core/sheet";
import {
  appendNew,
  children,
  ensureChild,
  parseXml,
  serializeXml,
  setText,
  textOf,
  type XmlDocument,
  type XmlElement,
} from "../xml/dom";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const AUTHOR = "Campaign Scorecard";

/** Note changes of one sheet, in order: text null removes the note at that cell. */
export type NoteChange = { readonly cell: string; readonly text: string | null };

/**
 * A comments part (notes) with the changes applied, edited as a document: removed notes taken
 * out, new ones added (a note at a cell that has one replaces it), every other note left as
 * written. Returns the cells that have a note afterwards.
 */
export function patchComments(doc: XmlDocument, changes: readonly NoteChange[]): string[] {
  const root = doc.documentElement;
  if (!root) throw new Error("comments part without a root");
  const authors = ensureChild(root, "authors", "comments");
  let authorId = children(authors, "author").findIndex((a) => textOf(a) === AUTHOR);
  if (authorId < 0) {
    authorId = children(authors, "author").length;
    setText(appendNew(authors, "author"), AUTHOR);
  }
  const list = ensureChild(root, "commentList", "comments");
  const byCell = new Map<string, XmlElement>();
  for (const c of children(list, "comment")) byCell.set(c.getAttribute("ref") ?? "", c);
  for (const change of changes) {
    const old = byCell.get(change.cell);
    if (old) {
      list.removeChild(old);
      byCell.delete(change.cell);
    }
    if (change.text === null) continue;
    const el = appendNew(list, "comment", { ref: change.cell, authorId });
    const t = appendNew(appendNew(appendNew(el, "text"), "r"), "t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    setText(t, change.text);
    byCell.set(change.cell, el);
  }
  return [...byCell.keys()].filter((k) => k !== "");
}

export const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors/><commentList/></comments>`;

const VML_HEAD =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:79pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const VML = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
} as const;

/** Cells wanted as row:column keys. */
function wanted(cells: readonly string[]): Map<string, { row: number; col: number }> {
  const want = new Map<string, { row: number; col: number }>();
  for (const c of cells) {
    const at = parseCellAddress(c);
    if (at) want.set(`${at.row}:${at.col}`, at);
  }
  return want;
}

/**
 * The VML drawing that shows notes, made to hold one note shape per cell of `cells`: the
 * shapes of notes that went are taken out, shapes for new notes added; every other shape
 * (buttons, other controls) stays as written. Edited as a document; VML is not always
 * well-formed XML (Excel writes `<br>` in some), and such a drawing is edited shape by shape
 * as text instead (`patchVmlText`).
 */
export function patchVml(vml: string | undefined, cells: readonly string[]): string {
  let doc: XmlDocument;
  try {
    doc = parseXml(vml ?? `${VML_HEAD}</xml>`, "vml");
  } catch {
    return patchVmlText(vml ?? "", cells);
  }
  const root = doc.documentElement as XmlElement;
  const want = wanted(cells);
  let maxId = 1024;
  const shapes = Array.from(root.getElementsByTagNameNS(VML.v, "shape"));
  for (const shape of shapes) {
    const id = /^_x0000_s(\d+)$/.exec(shape.getAttribute("id") ?? "");
    if (id) maxId = Math.max(maxId, Number(id[1]));
  }
  for (const shape of shapes) {
    const data = Array.from(shape.getElementsByTagNameNS(VML.x, "ClientData"))[0];
    if (!data || data.getAttribute("ObjectType") !== "Note") continue;
    const text = (name: string) => Array.from(data.getElementsByTagNameNS(VML.x, name))[0]?.textContent?.trim();
    const key = `${text("Row")}:${text("Column")}`;
    if (want.has(key)) want.delete(key);
    else shape.parentNode?.removeChild(shape);
  }
  const head = parseXml(
    `${VML_HEAD}${[...want.values()].map((at) => noteShape(++maxId, at.row, at.col)).join("")}</xml>`,
    "vml",
  );
  const template = head.documentElement as XmlElement;
  const hasType = Array.from(root.getElementsByTagNameNS(VML.v, "shapetype")).some(
    (t) => t.getAttribute("id") === "_x0000_t202",
  );
  const before = root.firstChild;
  for (let n = template.firstChild; n; n = n.nextSibling) {
    const el = n as XmlElement;
    if (n.nodeType !== 1) continue;
    const isShape = el.namespaceURI === VML.v && el.localName === "shape";
    // The note shape type (and layout) go before the shapes when the drawing has none.
    if (!isShape && hasType) continue;
    const copy = doc.importNode(el, true);
    if (isShape) root.appendChild(copy);
    else root.insertBefore(copy, before);
  }
  return serializeXml(doc).replace(/^<\?xml[^>]*\?>\n/, "");
}

/** patchVml for a drawing that is not well-formed XML: shape by shape, as text. */
function patchVmlText(vml: string, cells: readonly string[]): string {
  let doc = vml;
  const want = wanted(cells);
  let maxId = 1024;
  for (const m of doc.matchAll(/id="_x0000_s(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
  doc = doc.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    const key = `${row}:${col}`;
    if (row !== undefined && col !== undefined && want.has(key)) {
      want.delete(key);
      return shape;
    }
    return "";
  });
  const added = [...want.values()].map((at) => noteShape(++maxId, at.row, at.col)).join("");
  if (!/_x0000_t202/.test(doc))
    doc = doc.replace(/<xml\b[^>]*>/, (head) => `${head}${VML_HEAD.replace(/^<xml\b[^>]*>/, "")}`);
  const close = doc.lastIndexOf("</xml>");
  return close < 0 ? `${doc}${added}` : doc.slice(0, close) + added + doc.slice(close);
}
