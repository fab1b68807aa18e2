import { strFromU8, unzipSync } from "fflate";
import { elementChildren, NotWellFormed, NS, parseLenient, parseStrict, root, type Document } from "./dom";
import { processMarkupCompatibility } from "./mce";
import type { SchemaName } from "./xmllint";

/** An unzipped package: its entries' bytes by name. */
export type Package = ReadonlyMap<string, Uint8Array>;

export function unzipPackage(bytes: Uint8Array): Package {
  return new Map(Object.entries(unzipSync(bytes)));
}

const SML = "sml.xsd";
/** Content type (its distinctive tail) -> schema and the root element that schema must see. */
const BY_CONTENT_TYPE: readonly [RegExp, SchemaName, string][] = [
  [/\.(sheet|template)\.main\+xml$|\.(sheet|template)\.macroEnabled\.main\+xml$/, SML, "workbook"],
  [/spreadsheetml\.worksheet\+xml$/, SML, "worksheet"],
  [/spreadsheetml\.styles\+xml$/, SML, "styleSheet"],
  [/spreadsheetml\.sharedStrings\+xml$/, SML, "sst"],
  [/spreadsheetml\.table\+xml$/, SML, "table"],
  [/spreadsheetml\.comments\+xml$/, SML, "comments"],
  [/drawingml\.chart\+xml$/, "dml-chart.xsd", "chartSpace"],
  [/officedocument\.drawing\+xml$/, "dml-spreadsheetDrawing.xsd", "wsDr"],
  [/vmlDrawing$/, "vml-part.xsd", "xml"],
];

/** The same by path, for a package whose [Content_Types].xml does not say. */
const BY_PATH: readonly [RegExp, SchemaName, string][] = [
  [/^xl\/workbook\.xml$/, SML, "workbook"],
  [/^xl\/worksheets\/sheet\d+\.xml$/, SML, "worksheet"],
  [/^xl\/styles\.xml$/, SML, "styleSheet"],
  [/^xl\/sharedStrings\.xml$/, SML, "sst"],
  [/^xl\/tables\/table\d+\.xml$/, SML, "table"],
  [/^xl\/comments\d*\.xml$/, SML, "comments"],
  [/^xl\/charts\/chart\d+\.xml$/, "dml-chart.xsd", "chartSpace"],
  [/^xl\/drawings\/drawing\d+\.xml$/, "dml-spreadsheetDrawing.xsd", "wsDr"],
  [/^xl\/drawings\/vmlDrawing\d+\.vml$/, "vml-part.xsd", "xml"],
];

export interface PartSchema {
  readonly schema: SchemaName;
  readonly rootName: string;
}

/** Which schema judges each part of the package (parts no schema of the set covers are left out). */
export function partSchemas(pkg: Package): Map<string, PartSchema> {
  const types = new Map<string, string>();
  const defaults = new Map<string, string>();
  const ct = pkg.get("[Content_Types].xml");
  if (ct) {
    try {
      for (const el of elementChildren(root(parseStrict(strFromU8(ct))))) {
        const type = el.getAttribute("ContentType") ?? "";
        if (el.localName === "Override") types.set((el.getAttribute("PartName") ?? "").replace(/^\//, ""), type);
        if (el.localName === "Default") defaults.set((el.getAttribute("Extension") ?? "").toLowerCase(), type);
      }
    } catch {
      // an unreadable [Content_Types].xml: fall back on paths
    }
  }
  const out = new Map<string, PartSchema>();
  for (const name of pkg.keys()) {
    if (name === "[Content_Types].xml" || name.endsWith(".rels")) continue;
    // A Default for .xml (some writers make it the workbook's type) says nothing about one
    // part: only an Override names a part's type; .vml parts take their Default.
    const ext = name.split(".").pop()?.toLowerCase() ?? "";
    const type = types.get(name) ?? (ext === "xml" ? undefined : defaults.get(ext));
    const hit =
      (type ? BY_CONTENT_TYPE.find(([re]) => re.test(type)) : undefined) ?? BY_PATH.find(([re]) => re.test(name));
    if (hit) out.set(name, { schema: hit[1], rootName: hit[2] });
  }
  return out;
}

/** Excel writes `<br>` in the HTML-like text of legacy VML; a lenient reader accepts it. */
function repairVml(text: string): string {
  return text.replace(/<br\s*>/gi, "<br/>");
}

export interface ReadPart {
  /** The part after Markup Compatibility processing. */
  readonly doc: Document;
  /** True when the part is Strict Open XML (its root in a purl.oclc.org namespace). */
  readonly strict: boolean;
}

/**
 * Reads a part as a consumer does: parsed strictly (VML, which Excel writes as loose
 * markup, after repair and then leniently), then Markup Compatibility processing.
 * Throws NotWellFormed when the part cannot be read.
 */
export function readPart(pkg: Package, name: string): ReadPart {
  const bytes = pkg.get(name);
  if (!bytes) throw new NotWellFormed(`${name} is missing`);
  const text = strFromU8(bytes).replace(/^\uFEFF/, "");
  let doc: Document;
  if (name.toLowerCase().endsWith(".vml")) {
    try {
      doc = parseStrict(text);
    } catch {
      const lenient = parseLenient(repairVml(text));
      if (!lenient?.documentElement) throw new NotWellFormed(`${name} cannot be read even leniently`);
      doc = lenient;
    }
  } else {
    doc = parseStrict(text);
  }
  const strict = (root(doc).namespaceURI ?? "").startsWith("http://purl.oclc.org/ooxml/");
  return { doc: processMarkupCompatibility(doc), strict };
}

export { NS };
