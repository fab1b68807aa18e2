import type { CellFormat, ConditionalFormatPlan } from "../../core/plan";
import {
  appendNew,
  child,
  children,
  createElement,
  ensureChild,
  flattenAlternateContent,
  insertChild,
  parseXml,
  serializeXml,
  xmlSafe,
  type XmlDocument,
  type XmlElement,
} from "../xml/dom";

const SUPPORTED = new Set([
  "fill",
  "bold",
  "italic",
  "fontSize",
  "fontColor",
  "numberFormat",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "border",
]);

/**
 * Built-in number formats (ECMA-376 Part 1, §18.8.30 numFmt: ids below 164 are implied and
 * never written in styles.xml); any other code is a custom numFmt with id 164 or above.
 */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** A format property the writer cannot write. */
export function unsupportedFormat(format: CellFormat): string | undefined {
  return Object.keys(format).find((k) => !SUPPORTED.has(k));
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/**
 * Adds cell and differential formats to styles.xml as a document: new fonts, fills, borders,
 * number formats, cellXfs and dxfs entries appended, every existing entry left as it was (so
 * every existing `s` and `dxfId` keeps its meaning). A section the part lacks is made in its
 * schema place with the default entry a reader assumes (so a new index is never past the
 * formats Excel reads); sections wrapped in mc:AlternateContent are unwrapped to their
 * fallback first (ECMA-376 Part 3), so the indexes counted are the ones every reader sees.
 */
export class StylesEditor {
  private doc: XmlDocument | undefined;
  private root: XmlElement | undefined;
  private readonly cache = new Map<string, number>();
  private changed = false;
  private nextNumFmt = 164;

  /** `source`: the part's text or document, or a function that opens it when the first format is added. */
  constructor(private readonly source: string | XmlDocument | (() => XmlDocument)) {}

  private document(): XmlDocument {
    const s = this.source;
    this.doc ??= typeof s === "string" ? parseXml(s, "xl/styles.xml") : typeof s === "function" ? s() : s;
    return this.doc;
  }

  /** The stylesheet made ready to take entries (only on the first addition: an untouched part stays as it was). */
  private sheet(): XmlElement {
    if (this.root) return this.root;
    const root = this.document().documentElement;
    if (!root) throw new Error("styles part without a root");
    flattenAlternateContent(root);
    const defaults = parseXml(MINIMAL_STYLES, "styles").documentElement as XmlElement;
    for (const name of ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]) {
      const section = ensureChild(root, name, "styleSheet");
      const item = name === "fonts" ? "font" : name === "fills" ? "fill" : name === "borders" ? "border" : "xf";
      if (children(section, item).length > 0) continue;
      // The entries a reader assumes where there are none (fills: none and gray125).
      for (const d of children(child(defaults, name) as XmlElement, item)) {
        const el = createElement(section, item);
        for (let i = 0; i < d.attributes.length; i++) {
          const a = d.attributes.item(i);
          if (a) el.setAttribute(a.name, a.value);
        }
        for (const c of children(d)) {
          const sub = createElement(el, c.localName ?? c.nodeName);
          for (let i = 0; i < c.attributes.length; i++) {
            const a = c.attributes.item(i);
            if (a) sub.setAttribute(a.name, a.value);
          }
          el.appendChild(sub);
        }
        section.appendChild(el);
      }
      this.count(section, item);
    }
    let max = 163;
    for (const el of Array.from(root.getElementsByTagNameNS(root.namespaceURI, "numFmt"))) {
      const id = Number(el.getAttribute("numFmtId"));
      if (Number.isInteger(id)) max = Math.max(max, id);
    }
    this.nextNumFmt = max + 1;
    this.root = root;
    this.changed = true;
    return root;
  }

  private section(name: string): XmlElement {
    return ensureChild(this.sheet(), name, "styleSheet");
  }

  private count(section: XmlElement, item: string): number {
    const n = children(section, item).length;
    section.setAttribute("count", String(n));
    return n;
  }

  /** Appends `el` to a section, updates its count, returns the new entry's index. */
  private add(sectionName: string, item: string, el: XmlElement): number {
    const section = this.section(sectionName);
    section.appendChild(el);
    return this.count(section, item) - 1;
  }

  private cached(key: string, make: () => number): number {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const v = make();
    this.cache.set(key, v);
    return v;
  }

  private fill(color: string): number {
    return this.cached(`fill:${color}`, () => {
      const fill = createElement(this.section("fills"), "fill");
      const pattern = appendNew(fill, "patternFill", { patternType: "solid" });
      appendNew(pattern, "fgColor", { rgb: argb(color) });
      appendNew(pattern, "bgColor", { indexed: 64 });
      return this.add("fills", "fill", fill);
    });
  }

  private border(color: string): number {
    return this.cached(`border:${color}`, () => {
      const border = createElement(this.section("borders"), "border");
      for (const side of ["left", "right", "top", "bottom"])
        appendNew(appendNew(border, side, { style: "thin" }), "color", { rgb: argb(color) });
      appendNew(border, "diagonal");
      return this.add("borders", "border", border);
    });
  }

  /** A font like font `base` with the format's font properties. */
  private font(base: number, f: CellFormat): number {
    const key = `font:${base}:${f.bold}:${f.italic}:${f.fontSize}:${f.fontColor}`;
    return this.cached(key, () => {
      const fonts = this.section("fonts");
      const list = children(fonts, "font");
      const from = list[base] ?? list[0];
      const font = (from ? from.cloneNode(true) : createElement(fonts, "font")) as XmlElement;
      const replace = (name: string, attrs: Record<string, string> | null, front: boolean) => {
        for (const old of children(font, name)) font.removeChild(old);
        if (attrs === null) return;
        const el = createElement(font, name);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        // CT_Font is a choice: any order is valid; Excel's own order is kept (b, i first; sz, color before name).
        font.insertBefore(el, front ? font.firstChild : (child(font, "name") ?? null));
      };
      if (f.fontSize !== undefined) replace("sz", { val: String(f.fontSize) }, false);
      if (f.fontColor !== undefined) replace("color", { rgb: argb(f.fontColor) }, false);
      if (f.italic !== undefined) replace("i", f.italic ? {} : null, true);
      if (f.bold !== undefined) replace("b", f.bold ? {} : null, true);
      return this.add("fonts", "font", font);
    });
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    return this.cached(`numFmt:${code}`, () => {
      const section = this.section("numFmts");
      const same = children(section, "numFmt").find((n) => n.getAttribute("formatCode") === code);
      if (same && Number.isInteger(Number(same.getAttribute("numFmtId")))) return Number(same.getAttribute("numFmtId"));
      const id = this.nextNumFmt++;
      appendNew(section, "numFmt", { numFmtId: id, formatCode: xmlSafe(code) });
      this.count(section, "numFmt");
      return id;
    });
  }

  /** Number of cell formats (cellXfs entries); a style index at or past it is out of range. */
  get cellFormatCount(): number {
    return children(this.section("cellXfs"), "xf").length;
  }

  /**
   * A new cell format: the one at index `old` (0, the default, when out of range) with the
   * format's properties set, every other property kept. Equal requests share one entry.
   */
  apply(old: number, f: CellFormat): number {
    return this.cached(`xf:${old}:${JSON.stringify(f)}`, () => {
      const xfs = children(this.section("cellXfs"), "xf");
      const from = xfs[old] ?? xfs[0];
      const xf = from.cloneNode(true) as XmlElement;
      const font =
        f.bold !== undefined || f.italic !== undefined || f.fontSize !== undefined || f.fontColor !== undefined;
      if (font) {
        xf.setAttribute("fontId", String(this.font(Number(xf.getAttribute("fontId") ?? 0) || 0, f)));
        xf.setAttribute("applyFont", "1");
      }
      if (f.fill !== undefined) {
        xf.setAttribute("fillId", String(f.fill === null ? 0 : this.fill(f.fill)));
        xf.setAttribute("applyFill", "1");
      }
      if (f.border !== undefined) {
        xf.setAttribute("borderId", String(f.border === null ? 0 : this.border(f.border)));
        xf.setAttribute("applyBorder", "1");
      }
      if (f.numberFormat !== undefined) {
        xf.setAttribute("numFmtId", String(this.numFmt(f.numberFormat)));
        xf.setAttribute("applyNumberFormat", "1");
      }
      if (f.horizontalAlignment !== undefined || f.verticalAlignment !== undefined || f.wrapText !== undefined) {
        const alignment = ensureChild(xf, "alignment", "xf");
        if (f.horizontalAlignment !== undefined) alignment.setAttribute("horizontal", f.horizontalAlignment);
        if (f.verticalAlignment !== undefined) alignment.setAttribute("vertical", f.verticalAlignment);
        if (f.wrapText !== undefined) alignment.setAttribute("wrapText", f.wrapText ? "1" : "0");
        xf.setAttribute("applyAlignment", "1");
      }
      return this.add("cellXfs", "xf", xf);
    });
  }

  /** The cell format `old` with a fill (null: no fill). */
  withFill(old: number, color: string | null): number {
    return this.apply(old, { fill: color });
  }

  /** A new cell format on the default one. */
  format(f: CellFormat): number {
    return Object.keys(f).length === 0 ? 0 : this.apply(0, f);
  }

  /** A differential format (for a conditional format's rule), in `dxfs` (§18.8.14 dxf). */
  dxf(format: ConditionalFormatPlan["format"]): number {
    return this.cached(`dxf:${JSON.stringify(format)}`, () => {
      const dxfs = this.section("dxfs");
      const dxf = createElement(dxfs, "dxf");
      if (format.fontColor !== undefined || format.bold !== undefined) {
        const font = insertChild(dxf, createElement(dxf, "font"), "dxf");
        if (format.bold !== undefined) appendNew(font, "b", format.bold ? {} : { val: 0 });
        if (format.fontColor !== undefined) appendNew(font, "color", { rgb: argb(format.fontColor) });
      }
      if (format.fill !== undefined) {
        const fill = insertChild(dxf, createElement(dxf, "fill"), "dxf");
        appendNew(appendNew(fill, "patternFill", { patternType: "solid" }), "bgColor", { rgb: argb(format.fill) });
      }
      return this.add("dxfs", "dxf", dxf);
    });
  }

  get dirty(): boolean {
    return this.changed;
  }

  /** The stylesheet as text. */
  toXml(): string {
    return serializeXml(this.document());
  }
}
