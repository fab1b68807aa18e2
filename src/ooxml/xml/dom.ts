import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { damaged } from "../problem";
import { SEQUENCE, type SequencedParent } from "./schema-order";

/**
 * XML-aware editing of package parts (@xmldom/xmldom: a maintained W3C DOM that runs in Node
 * and in the browser bundle alike). A part is parsed, edited as elements (each new child put
 * where its parent's schema sequence wants it, in the parent's own namespace prefix), and
 * serialised; nothing is found or replaced as text, so `<definedNames/>`, `x:sheetData` and
 * elements the schema allows in between are all handled alike.
 */
export type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";

export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** A part parsed; a part that is not well-formed XML is a damaged package (one line, the part named). */
export function parseXml(text: string, part: string): Document {
  let problem: string | undefined;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problem ??= message.split("\n")[0];
    },
  }).parseFromString(text, "text/xml");
  if (problem !== undefined || !doc.documentElement)
    throw damaged("package.badXml", { part, reason: problem ?? "no root element" });
  // As the streaming reader (../xml): no DOCTYPE in a workbook part, so no entity expansion.
  if (doc.doctype) throw damaged("package.badXml", { part, reason: "a DOCTYPE is not allowed in a workbook part" });
  return doc;
}

export function serializeXml(doc: Document): string {
  const xml = new XMLSerializer().serializeToString(doc);
  return xml.startsWith("<?xml") ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
}

/** The local name of an element ("sheetData" for `x:sheetData`). */
export function localName(el: Element): string {
  return el.localName ?? el.nodeName.slice(el.nodeName.indexOf(":") + 1);
}

const isElement = (n: Node | null): n is Element => n !== null && n.nodeType === 1;

/** Element children of `parent` in its own namespace (foreign ones, e.g. mc:AlternateContent, are not counted). */
export function children(parent: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (!isElement(n) || n.namespaceURI !== parent.namespaceURI) continue;
    if (name === undefined || localName(n) === name) out.push(n);
  }
  return out;
}

export function child(parent: Element, name: string): Element | undefined {
  return children(parent, name)[0];
}

/** A new element in `parent`'s namespace with its prefix (not yet inserted). */
export function createElement(parent: Element, name: string): Element {
  const doc = parent.ownerDocument;
  if (!doc) throw new Error("element without a document");
  const prefix = parent.prefix ? `${parent.prefix}:` : "";
  return doc.createElementNS(parent.namespaceURI, `${prefix}${name}`);
}

/**
 * Inserts `el` among `parent`'s children where the schema sequence of `parentType` puts it:
 * before the first child whose place in the sequence comes later, else at the end. Children
 * the sequence does not name (other namespaces, markup compatibility) never decide the place.
 * An element of the same name is put after those already there.
 */
export function insertChild(parent: Element, el: Element, parentType: SequencedParent): Element {
  const order: readonly string[] = SEQUENCE[parentType];
  const k = order.indexOf(localName(el));
  if (k < 0) throw new Error(`<${localName(el)}> is not a child of ${parentType}`);
  const next = children(parent).find((c) => order.indexOf(localName(c)) > k);
  parent.insertBefore(el, next ?? null);
  return el;
}

/** The child `name` of `parent`, created in its schema place when absent. */
export function ensureChild(parent: Element, name: string, parentType: SequencedParent): Element {
  return child(parent, name) ?? insertChild(parent, createElement(parent, name), parentType);
}

/** A new child `name` appended at the end of `parent` (for repeated children such as `row`, `c`, `xf`). */
export function appendNew(parent: Element, name: string, attrs: Record<string, string | number> = {}): Element {
  const el = createElement(parent, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent.appendChild(el);
  return el;
}

/** Characters XML 1.0 cannot hold are dropped rather than written into a broken part. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

/** Replaces an element's content by one text node. */
export function setText(el: Element, text: string): Element {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild((el.ownerDocument as Document).createTextNode(xmlSafe(text)));
  return el;
}

export function textOf(el: Element): string {
  return el.textContent ?? "";
}

export function removeChildren(parent: Element): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
}

/** An attribute by local name whatever its prefix (e.g. `r:id`), undefined when absent. */
export function attrByLocal(el: Element, name: string): string | undefined {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && (a.localName ?? a.name) === name) return a.value;
  }
  return undefined;
}

/**
 * Markup Compatibility (ECMA-376 Part 3, §10.2): direct children of `parent` wrapped in
 * `mc:AlternateContent` are replaced by the children of its `mc:Fallback` (what every
 * consumer reads), so the sections they hold can be edited as the parent's own children.
 */
export function flattenAlternateContent(parent: Element): void {
  for (let n = parent.firstChild; n;) {
    const next = n.nextSibling;
    if (isElement(n) && n.namespaceURI === MC_NS && localName(n) === "AlternateContent") {
      let fallback: Element | undefined;
      for (let c = n.firstChild; c; c = c.nextSibling)
        if (isElement(c) && c.namespaceURI === MC_NS && localName(c) === "Fallback") fallback = c;
      if (fallback) while (fallback.firstChild) parent.insertBefore(fallback.firstChild, n);
      parent.removeChild(n);
    }
    n = next;
  }
}
