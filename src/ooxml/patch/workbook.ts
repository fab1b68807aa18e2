import type { PackageFiles } from "./files";
import { attr, elementRegex, escapeXml, rootPrefix, setAttr } from "./xml-text";
import { relsPartOf } from "../rels";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
export const CONTENT = {
  worksheet: `${SML}.worksheet+xml`,
  comments: `${SML}.comments+xml`,
  styles: `${SML}.styles+xml`,
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** "xl/worksheets/sheet1.xml" relative to the folder of "xl/workbook.xml": "worksheets/sheet1.xml". */
function relative(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let k = 0;
  while (k < base.length && k < target.length - 1 && base[k] === target[k]) k++;
  return [...base.slice(k).map(() => ".."), ...target.slice(k)].join("/");
}

/** Adds a relationship from `source` to `target`; returns its id. */
export function addRelationship(files: PackageFiles, source: string, type: string, target: string): string {
  const part = relsPartOf(source);
  let xml = files.text(part) ?? EMPTY_RELS;
  const ids = new Set([...xml.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const el = `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${escapeXml(relative(source, target))}"/>`;
  xml = xml.includes("</Relationships>")
    ? xml.replace("</Relationships>", `${el}</Relationships>`)
    : xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${el}</Relationships>`);
  files.setText(part, xml);
  return id;
}

/** Removes the relationship `id` of `source`. */
export function removeRelationship(files: PackageFiles, source: string, id: string): void {
  const part = relsPartOf(source);
  const xml = files.text(part);
  if (xml === undefined) return;
  files.setText(
    part,
    xml.replace(/<Relationship\b[^>]*\/>/g, (el) => (attr(el, "Id") === id ? "" : el)),
  );
}

/** Declares a part's content type ([Content_Types].xml Override), or an extension's default. */
export function declareContentType(files: PackageFiles, part: string, type: string, byExtension = false): void {
  const name = "[Content_Types].xml";
  let xml = files.text(name) ?? "";
  if (byExtension) {
    const ext = part.slice(part.lastIndexOf(".") + 1);
    if (new RegExp(`<Default\\b[^>]*Extension="${ext}"`, "i").test(xml)) return;
    xml = xml.replace("</Types>", `<Default Extension="${ext}" ContentType="${type}"/></Types>`);
  } else {
    xml = xml.replace(/<Override\b[^>]*\/>/g, (el) => (attr(el, "PartName") === `/${part}` ? "" : el));
    xml = xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  }
  files.setText(name, xml);
}

export function undeclareContentType(files: PackageFiles, part: string): void {
  const name = "[Content_Types].xml";
  const xml = files.text(name);
  if (xml !== undefined)
    files.setText(
      name,
      xml.replace(/<Override\b[^>]*\/>/g, (el) => (attr(el, "PartName") === `/${part}` ? "" : el)),
    );
}

/** The workbook part's `<sheet>` list, edited as text. */
export class WorkbookEditor {
  private xml: string;
  private readonly p: string;

  constructor(
    private readonly files: PackageFiles,
    readonly part: string,
  ) {
    this.xml = files.text(part) ?? "";
    this.p = rootPrefix(this.xml);
  }

  private sheetTags(): string[] {
    return this.xml.match(elementRegex(this.p, "sheet")) ?? [];
  }

  /**
   * Adds a sheet at the end of the tab order, or first. A sheet put first shifts the
   * positions that count sheets by index: definedName localSheetId and the workbook
   * view's activeTab and firstSheet (ECMA-376 Part 1, §18.2.5 definedName, §18.2.30 workbookView).
   */
  addSheet(name: string, sheetPart: string, state?: "hidden" | "veryHidden", first = false): void {
    const tags = this.sheetTags();
    const ids = tags.map((t) => Number(attr(t, "sheetId") ?? 0));
    const relId = addRelationship(this.files, this.part, "worksheet", sheetPart);
    const el =
      `<${this.p}sheet xmlns:r="${REL_NS}" name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}"` +
      `${state ? ` state="${state}"` : ""} r:id="${relId}"/>`;
    if (first && tags.length > 0) {
      this.shiftIndexes(1);
      const at = this.xml.indexOf(tags[0]);
      this.xml = this.xml.slice(0, at) + el + this.xml.slice(at);
    } else this.xml = this.xml.replace(`</${this.p}sheets>`, `${el}</${this.p}sheets>`);
    declareContentType(this.files, sheetPart, CONTENT.worksheet);
  }

  private shiftIndexes(by: number): void {
    this.xml = this.xml.replace(elementRegex(this.p, "definedName"), (el) => {
      const local = attr(el, "localSheetId");
      return local === undefined ? el : el.replace(/localSheetId="\d+"/, `localSheetId="${Number(local) + by}"`);
    });
    this.xml = this.xml.replace(/<([\w.-]*:)?workbookView\b[^>]*>/g, (tag) => {
      const active = attr(tag, "activeTab");
      return active === undefined ? tag : setAttr(tag, "activeTab", String(Number(active) + by));
    });
  }

  /** Makes the sheet at `index` (in tab order) the one shown when the workbook opens. */
  activate(index: number): void {
    this.xml = this.xml.replace(/<([\w.-]*:)?workbookView\b[^>]*>/, (tag) => {
      let out = setAttr(tag, "activeTab", String(index));
      const firstSheet = attr(out, "firstSheet");
      if (firstSheet !== undefined && Number(firstSheet) > index) out = setAttr(out, "firstSheet", String(index));
      return out;
    });
  }

  /** Index of a sheet in tab order by name (case-insensitive), -1 when absent. */
  indexOf(name: string): number {
    return this.sheetTags().findIndex((t) => (attr(t, "name") ?? "").toLowerCase() === name.toLowerCase());
  }

  /** Adds a defined name (e.g. _xlnm.Print_Titles) local to the sheet at `index`. */
  addLocalName(name: string, index: number, formula: string): void {
    const el = `<${this.p}definedName name="${name}" localSheetId="${index}">${escapeXml(formula)}</${this.p}definedName>`;
    const close = `</${this.p}definedNames>`;
    if (this.xml.includes(close)) {
      this.xml = this.xml.replace(close, `${el}${close}`);
      return;
    }
    // definedNames follows sheets, functionGroups and externalReferences (§18.2.27 CT_Workbook).
    const after = [`</${this.p}externalReferences>`, `</${this.p}sheets>`].find((t) => this.xml.includes(t));
    if (after) this.xml = this.xml.replace(after, `${after}<${this.p}definedNames>${el}${close}`);
  }

  /** Removes a sheet by its relationship id; names local to it go too, later ones shift down. */
  removeSheet(relId: string): void {
    const tags = this.sheetTags();
    const index = tags.findIndex(
      (t) => /\s[\w.-]*:?id\s*=\s*"([^"]*)"/.exec(t.replace(/\ssheetId\s*=\s*"[^"]*"/, ""))?.[1] === relId,
    );
    if (index < 0) return;
    this.xml = this.xml.replace(tags[index], "");
    this.xml = this.xml.replace(elementRegex(this.p, "definedName"), (el) => {
      const local = attr(el, "localSheetId");
      if (local === undefined) return el;
      const k = Number(local);
      if (k === index) return "";
      return k > index ? el.replace(/localSheetId="\d+"/, `localSheetId="${k - 1}"`) : el;
    });
    this.xml = this.xml.replace(/<([\w.-]*:)?workbookView\b[^>]*>/g, (tag) => {
      let out = tag;
      for (const a of ["activeTab", "firstSheet"]) {
        const v = attr(out, a);
        if (v !== undefined && Number(v) >= index && Number(v) > 0) out = setAttr(out, a, String(Number(v) - 1));
      }
      return out;
    });
    removeRelationship(this.files, this.part, relId);
  }

  setState(relId: string, state: "visible" | "hidden" | "veryHidden"): void {
    for (const tag of this.sheetTags()) {
      if (!tag.includes(`"${relId}"`)) continue;
      const next = state === "visible" ? tag.replace(/\sstate\s*=\s*"[^"]*"/, "") : setAttr(tag, "state", state);
      this.xml = this.xml.replace(tag, next);
    }
  }

  save(): void {
    this.files.setText(this.part, this.xml);
  }
}
