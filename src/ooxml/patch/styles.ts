import type { CellFormat } from "../../core/plan";
import { elementRegex, rootPrefix, setAttr, setCount } from "./xml-text";

const SUPPORTED = new Set(["fill", "bold", "italic", "fontSize", "fontColor"]);

/** A format property the patch cannot write (flags and their report use only fills and fonts). */
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
    let s = 0;
    if (f.bold !== undefined || f.italic !== undefined || f.fontSize !== undefined || f.fontColor !== undefined) {
      const base = this.xfs[0];
      const start = /^<[^>]*?(\/?>)/.exec(base)?.[0] ?? base;
      const tag = setAttr(setAttr(start, "fontId", String(this.font(f))), "applyFont", "1");
      s = this.add(base.replace(start, tag));
    }
    return f.fill === undefined ? s : this.withFill(s, f.fill);
  }

  get dirty(): boolean {
    return this.newXfs.length + this.newFills.length + this.newFonts.length > 0;
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
    append("fonts", this.newFonts, this.fontCount + this.newFonts.length);
    append("fills", this.newFills, this.fillCount + this.newFills.length);
    append("cellXfs", this.newXfs, this.xfs.length + this.newXfs.length);
    return xml;
  }
}
