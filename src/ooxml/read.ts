import { isDateFormat, SparseSheet, type RawCell, type SheetGrid } from "../core/sheet";
import { isLimitBreach, overLimit } from "../core/limits";
import { columnLetter } from "../core/plan/address";
import { commentsReader } from "./comments";
import { breach, damaged } from "./problem";
import { REL, relOfType, relsReader, type Relationship } from "./rels";
import { sheetReader, type SheetCell } from "./sheet";
import { sharedStringsReader } from "./strings";
import { stylesReader, type Styles } from "./styles";
import { workbookReader, type SheetState } from "./workbook";
import { xmlSink } from "./xml";
import { inflateEntries, zipDirectory, type InflateBudget, type ZipEntry } from "./zip";

export interface PackageSheet {
  readonly name: string;
  readonly state: SheetState;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
  /** Its notes by cell ("B7"), read from its comments part. */
  readonly notes: ReadonlyMap<string, string>;
}

/**
 * An .xlsx package opened for reading: its directory, the workbook's sheets, styles,
 * shared strings and notes. Sheets' cells are read one sheet at a time, on demand
 * (readSheetCells). Drawings, charts, pivots, images, slicers and anything else are
 * never inflated, so whatever they hold cannot stop a read.
 */
export interface XlsxPackage {
  readonly bytes: Uint8Array;
  readonly directory: ReadonlyMap<string, ZipEntry>;
  readonly budget: InflateBudget;
  readonly workbookPart: string;
  readonly sheets: readonly PackageSheet[];
  /** Every sheet's name in tab order, chart sheets included (for choosing free names). */
  readonly sheetNames: readonly string[];
  readonly date1904: boolean;
  /**
   * Saved as Strict Open XML: read like any workbook (the reader goes by local names and
   * relationship types' endings, which both conformance classes share), never written into
   * (see assertWritable).
   */
  readonly strict: boolean;
  readonly styles: Styles;
  readonly strings: readonly string[];
  /** Relationships of each part read, by part name ("" for the package). */
  readonly rels: ReadonlyMap<string, readonly Relationship[]>;
}

/** Relationship types of Strict Open XML start so. */
const STRICT_RELS = "http://purl.oclc.org/ooxml/";

/**
 * Copies are written in Transitional Open XML only: a Strict package with Transitional parts
 * patched in would be neither, so it is refused with one line (save it as .xlsx first).
 */
export function assertWritable(pkg: XlsxPackage): void {
  if (pkg.strict) throw damaged("package.strict");
}

/** Date serials in a 1904 workbook are this many days smaller. */
const DAYS_1904 = 1462;

/** Reads the parts named by `sinks` in one pass; a part that is missing or never ends is an error. */
function readParts(
  bytes: Uint8Array,
  directory: ReadonlyMap<string, ZipEntry>,
  budget: InflateBudget,
  parts: Map<string, Parameters<typeof xmlSink>[1]>,
): void {
  const sinks = new Map([...parts].map(([name, h]) => [name, xmlSink(name, h)]));
  inflateEntries(bytes, directory, budget, (name) => sinks.get(name));
  for (const [name, sink] of sinks)
    if (!sink.done) throw damaged("package.badZip", { part: name, reason: "the entry is cut short" });
}

export function openXlsx(bytes: Uint8Array): XlsxPackage {
  const directory = zipDirectory(bytes);
  const budget: InflateBudget = { used: 0 };
  // Pass 1: every relationships part (small), to find the workbook, its sheets and their notes.
  const relReaders = new Map<string, ReturnType<typeof relsReader>>();
  for (const name of directory.keys()) {
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    relReaders.set(name, relsReader(source));
  }
  readParts(bytes, directory, budget, new Map([...relReaders].map(([n, r]) => [n, r.handlers])));
  const rels = new Map<string, readonly Relationship[]>();
  for (const [name, r] of relReaders)
    rels.set(name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]*)\.rels$/, "$1"), r.rels);
  const workbookPart =
    relOfType(rels.get("") ?? [], REL.officeDocument)[0]?.target ??
    (directory.has("xl/workbook.xml") ? "xl/workbook.xml" : "");
  if (!directory.has(workbookPart)) throw damaged("package.missingPart", { part: workbookPart || "xl/workbook.xml" });
  const wbRels = rels.get(workbookPart) ?? [];
  // Pass 2: the workbook, styles, shared strings and every sheet's notes.
  const wb = workbookReader();
  const st = stylesReader();
  const sst = sharedStringsReader();
  const parts = new Map<string, Parameters<typeof xmlSink>[1]>([[workbookPart, wb.handlers]]);
  const stylesPart = relOfType(wbRels, REL.styles)[0]?.target;
  if (stylesPart && directory.has(stylesPart)) parts.set(stylesPart, st.handlers);
  const stringsPart = relOfType(wbRels, REL.sharedStrings)[0]?.target;
  if (stringsPart && directory.has(stringsPart)) parts.set(stringsPart, sst.handlers);
  const notesBySheet = new Map<string, Map<string, string>>();
  for (const rel of relOfType(wbRels, REL.worksheet)) {
    const comments = relOfType(rels.get(rel.target) ?? [], REL.comments)[0]?.target;
    if (!comments || !directory.has(comments) || parts.has(comments)) continue;
    const reader = commentsReader();
    notesBySheet.set(rel.target, reader.notes);
    parts.set(comments, reader.handlers);
  }
  readParts(bytes, directory, budget, parts);
  const byId = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: PackageSheet[] = [];
  for (const s of wb.info.sheets) {
    const rel = byId.get(s.relId);
    // Chart sheets and dialog sheets have no cells to check: they are kept, never read.
    if (!rel || !rel.type.endsWith(REL.worksheet) || !directory.has(rel.target)) continue;
    sheets.push({ name: s.name, state: s.state, part: rel.target, notes: notesBySheet.get(rel.target) ?? new Map() });
  }
  return {
    bytes,
    directory,
    budget,
    workbookPart,
    sheets,
    sheetNames: wb.info.sheets.map((s) => s.name),
    date1904: wb.info.date1904,
    strict:
      wb.info.strict || relOfType(rels.get("") ?? [], REL.officeDocument)[0]?.type.startsWith(STRICT_RELS) === true,
    styles: st.styles,
    strings: sst.strings,
    rels,
  };
}

/** A cell's value as the checks see it, from its type and value text. */
function rawValue(pkg: XlsxPackage, cell: SheetCell, format: string): RawCell {
  const v = cell.value;
  if (v === undefined) return null;
  switch (cell.type) {
    case "s": {
      const text = pkg.strings[Number(v)];
      if (text === undefined)
        throw damaged("package.badXml", {
          part: "xl/sharedStrings.xml",
          reason: `shared string ${v.slice(0, 12)} does not exist`,
        });
      return text;
    }
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return v === "1" || v === "true";
    case "e":
      return { error: v };
    case "d": {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(ms) ? v : new Date(ms);
    }
    default: {
      if (v.trim() === "") return null;
      const n = Number(v);
      if (Number.isNaN(n)) return v;
      return pkg.date1904 && isDateFormat(format) ? n + DAYS_1904 : n;
    }
  }
}

/** What a reader of cells gets: place, value, whether it is a formula, and its cell format. */
export type CellVisitor = (
  row: number,
  col: number,
  value: RawCell,
  formula: boolean,
  format: string,
  style: number,
) => void;

/** Streams one sheet's cells to `visit`, in document order. */
export function readSheetCells(pkg: XlsxPackage, sheet: PackageSheet, visit: CellVisitor): void {
  const handlers = sheetReader(sheet.part, (cell) => {
    const format = pkg.styles.formats[cell.style] ?? "General";
    visit(cell.row, cell.col, rawValue(pkg, cell, format), cell.formula, format, cell.style);
  });
  readParts(pkg.bytes, pkg.directory, pkg.budget, new Map([[sheet.part, handlers]]));
}

/**
 * A sheet as the checks see it, sparse: memory grows with the cells present.
 * @param present cells already read from other sheets of this file (the cellsPresent limit is per file).
 */
export function readSheetGrid(
  pkg: XlsxPackage,
  sheet: PackageSheet,
  present = 0,
): { grid: SheetGrid; present: number } {
  const sparse = new SparseSheet(sheet.name, present);
  readSheetCells(pkg, sheet, (row, col, value, formula, format) => {
    const over = sparse.add(row, col, value, formula, format);
    if (over) throw breach(over);
  });
  const grid = sparse.build();
  if (isLimitBreach(grid)) throw breach(grid);
  return { grid, present: sparse.cellsPresent };
}

/** Several sheets of a package as grids, in order, the cellsPresent limit counted over them all. */
export function readSheetGrids(pkg: XlsxPackage, sheets: readonly PackageSheet[]): SheetGrid[] {
  let present = 0;
  return sheets.map((ws) => {
    const read = readSheetGrid(pkg, ws, present);
    present = read.present;
    return read.grid;
  });
}

/**
 * Reads every sheet once, keeping nothing but counts, to check the file against the
 * limits (cells present, rows and columns, used range) before a reader that allocates
 * by span (ExcelJS, in the preview) is let near it.
 */
export function scanPackage(pkg: XlsxPackage): void {
  let present = 0;
  for (const sheet of pkg.sheets) {
    let lastRow = -1;
    let lastCol = -1;
    readSheetCells(pkg, sheet, (row, col, value, formula) => {
      if ((value === null || value === undefined || value === "") && !formula) return;
      const over = overLimit("cellsPresent", ++present, `${sheet.name}!R${row + 1}C${col + 1}`);
      if (over) throw breach(over);
      if (row > lastRow) lastRow = row;
      if (col > lastCol) lastCol = col;
    });
    if (lastRow < 0) continue;
    const far = `${sheet.name}!${columnLetter(lastCol)}${lastRow + 1}`;
    const over = overLimit("usedRangeCells", (lastRow + 1) * (lastCol + 1), far);
    if (over) throw breach(over);
  }
}
