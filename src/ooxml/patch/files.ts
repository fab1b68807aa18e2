import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { damaged } from "../problem";
import type { XlsxPackage } from "../read";
import { inflateEntries } from "../zip";
import { parseXml, serializeXml, type XmlDocument } from "../xml/dom";
import { SheetEditor } from "./sheet-editor";

/**
 * Every part of a package, in its order, as bytes: what a patch edits. Parts not edited are
 * written back exactly as they were read (their bytes, not a re-serialisation). Inflating
 * them counts against the same limits as reading.
 */
export class PackageFiles {
  private readonly parts = new Map<string, Uint8Array>();
  private readonly changed = new Set<string>();
  /** Parts being edited as XML documents: serialised when the package is zipped. */
  private readonly docs = new Map<string, XmlDocument>();
  /** Worksheet parts being edited (their rows read on demand): written back when the package is zipped. */
  private readonly sheets = new Map<string, SheetEditor>();

  constructor(pkg: XlsxPackage) {
    const chunks = new Map<string, Uint8Array[]>();
    const done = new Set<string>();
    inflateEntries(pkg.bytes, pkg.directory, pkg.budget, (name) => {
      if (chunks.has(name) || name.endsWith("/")) return undefined;
      const list: Uint8Array[] = [];
      chunks.set(name, list);
      return { write: (c) => void list.push(c.slice()), end: () => void done.add(name) };
    });
    for (const name of pkg.directory.keys()) {
      if (name.endsWith("/")) continue;
      if (!done.has(name)) throw damaged("package.badZip", { part: name, reason: "the entry is cut short" });
      const list = chunks.get(name) ?? [];
      const size = list.reduce((n, c) => n + c.length, 0);
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of list) {
        bytes.set(c, at);
        at += c.length;
      }
      this.parts.set(name, bytes);
    }
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  bytes(name: string): Uint8Array | undefined {
    this.flush(name);
    return this.parts.get(name);
  }

  text(name: string): string | undefined {
    const b = this.bytes(name);
    return b === undefined ? undefined : strFromU8(b);
  }

  setText(name: string, text: string): void {
    this.docs.delete(name);
    this.sheets.delete(name);
    this.parts.set(name, strToU8(text));
    this.changed.add(name);
  }

  /**
   * The part as an XML document to edit in place (parsed once; serialised when the package is
   * zipped); `initial` makes the part when the package has none. Undefined when absent.
   */
  xml(name: string, initial?: () => string): XmlDocument | undefined {
    if (this.sheets.has(name)) this.flush(name);
    const cached = this.docs.get(name);
    if (cached) return cached;
    const text = this.text(name) ?? (initial ? initial() : undefined);
    if (text === undefined) return undefined;
    if (!this.parts.has(name)) this.parts.set(name, strToU8(text));
    const doc = parseXml(text, name);
    this.docs.set(name, doc);
    this.changed.add(name);
    return doc;
  }

  private strings: string[] | undefined;

  /** A worksheet part to edit; its shared strings are read from `stringsPart` when a cell's text is asked for. */
  sheet(part: string, stringsPart?: string): SheetEditor {
    const open = this.sheets.get(part);
    if (open) return open;
    if (this.docs.has(part)) this.flush(part);
    const text = this.text(part);
    if (text === undefined) throw new Error(`the package has no part ${part}`);
    const editor = SheetEditor.open(text, part, (i) => {
      if (this.strings === undefined) {
        const root = stringsPart ? this.readXml(stringsPart)?.documentElement : undefined;
        // Each si's text: its t, or its runs' t (phonetic runs, rPh, are not part of it).
        this.strings = root
          ? Array.from(root.childNodes)
              .filter((n) => n.nodeType === 1 && (n as typeof root).localName === "si")
              .map((si) =>
                Array.from((si as typeof root).getElementsByTagNameNS(root.namespaceURI, "t"))
                  .filter((t) => (t.parentNode as typeof root | null)?.localName !== "rPh")
                  .map((t) => t.textContent ?? "")
                  .join(""),
              )
          : [];
      }
      return this.strings[i];
    });
    this.sheets.set(part, editor);
    this.changed.add(part);
    return editor;
  }

  /** The part parsed to read only (the edited document when there is one); undefined when absent. */
  readXml(name: string): XmlDocument | undefined {
    if (this.sheets.has(name)) this.flush(name);
    const cached = this.docs.get(name);
    if (cached) return cached;
    const text = this.text(name);
    return text === undefined ? undefined : parseXml(text, name);
  }

  /** Writes an edited document back into its part's bytes. */
  private flush(name: string): void {
    const sheet = this.sheets.get(name);
    if (sheet) {
      this.parts.set(name, strToU8(sheet.toXml()));
      this.sheets.delete(name);
    }
    const doc = this.docs.get(name);
    if (!doc) return;
    this.parts.set(name, strToU8(serializeXml(doc)));
    this.docs.delete(name);
  }

  remove(name: string): void {
    this.docs.delete(name);
    this.sheets.delete(name);
    this.parts.delete(name);
    this.changed.add(name);
  }

  /** Parts added, replaced or removed. */
  get edited(): ReadonlySet<string> {
    return this.changed;
  }

  /** A free part name from a pattern with "#" for the number: "xl/worksheets/sheet#.xml". */
  freeName(pattern: string): string {
    for (let n = 1; ; n++) {
      const name = pattern.replace("#", String(n));
      if (!this.parts.has(name)) return name;
    }
  }

  /** The package as .xlsx bytes: the parts in their order, new ones last. */
  zip(): Uint8Array {
    for (const name of [...this.docs.keys(), ...this.sheets.keys()]) this.flush(name);
    const out: Zippable = {};
    for (const [name, bytes] of this.parts)
      out[name] = [bytes, { level: /\.(png|jpe?g|gif|bin|emf|wmf)$/i.test(name) ? 0 : 6 }];
    return zipSync(out);
  }
}
