import { elementChildren, NS, type Document, type Element } from "./dom";

/**
 * Markup Compatibility processing (ECMA-376 Part 3) as a consumer that understands only the
 * Transitional schemas does it, in place: every mc:AlternateContent becomes the content of
 * its mc:Fallback (nothing when it has none); attributes and elements in namespaces some
 * element declares mc:Ignorable are dropped, except inside extLst/ext (open content);
 * mc:* attributes go, and so does xml:space (Excel writes it on <t>; the schema set does
 * not import xml.xsd).
 */
export function processMarkupCompatibility(doc: Document): Document {
  const top = doc.documentElement;
  if (!top) return doc;
  const ignorable = new Set<string>();
  const collect = (el: Element): void => {
    const v = el.getAttributeNS(NS.mc, "Ignorable");
    if (v) {
      for (const prefix of v.split(/\s+/).filter(Boolean)) {
        const uri = el.lookupNamespaceURI(prefix);
        if (uri) ignorable.add(uri);
      }
    }
    for (const c of elementChildren(el)) collect(c);
  };
  collect(top);
  replaceAlternateContent(top);
  strip(top, ignorable, false);
  return doc;
}

function replaceAlternateContent(el: Element): void {
  for (const c of elementChildren(el)) {
    if (c.namespaceURI === NS.mc && c.localName === "AlternateContent") {
      const fallback = elementChildren(c).find((k) => k.namespaceURI === NS.mc && k.localName === "Fallback");
      for (const k of fallback ? elementChildren(fallback) : []) el.insertBefore(k, c);
      el.removeChild(c);
    }
  }
  for (const c of elementChildren(el)) replaceAlternateContent(c);
}

function strip(el: Element, ignorable: ReadonlySet<string>, open: boolean): void {
  const attrs = el.attributes;
  for (let i = attrs.length - 1; i >= 0; i--) {
    const a = attrs.item(i);
    if (!a || a.prefix === "xmlns" || a.name === "xmlns") continue;
    const ns = a.namespaceURI ?? "";
    if (ns === NS.mc || ns === NS.xml || (!open && ignorable.has(ns))) el.removeAttributeNode(a);
  }
  for (const c of elementChildren(el)) {
    if (!open && ignorable.has(c.namespaceURI ?? "")) {
      el.removeChild(c);
      continue;
    }
    strip(c, ignorable, open || c.localName === "ext" || c.localName === "extLst");
  }
}
