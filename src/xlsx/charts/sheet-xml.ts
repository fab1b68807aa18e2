import { SaxesParser } from "saxes";
import { NS } from "./chart-xml";

/**
 * The last children of a worksheet, in the order the schema requires (ECMA-376 Part 1,
 * §18.3.1.99 CT_Worksheet: ... headerFooter, rowBreaks, colBreaks, customProperties,
 * cellWatches, ignoredErrors, smartTags, drawing, legacyDrawing, ...). Excel refuses a sheet
 * whose children are out of this order.
 */
const TAIL = [
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** The worksheet's XML with `<drawing r:id="relId"/>` inserted where the schema puts it. */
export function insertDrawing(xml: string, relId: string): string {
  return insertSheetChild(xml, "drawing", relId);
}

/**
 * The worksheet's XML with `<name r:id="relId"/>` (a drawing, or the legacy drawing that
 * shows notes) inserted where the schema puts it: before the first child of the root that
 * must follow it, else before the root's end tag. The element takes the root's prefix and
 * declares the relationships namespace itself, so it is right whatever prefixes the part
 * uses. Only children of the root are considered (an `extLst` inside a conditional format
 * is not the sheet's).
 */
export function insertSheetChild(xml: string, name: "drawing" | "legacyDrawing", relId: string): string {
  const after = new Set<string>(TAIL.slice(TAIL.indexOf(name) + 1));
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  let root = "";
  let at = -1;
  parser.on("opentagstart", (tag) => {
    depth++;
    if (depth === 1) root = tag.name;
    if (depth === 2 && at < 0 && after.has(local(tag.name))) {
      // saxes has read one character past the name when it reports the tag's start.
      const start = parser.position - tag.name.length - 2;
      if (xml.slice(start, start + tag.name.length + 1) !== `<${tag.name}`)
        throw new Error(`cannot place the ${name} in the sheet: unexpected position of <${tag.name}>`);
      at = start;
    }
  });
  parser.on("closetag", () => depth--);
  parser.write(xml).close();
  if (local(root) !== "worksheet") throw new Error(`not a worksheet part: <${root}>`);
  if (at < 0) at = xml.lastIndexOf(`</${root}`);
  if (at < 0) throw new Error("not a worksheet part: no end tag");
  const prefix = root.includes(":") ? root.slice(0, root.indexOf(":") + 1) : "";
  return `${xml.slice(0, at)}<${prefix}${name} xmlns:r="${NS.r}" r:id="${relId}"/>${xml.slice(at)}`;
}
