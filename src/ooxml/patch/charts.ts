import type { ChartPlan } from "../../core/plan/types";
import { REL, relOfType } from "../rels";
import { chartPartXml } from "../../xlsx/charts/chart-xml";
import { drawingPartXml } from "../../xlsx/charts/drawing-xml";
import { parseXml } from "../xml/dom";
import type { PackageFiles } from "./files";
import type { SheetEditor } from "./sheet-editor";
import { addRelationship, CONTENT, declareContentType, relationshipsOf } from "./workbook";

/**
 * Charts drawn on a sheet: a chart part per chart (src/xlsx/charts/chart-xml), their anchors
 * in the sheet's drawing part (made, with the sheet's `<drawing r:id>` in its CT_Worksheet
 * place, when the sheet has none; else the anchors are added to the drawing it has), their
 * relationships and content types (ECMA-376 Part 2: every part typed, every relationship
 * resolving to a part).
 */
export function writeCharts(
  files: PackageFiles,
  sheet: SheetEditor,
  sheetName: string,
  charts: readonly ChartPlan[],
): void {
  if (charts.length === 0) return;
  const existing = relOfType(relationshipsOf(files, sheet.part), REL.drawing).find(
    (r) => r.id === sheet.relIdOf("drawing") && files.has(r.target),
  );
  const drawing = existing?.target ?? files.freeName("xl/drawings/drawing#.xml");
  const chartIds = charts.map((chart) => {
    const part = files.freeName("xl/charts/chart#.xml");
    files.setText(part, chartPartXml(chart, sheetName));
    declareContentType(files, part, CONTENT.chart);
    return addRelationship(files, drawing, "chart", part);
  });
  if (!existing) {
    files.setText(drawing, drawingPartXml(charts, chartIds));
    declareContentType(files, drawing, CONTENT.drawing);
    const relId = addRelationship(files, sheet.part, "drawing", drawing);
    const old = sheet.find("drawing");
    if (old) sheet.root.removeChild(old);
    sheet.setRelId(sheet.ensure("drawing"), relId);
    return;
  }
  const root = files.xml(drawing)?.documentElement;
  if (!root) throw new Error(`${drawing} has no root element`);
  // Shape ids are unique within a drawing: the new anchors' frames are numbered past the ones there.
  let maxId = 1;
  for (const el of Array.from(root.getElementsByTagNameNS("*", "cNvPr")))
    maxId = Math.max(maxId, Number(el.getAttribute("id")) || 0);
  const added = parseXml(drawingPartXml(charts, chartIds), drawing).documentElement!;
  for (const el of Array.from(added.getElementsByTagNameNS("*", "cNvPr"))) el.setAttribute("id", String(++maxId));
  const doc = root.ownerDocument!;
  for (let n = added.firstChild; n; n = n.nextSibling) root.appendChild(doc.importNode(n, true));
}
