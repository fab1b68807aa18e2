import { SaxesParser } from "saxes";
import { createElement, children, parseXml, serializeXml, type XmlDocument, type XmlElement } from "../xml/dom";

/** The rows of a worksheet's sheetData, found by index and made in order. */
export interface Rows {
  get(index: number): XmlElement | undefined;
  /** Reads these rows ahead (one parse for many); a hint, nothing changes. */
  prefetch?(indexes: Iterable<number>): void;
  /** A new, empty row at `index` (absent before), placed among the others in order. */
  create(index: number): XmlElement;
}

/** Rows as elements of the sheet's document (a sheet this writer made, or a small one). */
export class DocumentRows implements Rows {
  private readonly rows = new Map<number, XmlElement>();
  private last = -1;

  constructor(private readonly data: XmlElement) {
    let implied = -1;
    for (const row of children(data, "row")) {
      const r = row.getAttribute("r");
      const index = r ? Number(r) - 1 : implied + 1;
      if (!r) row.setAttribute("r", String(index + 1));
      implied = index;
      this.rows.set(index, row);
      this.last = Math.max(this.last, index);
    }
  }

  get(index: number): XmlElement | undefined {
    return this.rows.get(index);
  }

  create(index: number): XmlElement {
    const el = createElement(this.data, "row");
    el.setAttribute("r", String(index + 1));
    // Rows are mostly added in order: past the last one, the new row goes at the end.
    let next: XmlElement | null = null;
    if (index < this.last) {
      let nextIndex = Infinity;
      for (const [k, row] of this.rows)
        if (k > index && k < nextIndex) {
          next = row;
          nextIndex = k;
        }
    }
    this.data.insertBefore(el, next);
    this.rows.set(index, el);
    this.last = Math.max(this.last, index);
    return el;
  }
}

interface Span {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A worksheet whose rows stay text until one is asked for (ECMA-376 CT_SheetData): the part
 * is read once with the streaming parser (saxes) to find where each row element starts and
 * ends; the document edited is the sheet without its rows, and a row is parsed into it only
 * when a cell of it is read or written. Written back, every row nobody asked for is its
 * original text, so a large sheet with a few flagged cells costs one scan, not a tree of
 * every cell. Returns undefined when the part's layout is not what the scan expects (the
 * caller then parses the whole part).
 */
export class LazyRows implements Rows {
  private readonly spans = new Map<number, Span>();
  private readonly order: Span[];
  private readonly parsed = new Map<number, XmlElement>();
  private readonly made = new Map<number, XmlElement>();

  private constructor(
    private readonly text: string,
    private readonly inner: { start: number; end: number },
    spans: Span[],
    readonly doc: XmlDocument,
    private readonly data: XmlElement,
    private readonly namespaces: string,
  ) {
    this.order = spans;
    for (const s of spans) this.spans.set(s.index, s);
  }

  static open(text: string, part: string): LazyRows | undefined {
    const found = scan(text);
    if (!found) return undefined;
    const { dataStart, dataEnd, inner, spans, prefix } = found;
    const doc = parseXml(`${text.slice(0, dataStart)}<${prefix}sheetData/>${text.slice(dataEnd)}`, part);
    const root = doc.documentElement as XmlElement;
    const data = children(root, "sheetData")[0];
    if (!data) return undefined;
    let namespaces = "";
    for (let i = 0; i < root.attributes.length; i++) {
      const a = root.attributes.item(i);
      if (a && (a.name === "xmlns" || a.name.startsWith("xmlns:")))
        namespaces += ` ${a.name}="${a.value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"`;
    }
    return new LazyRows(text, inner, spans, doc, data, namespaces);
  }

  get(index: number): XmlElement | undefined {
    const hit = this.parsed.get(index) ?? this.made.get(index);
    if (hit) return hit;
    if (!this.spans.has(index)) return undefined;
    this.prefetch([index]);
    return this.parsed.get(index);
  }

  /** Parses the rows at these indexes (those the sheet has and not parsed yet) in one go. */
  prefetch(indexes: Iterable<number>): void {
    const wanted = [...new Set(indexes)]
      .filter((i) => this.spans.has(i) && !this.parsed.has(i))
      .sort((a, b) => a - b)
      .map((i) => this.spans.get(i) as Span);
    if (wanted.length === 0) return;
    const body = wanted.map((s) => this.text.slice(s.start, s.end)).join("");
    const wrapped = parseXml(`<w${this.namespaces}>${body}</w>`, "rows");
    const rows = Array.from((wrapped.documentElement as XmlElement).childNodes).filter((n) => n.nodeType === 1);
    if (rows.length !== wanted.length) throw new Error("rows of the sheet could not be read again");
    rows.forEach((row, k) => {
      const el = this.doc.importNode(row, true) as XmlElement;
      el.setAttribute("r", String(wanted[k].index + 1));
      this.parsed.set(wanted[k].index, el);
    });
  }

  create(index: number): XmlElement {
    const el = createElement(this.data, "row");
    el.setAttribute("r", String(index + 1));
    this.made.set(index, el);
    return el;
  }

  /**
   * The part: the document serialised with the rows in their order, each row nobody asked
   * for as its original text (put in place of a marker comment this writer made, unique to
   * this call), the others as elements.
   */
  toXml(): string {
    const nonce = `mkt-row-${Math.random().toString(36).slice(2)}-`;
    const runs: string[] = [];
    while (this.data.firstChild) this.data.removeChild(this.data.firstChild);
    const keep = (from: number, to: number) => {
      if (to <= from) return;
      runs.push(this.text.slice(from, to));
      this.data.appendChild(this.doc.createComment(`${nonce}${runs.length - 1}`));
    };
    const made = [...this.made].sort((a, b) => a[0] - b[0]);
    let m = 0;
    let at = this.inner.start;
    for (const span of this.order) {
      while (m < made.length && made[m][0] < span.index) {
        keep(at, span.start);
        at = span.start;
        this.data.appendChild(made[m++][1]);
      }
      const el = this.parsed.get(span.index);
      if (!el) continue;
      keep(at, span.start);
      this.data.appendChild(el);
      at = span.end;
    }
    const lastEnd = this.order.length > 0 ? this.order[this.order.length - 1].end : this.inner.start;
    keep(at, Math.max(at, lastEnd));
    at = Math.max(at, lastEnd);
    while (m < made.length) this.data.appendChild(made[m++][1]);
    keep(at, this.inner.end);
    const xml = serializeXml(this.doc);
    if (runs.length === 0) return xml;
    const pieces = xml.split(new RegExp(`<!--${nonce}(\\d+)-->`));
    return pieces.map((p, i) => (i % 2 === 1 ? runs[Number(p)] : p)).join("");
  }
}

/** Where sheetData and its rows are in the part, from the streaming parser's positions. */
function scan(
  text: string,
):
  | { dataStart: number; dataEnd: number; inner: { start: number; end: number }; spans: Span[]; prefix: string }
  | undefined {
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  let ok = true;
  let dataStart = -1;
  let dataEnd = -1;
  let prefix = "";
  const inner = { start: -1, end: -1 };
  const spans: Span[] = [];
  let rowStart = -1;
  let rowIndex = -1;
  let implied = -1;
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  const startOf = (name: string) => {
    const at = parser.position - name.length - 2;
    if (text.slice(at, at + name.length + 1) !== `<${name}`) ok = false;
    return at;
  };
  parser.on("opentagstart", (tag) => {
    depth++;
    if (depth === 2 && local(tag.name) === "sheetData") {
      if (dataStart >= 0) ok = false;
      dataStart = startOf(tag.name);
      prefix = tag.name.includes(":") ? tag.name.slice(0, tag.name.indexOf(":") + 1) : "";
    } else if (depth === 3 && dataEnd < 0 && dataStart >= 0) {
      if (local(tag.name) === "row") rowStart = startOf(tag.name);
      else ok = false; // anything but rows in sheetData (e.g. markup compatibility): read it whole
    }
  });
  parser.on("opentag", (tag) => {
    if (depth === 2 && dataStart >= 0 && inner.start < 0 && local(tag.name) === "sheetData") {
      inner.start = parser.position;
      if (tag.isSelfClosing) inner.end = parser.position;
    }
    if (depth === 3 && rowStart >= 0) {
      const r = (tag.attributes as Record<string, string>).r;
      rowIndex = r !== undefined && /^\d+$/.test(r) ? Number(r) - 1 : implied + 1;
      if (rowIndex <= implied) ok = false; // rows out of order: read it whole
      implied = rowIndex;
    }
  });
  parser.on("closetag", (tag) => {
    if (depth === 3 && rowStart >= 0) {
      spans.push({ index: rowIndex, start: rowStart, end: parser.position });
      rowStart = -1;
    }
    if (depth === 2 && dataStart >= 0 && dataEnd < 0 && local(tag.name) === "sheetData") {
      dataEnd = parser.position;
      if (inner.end < 0) inner.end = dataEnd - tag.name.length - 3;
      if (text.slice(inner.end, dataEnd) !== (tag.isSelfClosing ? "" : `</${tag.name}>`) && !tag.isSelfClosing)
        ok = false;
    }
    depth--;
  });
  parser.on("comment", () => {
    if (depth === 2 && dataStart >= 0 && dataEnd < 0) ok = false;
  });
  try {
    parser.write(text).close();
  } catch {
    return undefined;
  }
  if (!ok || dataStart < 0 || dataEnd < 0 || inner.start < 0) return undefined;
  return { dataStart, dataEnd, inner, spans, prefix };
}
