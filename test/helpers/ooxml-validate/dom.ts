import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";

export type { Document, Element };

/** Transitional and Strict namespaces of the parts the rules read. */
export const NS = {
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  xml: "http://www.w3.org/XML/1998/namespace",
  main: ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  rel: [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ],
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

export class NotWellFormed extends Error {
  override readonly name = "NotWellFormed";
}

/** Parses XML strictly: any error (not only a fatal one) makes the part not well-formed. */
export function parseStrict(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new NotWellFormed(message.split("\n")[0]);
    },
  });
  try {
    return parser.parseFromString(text, "text/xml");
  } catch (e) {
    throw new NotWellFormed((e instanceof Error ? e.message : String(e)).split("\n")[0]);
  }
}

/** Parses what a lenient consumer would make of the text (legacy VML); null when nothing. */
export function parseLenient(text: string): Document | null {
  const parser = new DOMParser({ onError: () => undefined });
  try {
    return parser.parseFromString(text, "text/xml");
  } catch {
    return null;
  }
}

export function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function elementChildren(el: Element | Document): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function inMain(el: Element): boolean {
  return (NS.main as readonly string[]).includes(el.namespaceURI ?? "");
}

/** Children of EL in SpreadsheetML's main namespace (Transitional or Strict) named NAME. */
export function kids(el: Element | Document, name: string): Element[] {
  return elementChildren(el).filter((c) => c.localName === name && inMain(c));
}

export function kid(el: Element | Document, name: string): Element | undefined {
  return kids(el, name)[0];
}

/** Descendants of EL in the main namespace named NAME, in document order. */
export function descendants(el: Element | Document, name: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element | Document): void => {
    for (const c of elementChildren(e)) {
      if (c.localName === name && inMain(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The r:id of a relationship-bearing element, Transitional or Strict. */
export function relId(el: Element): string | null {
  for (const ns of NS.rel) {
    const v = el.getAttributeNS(ns, "id");
    if (v) return v;
  }
  return null;
}

export function root(doc: Document): Element {
  const r = doc.documentElement;
  if (!r) throw new NotWellFormed("no root element");
  return r;
}
