import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { damaged } from "../problem";
import type { XlsxPackage } from "../read";
import { inflateEntries } from "../zip";

/**
 * Every part of a package, in its order, as bytes: what a patch edits. Parts not edited are
 * written back exactly as they were read (their bytes, not a re-serialisation). Inflating
 * them counts against the same limits as reading.
 */
export class PackageFiles {
  private readonly parts = new Map<string, Uint8Array>();
  private readonly changed = new Set<string>();

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
    return this.parts.get(name);
  }

  text(name: string): string | undefined {
    const b = this.parts.get(name);
    return b === undefined ? undefined : strFromU8(b);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, strToU8(text));
    this.changed.add(name);
  }

  remove(name: string): void {
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
    const out: Zippable = {};
    for (const [name, bytes] of this.parts)
      out[name] = [bytes, { level: /\.(png|jpe?g|gif|bin|emf|wmf)$/i.test(name) ? 0 : 6 }];
    return zipSync(out);
  }
}
