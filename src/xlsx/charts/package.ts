import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { ChartPlan } from "../../core/plan/types";
import { openXlsx } from "../../ooxml/read";
import { relsPartOf } from "../../ooxml/rels";
import { chartPartXml } from "./chart-xml";
import { drawingPartXml } from "./drawing-xml";
import { insertDrawing } from "./sheet-xml";
import { xmlText } from "./xml-text";

/**
 * Charts written into an .xlsx package: ExcelJS writes none, so after it has written the
 * workbook this adds, for each sheet with charts, a drawing part with one anchored
 * graphic frame per chart, a chart part per chart, their relationships, the sheet's
 * `<drawing r:id>` and the content-type overrides (ECMA-376 Part 2, Open Packaging
 * Conventions: every part has a content type, every relationship resolves to a part).
 */

const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetCharts {
  /** The sheet's actual name in the workbook. */
  readonly sheet: string;
  readonly charts: readonly ChartPlan[];
}

function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`;
}

function withRelationship(existing: string | undefined, rel: string): string {
  if (existing === undefined)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${rel}</Relationships>`;
  const end = existing.lastIndexOf("</Relationships>");
  if (end < 0) {
    // An empty, self-closed list.
    const open = existing.lastIndexOf("/>");
    return `${existing.slice(0, open)}>${rel}</Relationships>${existing.slice(open + 2)}`;
  }
  return existing.slice(0, end) + rel + existing.slice(end);
}

function withOverrides(types: string, parts: readonly { part: string; type: string }[]): string {
  const end = types.lastIndexOf("</Types>");
  if (end < 0) throw new Error("[Content_Types].xml has no </Types>");
  const add = parts.map((p) => `<Override PartName="/${p.part}" ContentType="${p.type}"/>`).join("");
  return types.slice(0, end) + add + types.slice(end);
}

/** The relationship target from the part `from` to the part `to` ("xl/worksheets/sheet1.xml" -> "../drawings/drawing1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let k = 0;
  while (k < a.length && k < b.length - 1 && a[k] === b[k]) k++;
  return [...a.slice(k).map(() => ".."), ...b.slice(k)].join("/");
}

function nextNumber(names: Iterable<string>, pattern: RegExp): number {
  let max = 0;
  for (const n of names) {
    const m = pattern.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** `bytes` (an .xlsx package) with the charts added; the package as it was when there are none. */
export function addChartsToPackage(bytes: Uint8Array, sheets: readonly SheetCharts[]): Uint8Array {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return bytes;
  const pkg = openXlsx(bytes);
  const files: Zippable = unzipSync(bytes);
  const text = (part: string) => (files[part] instanceof Uint8Array ? strFromU8(files[part] as Uint8Array) : undefined);
  let drawingNo = nextNumber(Object.keys(files), /^xl\/drawings\/drawing(\d+)\.xml$/);
  let chartNo = nextNumber(Object.keys(files), /^xl\/charts\/chart(\d+)\.xml$/);
  const overrides: { part: string; type: string }[] = [];
  for (const { sheet, charts } of wanted) {
    const found = pkg.sheets.find((s) => s.name === sheet);
    if (!found) throw new Error(`no sheet "${sheet}" in the package to draw charts on`);
    const rels = pkg.rels.get(found.part) ?? [];
    if (rels.some((r) => r.type === REL_TYPE.drawing))
      throw new Error(`sheet "${sheet}" already has a drawing; charts are only added to sheets without one`);
    const drawing = `xl/drawings/drawing${drawingNo++}.xml`;
    const chartIds = charts.map((_, i) => `rId${i + 1}`);
    let drawingRels: string | undefined;
    charts.forEach((chart, i) => {
      const part = `xl/charts/chart${chartNo++}.xml`;
      files[part] = strToU8(chartPartXml(chart, sheet));
      overrides.push({ part, type: CONTENT_TYPE.chart });
      drawingRels = withRelationship(
        drawingRels,
        relationshipXml(chartIds[i], REL_TYPE.chart, relativeTarget(drawing, part)),
      );
    });
    files[drawing] = strToU8(drawingPartXml(charts, chartIds));
    files[relsPartOf(drawing)] = strToU8(drawingRels ?? "");
    overrides.push({ part: drawing, type: CONTENT_TYPE.drawing });

    const taken = new Set(rels.map((r) => r.id));
    let n = rels.length + 1;
    while (taken.has(`rId${n}`)) n++;
    const relId = `rId${n}`;
    const sheetRels = relsPartOf(found.part);
    const rel = relationshipXml(relId, REL_TYPE.drawing, relativeTarget(found.part, drawing));
    files[sheetRels] = strToU8(withRelationship(text(sheetRels), rel));
    const sheetXml = text(found.part);
    if (sheetXml === undefined) throw new Error(`the package has no part ${found.part}`);
    files[found.part] = strToU8(insertDrawing(sheetXml, relId));
  }
  const types = text("[Content_Types].xml");
  if (types === undefined) throw new Error("the package has no [Content_Types].xml");
  files["[Content_Types].xml"] = strToU8(withOverrides(types, overrides));
  return zipSync(files, { level: 6 });
}
