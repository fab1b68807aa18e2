import type { CellFormat } from "../../core/plan";
import { attr, elementRegex, escapeXml, rootPrefix, setAttr, setCount } from "./xml-text";

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

/** A format property the patch cannot write. */
export function unsupportedFormat(format: CellFormat): string | undefined {
  return Object.keys(format).find((k) => !SUPPORTED.has(k));
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * Adds cell formats to styles.xml as text: new fills, fonts and cellXfs entries appended,
 * every existing entry left as it was (so every existing `s` index keeps its meaning).
 */
export class StylesEditor {
  private readonly prefix: string;
  private xfs: string[];
  private readonly newXfs: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newBorders: string[] = [];
  private readonly newNumFmts: string[] = [];
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt: number;
  private readonly numFmtCount: number;
  private borderCount: number;
  private fillCount: number;
  private fontCount: number;
  private readonly cache = new Map<string, number>();

  constructor(private xml: string) {
    this.prefix = rootPrefix(xml);
    const p = this.prefix;
    const section = (name: string) =>
      new RegExp(`<${p}${name}(?=[\\s>])[^>]*>([\\s\\S]*?)</${p}${name}>`).exec(xml)?.[1] ?? "";
    this.xfs = section("cellXfs").match(elementRegex(p, "xf")) ?? [];
    this.fillCount = (section("fills").match(elementRegex(p, "fill")) ?? []).length;
    this.fontCount = (section("fonts").match(elementRegex(p, "font")) ?? []).length;
    this.borderCount = (section("borders").match(elementRegex(p, "border")) ?? []).length;
    this.numFmtCount = (section("numFmts").match(elementRegex(p, "numFmt")) ?? []).length;
    for (const el of section("numFmts").match(elementRegex(p, "numFmt")) ?? []) {
      const id = Number(attr(el, "numFmtId"));
      const code = attr(el, "formatCode");
      if (Number.isInteger(id) && code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
    }
    // Ids used anywhere (differential formats too) are not reused.
    let max = 163;
    for (const el of xml.match(elementRegex(p, "numFmt")) ?? []) {
      const id = Number(attr(el, "numFmtId"));
      if (Number.isInteger(id)) max = Math.max(max, id);
    }
    this.nextNumFmt = max + 1;
    if (this.xfs.length === 0) this.xfs = [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`];
  }

  private fill(color: string): number {
    const key = `fill:${color}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const p = this.prefix;
    this.newFills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    const id = this.fillCount + this.newFills.length - 1;
    this.cache.set(key, id);
    return id;
  }

  private font(f: CellFormat): number {
    const key = `font:${f.bold === true}:${f.italic === true}:${f.fontSize ?? 11}:${f.fontColor ?? ""}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const p = this.prefix;
    this.newFonts.push(
      `<${p}font>${f.bold ? `<${p}b/>` : ""}${f.italic ? `<${p}i/>` : ""}<${p}sz val="${f.fontSize ?? 11}"/>` +
        `${f.fontColor ? `<${p}color rgb="${argb(f.fontColor)}"/>` : `<${p}color theme="1"/>`}<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
    );
    const id = this.fontCount + this.newFonts.length - 1;
    this.cache.set(key, id);
    return id;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const hit = this.numFmtIds.get(code);
    if (hit !== undefined) return hit;
    const id = this.nextNumFmt++;
    this.numFmtIds.set(code, id);
    this.newNumFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private border(color: string): number {
    const key = `border:${color}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const p = this.prefix;
    const side = (name: string) => `<${p}${name} style="thin"><${p}color rgb="${argb(color)}"/></${p}${name}>`;
    this.newBorders.push(
      `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`,
    );
    const id = this.borderCount + this.newBorders.length - 1;
    this.cache.set(key, id);
    return id;
  }

  private xf(index: number): string {
    return index < this.xfs.length ? this.xfs[index] : (this.newXfs[index - this.xfs.length] ?? this.xfs[0]);
  }

  private add(xf: string): number {
    const key = `xf:${xf}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    this.newXfs.push(xf);
    const id = this.xfs.length + this.newXfs.length - 1;
    this.cache.set(key, id);
    return id;
  }

  /** The cell format `s` with its fill replaced: a solid colour, or none. */
  withFill(s: number, color: string | null): number {
    const base = this.xf(s < 0 || s >= this.xfs.length + this.newXfs.length ? 0 : s);
    const start = /^<[^>]*?(\/?>)/.exec(base)?.[0] ?? base;
    let tag = setAttr(start, "fillId", String(color === null ? 0 : this.fill(color)));
    tag = setAttr(tag, "applyFill", "1");
    return this.add(base.replace(start, tag));
  }

  /** A new cell format (on the default one) for a cell we write. */
  format(f: CellFormat): number {
    const font =
      f.bold !== undefined || f.italic !== undefined || f.fontSize !== undefined || f.fontColor !== undefined;
    const align = f.horizontalAlignment !== undefined || f.verticalAlignment !== undefined || f.wrapText !== undefined;
    if (!font && !align && f.numberFormat === undefined && f.border === undefined)
      return f.fill === undefined ? 0 : this.withFill(0, f.fill);
    const p = this.prefix;
    // The default format's attributes, without its children (a new alignment replaces any).
    let tag = (/^<[^>]*?(\/?>)/.exec(this.xfs[0])?.[0] ?? `<${p}xf/>`).replace(/\s*\/?>$/, "/>");
    if (font) tag = setAttr(setAttr(tag, "fontId", String(this.font(f))), "applyFont", "1");
    if (f.numberFormat !== undefined)
      tag = setAttr(setAttr(tag, "numFmtId", String(this.numFmt(f.numberFormat))), "applyNumberFormat", "1");
    if (f.border !== undefined)
      tag = setAttr(
        setAttr(tag, "borderId", String(f.border === null ? 0 : this.border(f.border))),
        "applyBorder",
        "1",
      );
    let xf = tag;
    if (align) {
      tag = setAttr(tag, "applyAlignment", "1").replace(/\s*\/>$/, ">");
      const a =
        (f.horizontalAlignment ? ` horizontal="${f.horizontalAlignment}"` : "") +
        (f.verticalAlignment ? ` vertical="${f.verticalAlignment}"` : "") +
        (f.wrapText !== undefined ? ` wrapText="${f.wrapText ? 1 : 0}"` : "");
      xf = `${tag}<${p}alignment${a}/></${p}xf>`;
    }
    const s = this.add(xf);
    return f.fill === undefined ? s : this.withFill(s, f.fill);
  }

  get dirty(): boolean {
    return this.newXfs.length + this.newFills.length + this.newFonts.length + this.newBorders.length > 0;
  }

  /** styles.xml with the new entries appended and the counts updated. */
  toXml(): string {
    const p = this.prefix;
    let xml = this.xml;
    const append = (name: string, items: string[], count: number) => {
      if (items.length === 0) return;
      const close = `</${p}${name}>`;
      if (xml.includes(close)) xml = xml.replace(close, `${items.join("")}${close}`);
      else {
        // An empty self-closed section, or none at all: written whole before cellStyleXfs / cellXfs' place.
        const selfClosed = new RegExp(`<${p}${name}(?=[\\s/])[^>]*/>`);
        const whole = `<${p}${name} count="${count}">${items.join("")}${close}`;
        xml = selfClosed.test(xml)
          ? xml.replace(selfClosed, whole)
          : xml.replace(/<\/([A-Za-z_][\w.-]*:)?styleSheet>/, `${whole}$&`);
      }
      xml = setCount(xml, p, name, count);
    };
    if (this.newNumFmts.length > 0) {
      const close = `</${p}numFmts>`;
      if (xml.includes(close)) xml = xml.replace(close, `${this.newNumFmts.join("")}${close}`);
      else {
        // numFmts is the stylesheet's first child (§18.8.39 CT_Stylesheet).
        const whole = `<${p}numFmts count="0">${this.newNumFmts.join("")}${close}`;
        const selfClosed = new RegExp(`<${p}numFmts(?=[\\s/])[^>]*/>`);
        xml = selfClosed.test(xml)
          ? xml.replace(selfClosed, whole)
          : xml.replace(/<([A-Za-z_][\w.-]*:)?styleSheet\b[^>]*>/, `$&${whole}`);
      }
      xml = setCount(xml, p, "numFmts", this.numFmtCount + this.newNumFmts.length);
    }
    append("fonts", this.newFonts, this.fontCount + this.newFonts.length);
    append("fills", this.newFills, this.fillCount + this.newFills.length);
    append("borders", this.newBorders, this.borderCount + this.newBorders.length);
    append("cellXfs", this.newXfs, this.xfs.length + this.newXfs.length);
    return xml;
  }
}
