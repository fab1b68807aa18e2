import { parseXml, serializeXml } from "../../ooxml/xml/dom";
import { SheetEditor } from "../../ooxml/patch/sheet-editor";

/**
 * The worksheet's XML with `<drawing r:id="relId"/>` inserted where CT_Worksheet puts it
 * (ECMA-376 Part 1, §18.3.1.99: ... headerFooter, rowBreaks, colBreaks, customProperties,
 * cellWatches, ignoredErrors, smartTags, drawing, legacyDrawing, ...), in the root's prefix.
 */
export function insertDrawing(xml: string, relId: string): string {
  const doc = parseXml(xml, "worksheet");
  const root = doc.documentElement;
  if (!root || (root.localName ?? root.nodeName) !== "worksheet")
    throw new Error(`not a worksheet part: <${root?.nodeName ?? ""}>`);
  const sheet = new SheetEditor(doc, "worksheet");
  sheet.setRelId(sheet.ensure("drawing"), relId);
  return serializeXml(doc).replace(/^<\?xml[^>]*\?>\n/, xml.startsWith("<?xml") ? "$&" : "");
}
