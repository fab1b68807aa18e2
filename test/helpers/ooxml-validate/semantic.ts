import { strFromU8 } from "fflate";
import { descendants, elementChildren, kid, kids, NS, parseStrict, relId, root, type Element } from "./dom";
import { readPart, type Package } from "./package";
import { address, box, overlaps, relsPathOf, resolveTarget, type Box } from "./refs";

/** Internal relationships of a part: id -> resolved part name. */
function rels(pkg: Package, part: string): Map<string, string> {
  const out = new Map<string, string>();
  const bytes = pkg.get(relsPathOf(part));
  if (!bytes) return out;
  for (const r of elementChildren(root(parseStrict(strFromU8(bytes))))) {
    if (r.getAttribute("TargetMode") === "External") continue;
    const id = r.getAttribute("Id");
    const target = r.getAttribute("Target");
    if (id && target) out.set(id, resolveTarget(part, target));
  }
  return out;
}

/** The workbook part the package relationships name (Transitional or Strict). */
export function workbookPart(pkg: Package): string {
  const bytes = pkg.get("_rels/.rels");
  if (bytes) {
    for (const r of elementChildren(root(parseStrict(strFromU8(bytes))))) {
      const type = r.getAttribute("Type") ?? "";
      if (/\/officeDocument$/.test(type)) return resolveTarget("", r.getAttribute("Target") ?? "");
    }
  }
  return "xl/workbook.xml";
}

function textOf(el: Element): string {
  // the runs' text, leaving out phonetic (rPh) runs
  let s = "";
  const walk = (e: Element): void => {
    for (const c of elementChildren(e)) {
      if (c.localName === "rPh") continue;
      if (c.localName === "t") s += c.textContent ?? "";
      else walk(c);
    }
  };
  walk(el);
  return s;
}

function int(v: string | null, fallback: number): number {
  if (v === null || v === "") return fallback;
  const n = Number(v);
  return Number.isInteger(n) ? n : fallback;
}

const BAD_SHEET_NAME = /[[\]:*?/\\]/;

/** Cell contents a header rule compares: text, or a formula marker. */
type CellText = string | { formula: true };

/**
 * Rules Excel enforces that no schema carries. Each problem is one line naming the sheet,
 * cell or table, stable between an original and its copy (so `against` can compare).
 */
export function semanticProblems(pkg: Package): string[] {
  const probs: string[] = [];
  const wbPath = workbookPart(pkg);
  const wb = root(readPart(pkg, wbPath).doc);
  const wbRels = rels(pkg, wbPath);
  const typed = (re: RegExp): string | undefined => [...wbRels.values()].find((p) => re.test(p));
  const sstPath =
    typed(/sharedStrings\d*\.xml$/) ?? (pkg.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : undefined);
  const stylesPath = typed(/styles\d*\.xml$/) ?? (pkg.has("xl/styles.xml") ? "xl/styles.xml" : undefined);
  const sst = sstPath && pkg.has(sstPath) ? kids(root(readPart(pkg, sstPath).doc), "si").map(textOf) : [];
  const st = stylesPath && pkg.has(stylesPath) ? root(readPart(pkg, stylesPath).doc) : undefined;
  const cellXfs = st ? kid(st, "cellXfs") : undefined;
  const dxfs = st ? kid(st, "dxfs") : undefined;
  const nxf = st ? (cellXfs ? kids(cellXfs, "xf").length : 0) : 1;
  const ndxf = dxfs ? kids(dxfs, "dxf").length : 0;

  if (kids(wb, "definedNames").length > 1) probs.push("workbook: more than one definedNames element");
  const definedNames = new Set<string>();
  const definedAnyScope = new Set<string>();
  for (const dn of descendants(wb, "definedName")) {
    const name = (dn.getAttribute("name") ?? "").toLowerCase();
    const key = `${name}\u0000${dn.getAttribute("localSheetId") ?? ""}`;
    if (definedNames.has(key)) probs.push(`workbook: defined name ${dn.getAttribute("name")} twice in one scope`);
    definedNames.add(key);
    definedAnyScope.add(name);
  }

  const tableNames = new Map<string, string>();
  const sheetNames = new Set<string>();
  const sheetsEl = kid(wb, "sheets");
  for (const sh of sheetsEl ? kids(sheetsEl, "sheet") : []) {
    const nm = sh.getAttribute("name") ?? "";
    if (!nm || nm.length > 31 || BAD_SHEET_NAME.test(nm) || nm.startsWith("'") || nm.endsWith("'"))
      probs.push(`sheet name not allowed: ${JSON.stringify(nm)}`);
    if (sheetNames.has(nm.toLowerCase())) probs.push(`sheet name twice: ${nm}`);
    sheetNames.add(nm.toLowerCase());
    const id = relId(sh);
    const path = id ? wbRels.get(id) : undefined;
    if (!path || !pkg.has(path)) continue;
    const ws = root(readPart(pkg, path).doc);
    if (ws.localName !== "worksheet") continue;
    const wsRels = rels(pkg, path);
    const cells = new Map<string, CellText>();
    for (const c of descendants(ws, "c")) {
      const ref = c.getAttribute("r");
      const s = int(c.getAttribute("s"), 0);
      if (s >= nxf && !(s === 0 && nxf === 0)) probs.push(`${nm}!${ref}: style ${s} is past the ${nxf} cell formats`);
      const v = kid(c, "v");
      const t = c.getAttribute("t");
      if (t === "s" && v) {
        const i = int(v.textContent, -1);
        if (i < 0 || i >= sst.length)
          probs.push(`${nm}!${ref}: shared string ${v.textContent} is past the ${sst.length} strings`);
        else if (ref) cells.set(ref, sst[i]);
      } else if (t === "inlineStr" && ref) {
        const is = kid(c, "is");
        cells.set(ref, is ? textOf(is) : "");
      } else if (v && ref) {
        cells.set(ref, v.textContent ?? "");
      }
      if (kid(c, "f") && ref) cells.set(ref, { formula: true });
    }
    for (const rule of descendants(ws, "cfRule")) {
      const d = rule.getAttribute("dxfId");
      if (d !== null && int(d, -1) >= ndxf) probs.push(`${nm}: conditional format dxfId ${d} is past the ${ndxf} dxfs`);
    }
    for (const dv of descendants(ws, "dataValidation")) {
      for (const f of [...kids(dv, "formula1"), ...kids(dv, "formula2")]) {
        if ((f.textContent ?? "").length > 255)
          probs.push(`${nm}: a data-validation formula is longer than 255 characters`);
      }
    }
    const boxes: Box[] = [];
    const tableParts = kid(ws, "tableParts");
    for (const tp of tableParts ? kids(tableParts, "tablePart") : []) {
      const rid = relId(tp);
      const tpath = rid ? wsRels.get(rid) : undefined;
      if (!tpath || !pkg.has(tpath)) {
        probs.push(`${nm}: a tablePart points at a missing part`);
        continue;
      }
      const t = root(readPart(pkg, tpath).doc);
      const tn = t.getAttribute("name") ?? "";
      const shown = t.getAttribute("displayName") ?? "";
      for (const n of new Set([tn.toLowerCase(), shown.toLowerCase()])) {
        const other = tableNames.get(n);
        if (other !== undefined) probs.push(`table name ${n} used twice (${other}, ${nm})`);
        tableNames.set(n, nm);
        if (definedAnyScope.has(n)) probs.push(`table name ${n} equals a defined name`);
      }
      const tb = box(t.getAttribute("ref"));
      if (!tb) {
        probs.push(`${nm}: table ${tn} has no valid ref`);
        continue;
      }
      for (const b of boxes) if (overlaps(tb, b)) probs.push(`${nm}: table ${tn} overlaps another table`);
      boxes.push(tb);
      const af = kid(t, "autoFilter");
      const afBox = af ? box(af.getAttribute("ref")) : null;
      if (af && afBox && (afBox[0] < tb[0] || afBox[2] > tb[2] || afBox[1] !== tb[1] || afBox[3] > tb[3]))
        probs.push(`${nm}: table ${tn} autoFilter ${af.getAttribute("ref")} is outside ${t.getAttribute("ref")}`);
      const colsEl = kid(t, "tableColumns");
      const cols = colsEl ? kids(colsEl, "tableColumn") : [];
      const width = tb[2] - tb[0] + 1;
      if (cols.length !== width) probs.push(`${nm}: table ${tn} has ${cols.length} columns for a range ${width} wide`);
      const seen = new Set<string>();
      const header = int(t.getAttribute("headerRowCount"), 1) !== 0;
      cols.forEach((col, i) => {
        // Excel escapes a line break in a column name as _x000a_
        const cn = (col.getAttribute("name") ?? "").replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) =>
          String.fromCharCode(parseInt(h, 16)),
        );
        if (seen.has(cn.toLowerCase())) probs.push(`${nm}: table ${tn} names column ${JSON.stringify(cn)} twice`);
        seen.add(cn.toLowerCase());
        if (!header) return;
        const a = address(tb[0] + i, tb[1]);
        const cv = cells.get(a);
        if (typeof cv === "object") probs.push(`${nm}!${a}: table ${tn}'s header is a formula`);
        else if ((cv ?? "") !== cn)
          probs.push(
            `${nm}!${a}: table ${tn}'s header cell ${JSON.stringify(cv ?? "")} differs from its column name ${JSON.stringify(cn)}`,
          );
      });
    }
  }
  return probs;
}

export { NS };
