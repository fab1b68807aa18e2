import type { AppliedPlanSummary, SheetPlan, WorkbookPlan } from "../../core/plan";
import { cellsOf, parseCell, parseRange } from "../../core/plan/address";
import { actualSheetName, resolveNames } from "../../core/plan/resolve";
import { withTableNames } from "../../core/plan/table-refs";
import { STATE_SHEET } from "../../core/checks/flags/state";
import { REL, relOfType, relsPartOf } from "../rels";
import { assertWritable, type XlsxPackage } from "../read";
import { xmlSink } from "../xml";
import { writeCharts } from "./charts";
import { PackageFiles } from "./files";
import { EMPTY_COMMENTS, patchComments, patchVml, type NoteChange } from "./notes";
import { EMPTY_SHEET, SheetEditor } from "./sheet-editor";
import {
  writeColumns,
  writeConditionalFormats,
  writeFreeze,
  writeHyperlink,
  writePageSetup,
  writeValidations,
} from "./sheet-features";
import { MINIMAL_STYLES, StylesEditor, unsupportedFormat } from "./styles";
import { packageTables, writeTable } from "./tables";
import {
  addRelationship,
  CONTENT,
  declareContentType,
  relationshipsOf,
  undeclareContentType,
  WorkbookEditor,
} from "./workbook";

/** A plan asks for something the package writer cannot write. */
export class UnsupportedPatchError extends Error {
  override readonly name = "UnsupportedPatchError";
}

/** The colour Excel gives a hyperlink's text (its "Hyperlink" cell style). */
const LINK_COLOR = "#0563C1";

/** The checks' own sheet, written whole when a plan writes cells into it (the user's sheets keep theirs). */
const isOwnSheet = (sheet: SheetPlan) =>
  "existing" in sheet.target && sheet.target.existing.toLowerCase() === STATE_SHEET;

/** What a plan needs that the writer cannot do, or undefined when it can apply it all. */
export function unpatchable(plan: WorkbookPlan): string | undefined {
  for (const sheet of plan.sheets)
    for (const f of sheet.formats ?? []) {
      const bad = unsupportedFormat(f.format);
      if (bad) return `format ${bad}`;
    }
  return undefined;
}

export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Everything one plan application shares. */
interface Context {
  readonly files: PackageFiles;
  readonly workbook: WorkbookEditor;
  readonly styles: StylesEditor;
  readonly summary: AppliedPlanSummary;
  formulas: boolean;
  nextTableId: number;
}

function patchNotes(ctx: Context, sheet: SheetEditor, changes: readonly NoteChange[]): void {
  if (changes.length === 0) return;
  const { files } = ctx;
  const rels = relationshipsOf(files, sheet.part);
  let commentsPart = relOfType(rels, REL.comments)[0]?.target;
  if (!commentsPart || !files.has(commentsPart)) {
    commentsPart = files.freeName("xl/comments#.xml");
    addRelationship(files, sheet.part, "comments", commentsPart);
    declareContentType(files, commentsPart, CONTENT.comments);
  }
  const cells = patchComments(
    files.xml(commentsPart, () => EMPTY_COMMENTS)!,
    changes,
  );
  const vmlId = sheet.relIdOf("legacyDrawing");
  let vmlPart = vmlId ? rels.find((r) => r.id === vmlId)?.target : undefined;
  if (!vmlPart || !files.has(vmlPart)) {
    vmlPart = files.freeName("xl/drawings/vmlDrawing#.vml");
    const id = addRelationship(files, sheet.part, "vmlDrawing", vmlPart);
    declareContentType(files, vmlPart, CONTENT.vml, true);
    // The legacy drawing goes before tableParts (CT_Worksheet), whatever was written first.
    sheet.setRelId(sheet.ensure("legacyDrawing"), id);
  }
  // VML is not always well-formed XML (Excel writes `<br>`): it is edited shape by shape (./notes).
  files.setText(vmlPart, patchVml(files.text(vmlPart), cells));
}

/** Applies one sheet plan to its worksheet, in the order of ../../core/plan/types. */
function writeSheet(ctx: Context, sheet: SheetEditor, plan: SheetPlan, name: string, tableNames: readonly string[]) {
  const { styles } = ctx;
  // Every row the plan's cells, formats, links and tables touch, read in one parse.
  const touched: number[] = [];
  for (const block of plan.cells ?? []) {
    const at = parseCell(block.at);
    block.rows.forEach((_, r) => touched.push(at.row + r));
  }
  for (const f of plan.formats ?? [])
    for (const range of f.ranges) {
      const { start, end } = parseRange(range);
      for (let r = start.row; r <= end.row; r++) touched.push(r);
    }
  for (const link of plan.hyperlinks ?? []) touched.push(parseCell(link.cell).row);
  for (const t of plan.tables ?? []) touched.push(parseRange(t.range).start.row);
  sheet.prefetchRows(touched);
  for (const block of plan.cells ?? []) {
    const at = parseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const ref = { row: at.row + r, col: at.col + c };
        if (value === null && !sheet.has(ref)) return;
        if (value !== null && typeof value === "object" && "formula" in value) ctx.formulas = true;
        sheet.setValue(ref, value);
      }),
    );
  }
  writeColumns(sheet, plan.columns ?? []);
  for (const f of plan.formats ?? [])
    for (const range of f.ranges)
      for (const ref of cellsOf(parseRange(range))) sheet.setStyle(ref, styles.apply(sheet.styleOf(ref), f.format));
  (plan.tables ?? []).forEach((t, i) => writeTable(ctx.files, sheet, t, tableNames[i], ++ctx.nextTableId));
  writeValidations(sheet, plan.validations ?? []);
  writeConditionalFormats(sheet, styles, plan.conditionalFormats ?? [], plan.colorScales ?? []);
  patchNotes(ctx, sheet, plan.notes ?? []);
  for (const link of plan.hyperlinks ?? []) {
    const at = parseCell(link.cell);
    sheet.setValue(at, link.text);
    sheet.setStyle(at, styles.apply(sheet.styleOf(at), { fontColor: LINK_COLOR }));
    writeHyperlink(
      sheet,
      link.cell,
      `${quoteSheet(actualSheetName(ctx.summary, link.to.sheet))}!${link.to.cell}`,
      link.text,
    );
  }
  writeCharts(ctx.files, sheet, name, plan.charts ?? []);
  if (plan.pageSetup) {
    writePageSetup(sheet, plan.pageSetup);
    const repeat = plan.pageSetup.repeatRows;
    if (repeat)
      ctx.workbook.addLocalName(
        "_xlnm.Print_Titles",
        ctx.workbook.indexOf(name),
        `${quoteSheet(name)}!$${repeat.first}:$${repeat.last}`,
      );
  }
  if (plan.freeze) writeFreeze(sheet, plan.freeze);
}

function removeSheet(ctx: Context, pkg: XlsxPackage, name: string, relId: string): void {
  const { files } = ctx;
  const part = pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.part;
  ctx.workbook.removeSheet(relId);
  if (!part) return;
  // Only the sheets the checks and the report made are removed: their part, relationships
  // and drawings (with their charts), comments and tables are theirs alone.
  const removePart = (p: string) => {
    if (!files.has(p)) return;
    files.remove(p);
    if (files.has(relsPartOf(p))) files.remove(relsPartOf(p));
    undeclareContentType(files, p);
  };
  for (const rel of relationshipsOf(files, part)) {
    if (rel.external) continue;
    if (rel.type.endsWith(REL.drawing))
      for (const chart of relOfType(relationshipsOf(files, rel.target), REL.chart)) removePart(chart.target);
    if (/\/(drawing|comments|table|vmlDrawing)$/.test(rel.type)) removePart(rel.target);
  }
  removePart(part);
}

/**
 * Applies a plan to a package by editing only the parts it touches, each as an XML document
 * (src/ooxml/xml): new worksheet parts for created sheets, the cells, formats, tables,
 * validations, conditional formats, notes, links, charts and print settings a plan asks for
 * on existing ones, styles.xml (entries appended), the workbook part, relationships and
 * content types. Every other part (charts, pivots, images, defined names, VBA...) is written
 * back byte for byte. `fresh`: the package is a new workbook (its first sheet gets the view).
 */
export function patchPackage(
  pkg: XlsxPackage,
  plan: WorkbookPlan,
  fresh = false,
): { bytes: Uint8Array; summary: AppliedPlanSummary } {
  // Parts are written Transitional: a Strict package is refused, whichever caller writes it.
  assertWritable(pkg);
  const missing = unpatchable(plan);
  if (missing) throw new UnsupportedPatchError(`the package writer cannot write ${missing}`);
  const files = new PackageFiles(pkg);
  const workbook = new WorkbookEditor(files, pkg.workbookPart);
  const tables = packageTables(files);
  const summary = resolveNames(plan, {
    sheets: workbook.sheetNames(),
    tables: [...tables.names, ...workbook.definedNames().filter((n) => !n.startsWith("_xlnm."))],
  });
  const wbRels = relationshipsOf(files, pkg.workbookPart);
  const stringsPart = relOfType(wbRels, REL.sharedStrings)[0]?.target;
  let stylesPart = relOfType(wbRels, REL.styles)[0]?.target;
  const newStyles = !stylesPart || !files.has(stylesPart);
  stylesPart = newStyles ? "xl/styles.xml" : (stylesPart as string);
  const styles = new StylesEditor(() => files.xml(stylesPart, () => MINIMAL_STYLES)!);
  const ctx: Context = { files, workbook, styles, summary, formulas: false, nextTableId: tables.maxId };
  const relIdOf = (name: string) => workbook.relIdByName(name);
  for (const name of plan.removeSheets ?? []) {
    const relId = relIdOf(name);
    if (relId && workbook.indexOf(name) >= 0) removeSheet(ctx, pkg, name, relId);
  }
  const userSelected = plan.sheets.some((s) => s.activate) && pkg.sheets.some((s) => sheetSelected(files, s.part));
  // Sheets by name (lower case): the package's, then the ones this plan makes (a later sheet
  // plan of the same plan may write to a sheet an earlier one made).
  const partOf = new Map(pkg.sheets.map((s) => [s.name.toLowerCase(), s.part] as const));
  let tableIndex = 0;
  let activate: string | undefined;
  plan.sheets.forEach((requested, i) => {
    const { name, created } = summary.sheets[i];
    const tableNames = summary.tables
      .slice(tableIndex, tableIndex + (requested.tables?.length ?? 0))
      .map((t) => t.name);
    tableIndex += tableNames.length;
    const sheetPlan = withTableNames(requested, tableNames);
    let part: string;
    if (created) {
      part = files.freeName("xl/worksheets/sheet#.xml");
      files.setText(part, EMPTY_SHEET);
      workbook.addSheet(
        name,
        part,
        sheetPlan.visibility === "visible" ? undefined : sheetPlan.visibility,
        sheetPlan.first === true,
      );
      partOf.set(name.toLowerCase(), part);
    } else {
      const found = partOf.get(name.toLowerCase());
      if (!found) throw new Error(`sheet "${name}" is not in the package`);
      part = found;
      // The checks' state sheet is written whole: its old rows go.
      if (isOwnSheet(sheetPlan) && sheetPlan.cells) files.setText(part, EMPTY_SHEET);
      const relId = relIdOf(name);
      if (sheetPlan.visibility && relId) workbook.setState(relId, sheetPlan.visibility);
    }
    writeSheet(ctx, files.sheet(part, stringsPart), sheetPlan, name, tableNames);
    if (sheetPlan.activate) activate = name;
  });
  if (workbook.sheetNames().length === 0) {
    // A workbook holds at least one sheet (CT_Sheets).
    const part = files.freeName("xl/worksheets/sheet#.xml");
    files.setText(part, EMPTY_SHEET);
    workbook.addSheet("Sheet1", part);
  }
  // Activating a sheet that is not the selected one would open the workbook with both
  // selected (grouped, edits going to both): a sheet is only made active when none of the
  // user's is selected, so their parts stay as they were.
  if (activate !== undefined && !userSelected) workbook.activate(workbook.indexOf(activate));
  if (fresh) selectActive(files, workbook, pkg, activate);
  if (ctx.formulas) workbook.calculateOnLoad();
  if (newStyles && styles.dirty) {
    addRelationship(files, pkg.workbookPart, "styles", stylesPart);
    declareContentType(files, stylesPart, CONTENT.styles);
  }
  return { bytes: files.zip(), summary };
}

/** In a new workbook the sheet shown first is also the selected tab (as Excel saves it). */
function selectActive(files: PackageFiles, workbook: WorkbookEditor, pkg: XlsxPackage, activate?: string): void {
  const names = workbook.sheetNames();
  const shown = activate ?? names[0];
  const rels = relationshipsOf(files, pkg.workbookPart);
  const part = rels.find((r) => r.id === workbook.relIdByName(shown))?.target;
  if (!part || !files.has(part)) return;
  const view = files.sheet(part).ensure("sheetViews");
  const first = Array.from(view.childNodes).find((n) => n.nodeType === 1) as typeof view | undefined;
  first?.setAttribute("tabSelected", "1");
  if (activate === undefined) workbook.activate(0);
}

/**
 * Whether a worksheet's view is selected (`sheetView tabSelected`), read with the streaming
 * parser from the part's head only: the views come before the cells (CT_Worksheet).
 */
function sheetSelected(files: PackageFiles, part: string): boolean {
  const bytes = files.bytes(part);
  if (!bytes) return false;
  let selected = false;
  let stop = false;
  const sink = xmlSink(part, {
    open(name, attrs) {
      if (name === "sheetView" && ["1", "true"].includes(attrs.tabSelected ?? "")) selected = true;
      if (name === "sheetData") stop = true;
    },
  });
  for (let at = 0; at < bytes.length && !stop; at += 16384) sink.write(bytes.subarray(at, at + 16384));
  return selected;
}
