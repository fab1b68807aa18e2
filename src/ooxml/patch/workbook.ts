import type { PackageFiles } from "./files";
import { relsPartOf, resolveTarget, type Relationship } from "../rels";
import {
  appendNew,
  attrByLocal,
  child,
  children,
  createElement,
  ensureChild,
  setText,
  textOf,
  xmlSafe,
  type XmlDocument,
  type XmlElement,
} from "../xml/dom";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
export const CONTENT = {
  worksheet: `${SML}.worksheet+xml`,
  comments: `${SML}.comments+xml`,
  styles: `${SML}.styles+xml`,
  table: `${SML}.table+xml`,
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS_NS}"/>`;
const EMPTY_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${TYPES_NS}"/>`;

/** "xl/worksheets/sheet1.xml" relative to the folder of "xl/workbook.xml": "worksheets/sheet1.xml". */
export function relative(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let k = 0;
  while (k < base.length && k < target.length - 1 && base[k] === target[k]) k++;
  return [...base.slice(k).map(() => ".."), ...target.slice(k)].join("/");
}

const rootOf = (doc: XmlDocument | undefined, part: string): XmlElement => {
  const root = doc?.documentElement;
  if (!root) throw new Error(`${part} has no root element`);
  return root;
};

/** Adds a relationship from `source` to `target`; returns its id (`rId<n>`, free in that part). */
export function addRelationship(files: PackageFiles, source: string, type: string, target: string): string {
  const part = relsPartOf(source);
  const root = rootOf(
    files.xml(part, () => EMPTY_RELS),
    part,
  );
  const rels = children(root, "Relationship");
  const ids = new Set(rels.map((r) => r.getAttribute("Id")));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  appendNew(root, "Relationship", { Id: id, Type: `${REL_NS}/${type}`, Target: xmlSafe(relative(source, target)) });
  return id;
}

/** Removes the relationship `id` of `source`. */
export function removeRelationship(files: PackageFiles, source: string, id: string): void {
  const part = relsPartOf(source);
  if (!files.has(part)) return;
  const root = rootOf(files.xml(part), part);
  for (const r of children(root, "Relationship")) if (r.getAttribute("Id") === id) root.removeChild(r);
}

/** Declares a part's content type ([Content_Types].xml Override), or an extension's default. */
export function declareContentType(files: PackageFiles, part: string, type: string, byExtension = false): void {
  const root = rootOf(
    files.xml("[Content_Types].xml", () => EMPTY_TYPES),
    "[Content_Types].xml",
  );
  if (byExtension) {
    const ext = part.slice(part.lastIndexOf(".") + 1);
    if (children(root, "Default").some((d) => (d.getAttribute("Extension") ?? "").toLowerCase() === ext.toLowerCase()))
      return;
    // Defaults come before overrides (ECMA-376 Part 2, CT_Types is a choice, kept tidy).
    const el = createElement(root, "Default");
    el.setAttribute("Extension", ext);
    el.setAttribute("ContentType", type);
    root.insertBefore(el, children(root, "Override")[0] ?? null);
    return;
  }
  undeclareContentType(files, part);
  appendNew(root, "Override", { PartName: `/${part}`, ContentType: type });
}

export function undeclareContentType(files: PackageFiles, part: string): void {
  const root = files.xml("[Content_Types].xml")?.documentElement;
  if (!root) return;
  for (const o of children(root, "Override"))
    if ((o.getAttribute("PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase()) root.removeChild(o);
}

/** The workbook part (sheets, defined names, views, calculation), edited as a document. */
export class WorkbookEditor {
  private readonly root: XmlElement;

  constructor(
    private readonly files: PackageFiles,
    readonly part: string,
  ) {
    this.root = rootOf(files.xml(part), part);
  }

  private sheetElements(): XmlElement[] {
    const sheets = child(this.root, "sheets");
    return sheets ? children(sheets, "sheet") : [];
  }

  private relIdOf(sheet: XmlElement): string | undefined {
    return sheet.getAttributeNS(REL_NS, "id") || attrByLocal(sheet, "id");
  }

  /** The defined names of the workbook (global and local), as Excel compares them: case-insensitively unique. */
  definedNames(): string[] {
    const names = child(this.root, "definedNames");
    return names ? children(names, "definedName").map((d) => d.getAttribute("name") ?? "") : [];
  }

  /**
   * Adds a sheet at the end of the tab order, or first. A sheet put first shifts the
   * positions that count sheets by index: definedName localSheetId and the workbook
   * view's activeTab and firstSheet (ECMA-376 Part 1, §18.2.5 definedName, §18.2.30 workbookView).
   */
  addSheet(name: string, sheetPart: string, state?: "hidden" | "veryHidden", first = false): void {
    const tags = this.sheetElements();
    const ids = tags.map((t) => Number(t.getAttribute("sheetId") ?? 0));
    const relId = addRelationship(this.files, this.part, "worksheet", sheetPart);
    const sheets = ensureChild(this.root, "sheets", "workbook");
    const el = createElement(sheets, "sheet");
    el.setAttribute("name", xmlSafe(name));
    el.setAttribute("sheetId", String(Math.max(0, ...ids.filter(Number.isFinite)) + 1));
    if (state) el.setAttribute("state", state);
    const prefix = this.root.lookupPrefix(REL_NS) ?? "r";
    el.setAttributeNS(REL_NS, `${prefix}:id`, relId);
    if (first && tags.length > 0) {
      this.shiftIndexes(1);
      sheets.insertBefore(el, tags[0]);
    } else sheets.appendChild(el);
    declareContentType(this.files, sheetPart, CONTENT.worksheet);
  }

  private views(): XmlElement[] {
    const views = child(this.root, "bookViews");
    return views ? children(views, "workbookView") : [];
  }

  private localNames(): XmlElement[] {
    const names = child(this.root, "definedNames");
    return names ? children(names, "definedName") : [];
  }

  private shiftIndexes(by: number): void {
    for (const el of this.localNames()) {
      const local = el.getAttribute("localSheetId");
      if (local !== null && local !== "") el.setAttribute("localSheetId", String(Number(local) + by));
    }
    for (const view of this.views()) {
      const active = view.getAttribute("activeTab");
      if (active !== null && active !== "") view.setAttribute("activeTab", String(Number(active) + by));
    }
  }

  /** Makes the sheet at `index` (in tab order) the one shown when the workbook opens. */
  activate(index: number): void {
    let view = this.views()[0];
    if (!view) view = appendNew(ensureChild(this.root, "bookViews", "workbook"), "workbookView");
    view.setAttribute("activeTab", String(index));
    const firstSheet = view.getAttribute("firstSheet");
    if (firstSheet !== null && firstSheet !== "" && Number(firstSheet) > index)
      view.setAttribute("firstSheet", String(index));
  }

  /** Index of a sheet in tab order by name (case-insensitive), -1 when absent. */
  indexOf(name: string): number {
    return this.sheetElements().findIndex((t) => (t.getAttribute("name") ?? "").toLowerCase() === name.toLowerCase());
  }

  /** The relationship id of a sheet by name (case-insensitive). */
  relIdByName(name: string): string | undefined {
    const el = this.sheetElements().find((t) => (t.getAttribute("name") ?? "").toLowerCase() === name.toLowerCase());
    return el ? this.relIdOf(el) : undefined;
  }

  /** Names of the sheets in tab order. */
  sheetNames(): string[] {
    return this.sheetElements().map((t) => t.getAttribute("name") ?? "");
  }

  /** Adds (or replaces) a defined name (e.g. _xlnm.Print_Titles) local to the sheet at `index`. */
  addLocalName(name: string, index: number, formula: string): void {
    // definedNames follows sheets, functionGroups and externalReferences (§18.2.27 CT_Workbook).
    const names = ensureChild(this.root, "definedNames", "workbook");
    const same = children(names, "definedName").find(
      (d) => d.getAttribute("name") === name && d.getAttribute("localSheetId") === String(index),
    );
    const el = same ?? appendNew(names, "definedName", { name, localSheetId: index });
    setText(el, formula);
  }

  /** Removes a sheet by its relationship id; names local to it go too, later ones shift down. */
  removeSheet(relId: string): void {
    const tags = this.sheetElements();
    const index = tags.findIndex((t) => this.relIdOf(t) === relId);
    if (index < 0) return;
    tags[index].parentNode?.removeChild(tags[index]);
    const names = child(this.root, "definedNames");
    for (const el of this.localNames()) {
      const local = el.getAttribute("localSheetId");
      if (local === null || local === "") continue;
      const k = Number(local);
      if (k === index) names?.removeChild(el);
      else if (k > index) el.setAttribute("localSheetId", String(k - 1));
    }
    // An emptied definedNames goes too: Excel writes none rather than an empty one.
    if (names && children(names, "definedName").length === 0) this.root.removeChild(names);
    for (const view of this.views()) {
      for (const a of ["activeTab", "firstSheet"]) {
        const v = view.getAttribute(a);
        if (v !== null && v !== "" && Number(v) >= index && Number(v) > 0) view.setAttribute(a, String(Number(v) - 1));
      }
    }
    removeRelationship(this.files, this.part, relId);
  }

  setState(relId: string, state: "visible" | "hidden" | "veryHidden"): void {
    for (const tag of this.sheetElements()) {
      if (this.relIdOf(tag) !== relId) continue;
      if (state === "visible") tag.removeAttribute("state");
      else tag.setAttribute("state", state);
    }
  }

  /** Excel and LibreOffice recalculate every formula when the workbook opens (§18.2.2 calcPr fullCalcOnLoad). */
  calculateOnLoad(): void {
    ensureChild(this.root, "calcPr", "workbook").setAttribute("fullCalcOnLoad", "1");
  }

  /** The global defined name's formula text, for tests and readers. */
  nameText(name: string): string | undefined {
    const el = this.localNames().find((d) => d.getAttribute("name") === name);
    return el ? textOf(el) : undefined;
  }

  /** Kept for callers: the document is written when the package is zipped. */
  save(): void {}
}

/** The relationships of `source` as the package holds them now (edits included), targets resolved. */
export function relationshipsOf(files: PackageFiles, source: string): Relationship[] {
  const part = relsPartOf(source);
  if (!files.has(part)) return [];
  const root = files.readXml(part)?.documentElement;
  if (!root) return [];
  return children(root, "Relationship").map((r) => {
    const external = r.getAttribute("TargetMode") === "External";
    const target = r.getAttribute("Target") ?? "";
    let resolved = target;
    if (!external) {
      try {
        resolved = resolveTarget(source, decodeURI(target));
      } catch {
        resolved = resolveTarget(source, target);
      }
    }
    return { id: r.getAttribute("Id") ?? "", type: r.getAttribute("Type") ?? "", target: resolved, external };
  });
}
