import { cellAddress, parseCell, type CellRef } from "../../core/plan/address";
import { dateSerial } from "../../core/plan/dates";
import type { FormulaResult, PlanCell } from "../../core/plan/types";
import { withFuturePrefixes } from "../../xlsx/future-functions";
import { parseRef } from "../sheet";
import {
  appendNew,
  attrByLocal,
  child,
  children,
  createElement,
  ensureChild,
  insertChild,
  parseXml,
  serializeXml,
  setText,
  type XmlDocument,
  type XmlElement,
} from "../xml/dom";
import { DocumentRows, LazyRows, type Rows } from "./sheet-rows";
import { REL_NS } from "./workbook";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The worksheet part of a new sheet (CT_Worksheet's required sheetData, Excel's usual view and margins). */
export const EMPTY_SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
  `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

/**
 * A worksheet part as a document: cells found or made in row and column order, and every
 * other child of the sheet made or found in its CT_Worksheet place (./xml/schema-order).
 * Rows and cells written without an `r` get one when the sheet is indexed.
 */
export class SheetEditor {
  readonly root: XmlElement;
  private readonly cells = new Map<number, Map<number, XmlElement>>();

  /** `sharedString(i)`: the text of shared string `i` (the package's sharedStrings part), for `displayText`. */
  constructor(
    readonly doc: XmlDocument,
    readonly part: string,
    private readonly sharedString: (index: number) => string | undefined = () => undefined,
    private rowStore?: Rows,
  ) {
    const root = doc.documentElement;
    if (!root) throw new Error(`${part} has no root element`);
    this.root = root;
  }

  /** A worksheet part to edit whose rows are parsed only when asked for (./sheet-rows), else whole. */
  static open(text: string, part: string, sharedString?: (index: number) => string | undefined): SheetEditor {
    const lazy = LazyRows.open(text, part);
    return lazy
      ? new SheetEditor(lazy.doc, part, sharedString, lazy)
      : new SheetEditor(parseXml(text, part), part, sharedString);
  }

  /** The part as text. */
  toXml(): string {
    return this.rowStore instanceof LazyRows ? this.rowStore.toXml() : serializeXml(this.doc);
  }

  ensure(name: string): XmlElement {
    return ensureChild(this.root, name, "worksheet");
  }

  find(name: string): XmlElement | undefined {
    return child(this.root, name);
  }

  /** A new child of the sheet, placed after any of the same name (conditionalFormatting is repeated). */
  add(name: string): XmlElement {
    return insertChild(this.root, createElement(this.root, name), "worksheet");
  }

  private sheetData(): XmlElement {
    return this.ensure("sheetData");
  }

  private rowSource(): Rows {
    this.rowStore ??= new DocumentRows(this.sheetData());
    return this.rowStore;
  }

  private row(index: number): XmlElement {
    const rows = this.rowSource();
    return rows.get(index) ?? rows.create(index);
  }

  private cellIndex(rowIndex: number, row: XmlElement): Map<number, XmlElement> {
    const hit = this.cells.get(rowIndex);
    if (hit) return hit;
    const cells = new Map<number, XmlElement>();
    let col = -1;
    for (const c of children(row, "c")) {
      const r = c.getAttribute("r");
      col = r ? parseRef(r, this.part).col : col + 1;
      if (!r) c.setAttribute("r", cellAddress({ row: rowIndex, col }));
      cells.set(col, c);
    }
    this.cells.set(rowIndex, cells);
    return cells;
  }

  /** The cell element at (row, col), made (empty) in its row and column order when absent. */
  cell(at: CellRef): XmlElement {
    const row = this.row(at.row);
    const cells = this.cellIndex(at.row, row);
    const hit = cells.get(at.col);
    if (hit) return hit;
    const el = createElement(row, "c");
    el.setAttribute("r", cellAddress(at));
    let next: XmlElement | null = null;
    let nextCol = Infinity;
    for (const [k, c] of cells)
      if (k > at.col && k < nextCol) {
        next = c;
        nextCol = k;
      }
    // A row's extLst follows its cells (CT_Row).
    row.insertBefore(el, next ?? child(row, "extLst") ?? null);
    cells.set(at.col, el);
    return el;
  }

  /** Reads the rows at these indexes ahead, in one parse (rows of a large sheet are read on demand). */
  prefetchRows(indexes: Iterable<number>): void {
    this.rowSource().prefetch?.(indexes);
  }

  /** Whether the sheet has a cell element at (row, col). */
  has(at: CellRef): boolean {
    const row = this.rowSource().get(at.row);
    return row !== undefined && this.cellIndex(at.row, row).has(at.col);
  }

  /** The cell's style index (0 when it has none or the cell is absent). */
  styleOf(at: CellRef): number {
    const row = this.rowSource().get(at.row);
    const c = row && this.cellIndex(at.row, row).get(at.col);
    return Number(c?.getAttribute("s") ?? 0) || 0;
  }

  setStyle(at: CellRef, s: number): void {
    const c = this.cell(at);
    if (s > 0) c.setAttribute("s", String(s));
    else c.removeAttribute("s");
  }

  /** The text of a cell written by this editor or with an inline string; undefined for other kinds. */
  inlineText(at: CellRef): string | undefined {
    const row = this.rowSource().get(at.row);
    const c = row && this.cellIndex(at.row, row).get(at.col);
    if (!c || c.getAttribute("t") !== "inlineStr") return undefined;
    const is = child(c, "is");
    return is ? (is.textContent ?? "") : "";
  }

  /** Whether the cell holds text as a constant (a shared or inline string, no formula). */
  isTextConstant(at: CellRef): boolean {
    const row = this.rowSource().get(at.row);
    const c = row && this.cellIndex(at.row, row).get(at.col);
    return c !== undefined && ["s", "inlineStr"].includes(c.getAttribute("t") ?? "") && !child(c, "f");
  }

  /** The text a cell shows when it holds a constant or a cached result (undefined: empty, or unknown). */
  displayText(at: CellRef): string | undefined {
    const row = this.rowSource().get(at.row);
    const c = row && this.cellIndex(at.row, row).get(at.col);
    if (!c) return undefined;
    const t = c.getAttribute("t") ?? "n";
    if (t === "inlineStr") return this.inlineText(at);
    const v = child(c, "v")?.textContent ?? undefined;
    if (v === undefined) return undefined;
    if (t === "s") return this.sharedString(Number(v));
    if (t === "b") return v === "1" ? "TRUE" : "FALSE";
    return v;
  }

  /**
   * Writes a plan cell: text as an inline string (the shared strings part is never touched),
   * formulas with `_xlfn.` prefixes and their cached result when core knows it. The style stays.
   */
  setValue(at: CellRef, value: PlanCell): void {
    const c = this.cell(at);
    for (const k of [...children(c)]) if (k.localName !== "extLst") c.removeChild(k);
    for (const a of ["t", "cm", "vm"]) c.removeAttribute(a);
    const put = (name: "f" | "v" | "is", text?: string) => {
      const el = insertChild(c, createElement(c, name), "c");
      if (text !== undefined) setText(el, text);
      return el;
    };
    const inline = (text: string) => {
      c.setAttribute("t", "inlineStr");
      const t = appendNew(put("is"), "t");
      if (/^\s|\s$|\n/.test(text)) t.setAttributeNS(XML_NS, "xml:space", "preserve");
      setText(t, text);
    };
    if (value === null) return;
    if (typeof value === "string") {
      if (value !== "") inline(value);
      return;
    }
    if (typeof value === "number") {
      if (Number.isFinite(value)) put("v", String(value));
      else {
        c.setAttribute("t", "e");
        put("v", "#NUM!");
      }
      return;
    }
    if (typeof value === "boolean") {
      c.setAttribute("t", "b");
      put("v", value ? "1" : "0");
      return;
    }
    if ("date" in value) {
      put("v", String(dateSerial(value.date)));
      return;
    }
    put("f", withFuturePrefixes(value.formula.replace(/^=/, "")));
    writeResult(c, value.result, (text) => put("v", text));
  }

  /** The r:id of the sheet's `<legacyDrawing>`, if any. */
  relIdOf(name: "legacyDrawing" | "drawing"): string | undefined {
    const el = this.find(name);
    return el ? el.getAttributeNS(REL_NS, "id") || attrByLocal(el, "id") : undefined;
  }

  /** Adds `<name r:id>` (drawing, legacyDrawing, tablePart's parent handled by the caller) in its schema place. */
  setRelId(el: XmlElement, relId: string): void {
    const prefix = el.lookupPrefix(REL_NS) ?? "r";
    el.setAttributeNS(REL_NS, `${prefix}:id`, relId);
  }
}

function writeResult(c: XmlElement, r: FormulaResult | undefined, put: (text: string) => void): void {
  if (r === undefined) return;
  if (typeof r === "number") {
    if (Number.isFinite(r)) put(String(r));
    return;
  }
  if (typeof r === "boolean") {
    c.setAttribute("t", "b");
    put(r ? "1" : "0");
    return;
  }
  if (typeof r === "string") {
    c.setAttribute("t", "str");
    put(r);
    return;
  }
  c.setAttribute("t", "e");
  put(r.error);
}

export const cellRef = parseCell;
