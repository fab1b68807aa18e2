import { strFromU8 } from "fflate";
import type { AppliedPlanSummary, SheetPlan, WorkbookPlan } from "../../core/plan";
import { actualSheetName, resolveNames } from "../../core/plan/resolve";
import { STATE_SHEET } from "../../core/checks/flags/state";
import { parseCellAddress } from "../../core/sheet";
import { REL, relOfType, relsPartOf, relsReader } from "../rels";
import type { XlsxPackage } from "../read";
import { xmlSink } from "../xml";
import { PackageFiles } from "./files";
import { patchComments, patchVml, type NoteChange } from "./notes";
import { newSheetXml, quoteSheet } from "./new-sheet";
import { addChartsToPackage, type SheetCharts } from "../../xlsx/charts/package";
import { insertSheetChild } from "../../xlsx/charts/sheet-xml";
import { legacyDrawingId, restyleCells, type Restyle } from "./sheet-xml";
import { StylesEditor, unsupportedFormat } from "./styles";
import { addRelationship, CONTENT, declareContentType, undeclareContentType, WorkbookEditor } from "./workbook";

/** A plan asks for something the package patch cannot write (tables, validations...): use the ExcelJS adapter. */
export class UnsupportedPatchError extends Error {
  override readonly name = "UnsupportedPatchError";
}

const PATCHABLE = new Set([
  "target",
  "cells",
  "columns",
  "formats",
  "notes",
  "hyperlinks",
  "freeze",
  "visibility",
  "first",
  "activate",
  "pageSetup",
  "charts",
  "colorScales",
]);
const EXISTING = new Set(["target", "formats", "notes", "visibility"]);
/** The checks' own sheet, written whole when a plan writes cells into it (the user's sheets only get formats and notes). */
const isOwnSheet = (sheet: SheetPlan) =>
  "existing" in sheet.target && sheet.target.existing.toLowerCase() === STATE_SHEET;

/** What a plan needs that the patch cannot do, or undefined when it can apply it all. */
export function unpatchable(plan: WorkbookPlan): string | undefined {
  for (const sheet of plan.sheets) {
    const allowed = "create" in sheet.target || isOwnSheet(sheet) ? PATCHABLE : EXISTING;
    const key = Object.keys(sheet).find(
      (k) => !allowed.has(k) && (sheet as unknown as Record<string, unknown>)[k] !== undefined,
    );
    if (key) return key;
    for (const f of sheet.formats ?? []) {
      const bad = unsupportedFormat(f.format);
      if (bad) return `format ${bad}`;
    }
  }
  return undefined;
}

/** Whether a worksheet's view is selected (tabSelected): read in its head, where sheetViews is. */
function selected(files: PackageFiles, part: string): boolean {
  const head = strFromU8((files.bytes(part) ?? new Uint8Array()).subarray(0, 16384));
  return /<([\w.-]*:)?sheetView\b[^>]*\stabSelected\s*=\s*["'](1|true)["']/.test(head);
}

function relsOf(files: PackageFiles, part: string) {
  const reader = relsReader(part);
  const text = files.text(relsPartOf(part));
  if (text !== undefined) {
    const sink = xmlSink(relsPartOf(part), reader.handlers);
    sink.write(new TextEncoder().encode(text));
    sink.end();
  }
  return reader.rels;
}

function restyles(sheet: SheetPlan, styles: StylesEditor): Map<number, Map<number, Restyle>> {
  const out = new Map<number, Map<number, Restyle>>();
  for (const f of sheet.formats ?? []) {
    const fill = f.format.fill;
    if (fill === undefined) continue;
    for (const range of f.ranges) {
      const [a, b] = range.split(":");
      const s = parseCellAddress(a);
      const e = parseCellAddress(b ?? a);
      if (!s || !e) continue;
      for (let r = s.row; r <= e.row; r++) {
        const row = out.get(r) ?? new Map<number, Restyle>();
        out.set(r, row);
        for (let c = s.col; c <= e.col; c++) row.set(c, (old) => styles.withFill(old, fill));
      }
    }
  }
  return out;
}

function patchNotes(files: PackageFiles, part: string, changes: readonly NoteChange[]): void {
  if (changes.length === 0) return;
  const rels = relsOf(files, part);
  let commentsPart = relOfType(rels, REL.comments)[0]?.target;
  if (!commentsPart || !files.has(commentsPart)) {
    commentsPart = files.freeName("xl/comments#.xml");
    addRelationship(files, part, "comments", commentsPart);
    declareContentType(files, commentsPart, CONTENT.comments);
  }
  const { xml, cells } = patchComments(files.text(commentsPart), changes);
  files.setText(commentsPart, xml);
  let sheetXml = files.text(part) ?? "";
  const vmlId = legacyDrawingId(sheetXml);
  let vmlPart = vmlId ? rels.find((r) => r.id === vmlId)?.target : undefined;
  if (!vmlPart || !files.has(vmlPart)) {
    vmlPart = files.freeName("xl/drawings/vmlDrawing#.vml");
    const id = addRelationship(files, part, "vmlDrawing", vmlPart);
    declareContentType(files, vmlPart, CONTENT.vml, true);
    sheetXml = vmlId ? sheetXml.replace(`"${vmlId}"`, `"${id}"`) : insertSheetChild(sheetXml, "legacyDrawing", id);
    files.setText(part, sheetXml);
  }
  files.setText(vmlPart, patchVml(files.text(vmlPart), cells));
}

/**
 * Applies a flags plan (or its clearing plan) to the original package by patching only
 * the parts it touches: the flagged sheets' XML (style indexes), styles.xml (new fills and
 * formats appended), their notes (comments part and VML drawing, merged with the user's),
 * new worksheet parts for the report and state sheets with their workbook, relationship
 * and content-type entries. Every other part (charts, pivots, images, defined names, data
 * validations, VBA...) is written back byte for byte.
 */
export function patchPackage(pkg: XlsxPackage, plan: WorkbookPlan): { bytes: Uint8Array; summary: AppliedPlanSummary } {
  const missing = unpatchable(plan);
  if (missing) throw new UnsupportedPatchError(`the package patch cannot write ${missing}`);
  const summary = resolveNames(plan, { sheets: pkg.sheetNames, tables: [] });
  const files = new PackageFiles(pkg);
  const charts: SheetCharts[] = [];
  const wbRels = relsOf(files, pkg.workbookPart);
  const workbook = new WorkbookEditor(files, pkg.workbookPart);
  const stylesPart = relOfType(wbRels, REL.styles)[0]?.target ?? "xl/styles.xml";
  const styles = new StylesEditor(
    files.text(stylesPart) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
  );
  const relIdOf = (name: string) => {
    const wb = pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return wb ? wbRels.find((r) => r.target === wb.part)?.id : undefined;
  };
  for (const name of plan.removeSheets ?? []) {
    const sheet = pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const relId = relIdOf(name);
    if (!sheet || !relId) continue;
    workbook.removeSheet(relId);
    // Only the sheets the checks and the report made are removed: their part, relationships
    // and drawings (with their charts) are theirs alone.
    const removePart = (part: string) => {
      if (!files.has(part)) return;
      files.remove(part);
      if (files.has(relsPartOf(part))) files.remove(relsPartOf(part));
      undeclareContentType(files, part);
    };
    for (const drawing of relOfType(relsOf(files, sheet.part), REL.drawing)) {
      for (const chart of relOfType(relsOf(files, drawing.target), REL.chart)) removePart(chart.target);
      removePart(drawing.target);
    }
    removePart(sheet.part);
  }
  plan.sheets.forEach((sheet, i) => {
    const { name, created } = summary.sheets[i];
    if (created) {
      const part = files.freeName("xl/worksheets/sheet#.xml");
      files.setText(
        part,
        newSheetXml(sheet, styles, (requested) => actualSheetName(summary, requested)),
      );
      workbook.addSheet(
        name,
        part,
        sheet.visibility === "visible" ? undefined : sheet.visibility,
        sheet.first === true,
      );
      const index = workbook.indexOf(name);
      const repeat = sheet.pageSetup?.repeatRows;
      if (repeat)
        workbook.addLocalName("_xlnm.Print_Titles", index, `${quoteSheet(name)}!$${repeat.first}:$${repeat.last}`);
      // Activating a sheet that is not the selected one would open the workbook with both
      // selected (grouped, edits going to both): the new sheet is only made active when no
      // sheet of the user's is selected, so their parts stay as they were.
      if (sheet.activate && !pkg.sheets.some((s) => selected(files, s.part))) workbook.activate(index);
      if (sheet.charts && sheet.charts.length > 0) charts.push({ sheet: name, charts: sheet.charts });
      return;
    }
    const target = pkg.sheets.find((s) => s.name === name);
    if (!target) throw new Error(`sheet "${name}" is not in the package`);
    if (isOwnSheet(sheet) && sheet.cells) {
      files.setText(
        target.part,
        newSheetXml(sheet, styles, (requested) => actualSheetName(summary, requested)),
      );
      const relId = relIdOf(name);
      if (sheet.visibility && relId) workbook.setState(relId, sheet.visibility);
      return;
    }
    const changes = restyles(sheet, styles);
    if (changes.size > 0) files.setText(target.part, restyleCells(files.text(target.part) ?? "", target.part, changes));
    patchNotes(files, target.part, sheet.notes ?? []);
    const relId = relIdOf(name);
    if (sheet.visibility && relId) workbook.setState(relId, sheet.visibility);
  });
  workbook.save();
  if (styles.dirty) {
    if (!files.has(stylesPart)) {
      addRelationship(files, pkg.workbookPart, "styles", stylesPart);
      declareContentType(files, stylesPart, CONTENT.styles);
    }
    files.setText(stylesPart, styles.toXml());
  }
  // Charts are drawn by the same DrawingML writer as the ExcelJS output's, on the new sheets only.
  return { bytes: addChartsToPackage(files.zip(), charts), summary };
}
