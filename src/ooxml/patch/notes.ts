import { parseCellAddress } from "../../core/sheet";
import { attr, elementRegex, escapeXml, rootPrefix } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const AUTHOR = "Campaign Scorecard";

/** Note changes of one sheet, in order: text null removes the note at that cell. */
export type NoteChange = { readonly cell: string; readonly text: string | null };

function commentXml(p: string, ref: string, authorId: number, text: string): string {
  return (
    `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text><${p}r>` +
    `<${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}r></${p}text></${p}comment>`
  );
}

/**
 * A comments part (notes) with the changes applied: removed notes taken out, new ones
 * appended, every other note left as written. `xml` undefined starts a new part.
 * Returns the part and the cells that have a note afterwards.
 */
export function patchComments(
  xml: string | undefined,
  changes: readonly NoteChange[],
): { xml: string; cells: string[] } {
  let doc =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;
  const p = rootPrefix(doc);
  const authors = doc.match(elementRegex(p, "author")) ?? [];
  let authorId = authors.findIndex((a) => a.replace(/<[^>]*>/g, "") === AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const el = `<${p}author>${AUTHOR}</${p}author>`;
    doc = doc.includes(`</${p}authors>`)
      ? doc.replace(`</${p}authors>`, `${el}</${p}authors>`)
      : doc.replace(new RegExp(`<${p}authors\\s*/>`), `<${p}authors>${el}</${p}authors>`);
  }
  const list = new RegExp(`(<${p}commentList(?=[\\s>/])[^>]*?)(/?)>([\\s\\S]*?)(</${p}commentList>|$)`).exec(doc);
  const existing = list && list[2] !== "/" ? (list[3].match(elementRegex(p, "comment")) ?? []) : [];
  const byCell = new Map<string, string>();
  for (const c of existing) {
    const ref = attr(c.slice(0, c.indexOf(">") + 1), "ref");
    if (ref !== undefined) byCell.set(ref, c);
  }
  for (const change of changes) {
    if (change.text === null) byCell.delete(change.cell);
    else byCell.set(change.cell, commentXml(p, change.cell, authorId, change.text));
  }
  const body = [...byCell.values()].join("");
  const whole = `<${p}commentList>${body}</${p}commentList>`;
  if (list) doc = doc.slice(0, list.index) + whole + doc.slice(list.index + list[0].length);
  else doc = doc.replace(new RegExp(`</${p}comments>`), `${whole}$&`);
  return { xml: doc, cells: [...byCell.keys()] };
}

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

/**
 * The VML drawing that shows notes, made to hold one note shape per cell of `cells`: the
 * shapes of notes that went are taken out, shapes for new notes added; every other shape
 * (buttons, other controls) stays as written. VML is not always well-formed XML (Excel
 * writes `<br>`), so it is edited as text, shape by shape.
 */
export function patchVml(vml: string | undefined, cells: readonly string[]): string {
  let doc = vml ?? `${VML_HEAD}</xml>`;
  const want = new Map<string, { row: number; col: number }>();
  for (const c of cells) {
    const at = parseCellAddress(c);
    if (at) want.set(`${at.row}:${at.col}`, at);
  }
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
