import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { SEQUENCE } from "../../src/ooxml/xml/schema-order";

/**
 * Structure checks of a written package, in the test suite's own terms: the child order of
 * worksheets, the workbook and the stylesheet (their CT_* sequences), one definedNames,
 * counts equal to entries, style and differential-format indexes in range, table header
 * cells equal to the tables' column names, unique table names that no defined name takes,
 * legal sheet names. Returns one line per problem.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const parse = (text: string): Element => {
  const root = new DOMParser().parseFromString(text, "text/xml").documentElement;
  if (!root) throw new Error("no root");
  return root;
};
const kids = (el: Element, name?: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 &&
      (n as Element).namespaceURI === el.namespaceURI &&
      (name === undefined || (n as Element).localName === name),
  );
const all = (el: Element, name: string): Element[] => Array.from(el.getElementsByTagNameNS(MAIN, name));

function orderProblems(part: string, el: Element, sequence: readonly string[]): string[] {
  const names = kids(el).map((c) => c.localName ?? "");
  const out: string[] = [];
  let last = -1;
  for (const n of names) {
    const k = sequence.indexOf(n);
    if (k < 0) out.push(`${part}: <${n}> is not a child of <${el.localName}>`);
    else if (k < last) out.push(`${part}: <${n}> comes after <${sequence[last]}>`);
    last = Math.max(last, k);
  }
  return out;
}

function resolve(from: string, target: string): string {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== ".") base.push(seg);
  }
  return base.join("/");
}

function relsOf(parts: Record<string, string>, part: string): Map<string, string> {
  const slash = part.lastIndexOf("/");
  const text = parts[`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`];
  const out = new Map<string, string>();
  if (text === undefined) return out;
  for (const r of Array.from(parse(text).getElementsByTagName("Relationship")))
    out.set(r.getAttribute("Id") ?? "", resolve(part, r.getAttribute("Target") ?? ""));
  return out;
}

/** A cell's shown text: inline string, shared string or value. */
function cellText(c: Element, strings: string[]): string | undefined {
  const t = c.getAttribute("t");
  if (t === "inlineStr") return kids(c, "is")[0]?.textContent ?? "";
  const v = kids(c, "v")[0]?.textContent ?? undefined;
  if (v === undefined) return undefined;
  return t === "s" ? strings[Number(v)] : v;
}

export function packageProblems(bytes: Uint8Array): string[] {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data);
  const problems: string[] = [];
  const wbPart = "xl/workbook.xml";
  const wb = parse(parts[wbPart]);
  problems.push(...orderProblems(wbPart, wb, SEQUENCE.workbook));
  if (kids(wb, "definedNames").length > 1)
    problems.push(`${wbPart}: ${kids(wb, "definedNames").length} definedNames elements`);
  const definedNames = all(wb, "definedName").map((d) => (d.getAttribute("name") ?? "").toLowerCase());
  const styles = parse(parts["xl/styles.xml"]);
  problems.push(...orderProblems("xl/styles.xml", styles, SEQUENCE.styleSheet));
  for (const section of kids(styles)) {
    const count = section.getAttribute("count");
    if (count !== null && Number(count) !== kids(section).length)
      problems.push(`xl/styles.xml: <${section.localName}> count ${count}, ${kids(section).length} entries`);
  }
  const xfCount = kids(kids(styles, "cellXfs")[0] ?? styles, "xf").length;
  const dxfCount = kids(styles, "dxfs")[0] ? kids(kids(styles, "dxfs")[0], "dxf").length : 0;
  const sst = parts["xl/sharedStrings.xml"];
  const strings = sst ? all(parse(sst), "si").map((si) => si.textContent ?? "") : [];
  const wbRels = relsOf(parts, wbPart);
  const tableNames: string[] = [];
  for (const sheet of kids(kids(wb, "sheets")[0], "sheet")) {
    const name = sheet.getAttribute("name") ?? "";
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) problems.push(`sheet name "${name}" is not legal`);
    const part = wbRels.get(sheet.getAttributeNS(REL, "id") ?? "") ?? "";
    const ws = parse(parts[part]);
    problems.push(...orderProblems(part, ws, SEQUENCE.worksheet));
    const cells = new Map(all(ws, "c").map((c) => [c.getAttribute("r") ?? "", c] as const));
    for (const [ref, c] of cells)
      if (Number(c.getAttribute("s") ?? 0) >= xfCount)
        problems.push(`${part} ${ref}: style ${c.getAttribute("s")} of ${xfCount}`);
    for (const rule of all(ws, "cfRule")) {
      const dxf = rule.getAttribute("dxfId");
      if (dxf !== null && Number(dxf) >= dxfCount) problems.push(`${part}: dxfId ${dxf} of ${dxfCount}`);
    }
    const rels = relsOf(parts, part);
    for (const tp of all(ws, "tablePart")) {
      const tablePart = rels.get(tp.getAttributeNS(REL, "id") ?? "") ?? "";
      const table = parse(parts[tablePart]);
      tableNames.push((table.getAttribute("name") ?? "").toLowerCase());
      const ref = table.getAttribute("ref") ?? "";
      const m = /^([A-Z]+)(\d+):/.exec(ref);
      if (!m) continue;
      let col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      for (const tc of all(table, "tableColumn")) {
        let letters = "";
        for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        const cell = cells.get(`${letters}${m[2]}`);
        const shown = cell ? cellText(cell, strings) : undefined;
        const name = (tc.getAttribute("name") ?? "").replace(/_x000a_/g, "\n");
        if (shown !== name)
          problems.push(`${tablePart}: column "${name}" over header cell ${letters}${m[2]} "${shown}"`);
        col++;
      }
    }
  }
  for (const [i, n] of tableNames.entries()) {
    if (tableNames.indexOf(n) !== i) problems.push(`table name "${n}" twice`);
    if (definedNames.includes(n)) problems.push(`table name "${n}" is also a defined name`);
  }
  return problems;
}
