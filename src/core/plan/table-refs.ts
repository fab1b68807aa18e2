import type { CellBlock, PlanCell, SheetPlan } from "./types";

/**
 * Structured references ("Table[[Column]]"): the data rows of a table column, which grow
 * and shrink with the table, so totals and ranks count rows added later. Syntax as in
 * Microsoft's "Using structured references with Excel tables": the column name in double
 * brackets (always allowed, required for spaces and signs), with `[`, `]`, `#` and `'`
 * escaped by a single quote.
 */
export function tableColumnRef(table: string, column: string): string {
  return `${table}[[${column.replace(/['[\]#]/g, "'$&")}]]`;
}

/** Whether a formula refers to a table by a structured reference. */
export function hasTableRef(formula: string): boolean {
  return /[A-Za-z_\\][\w.]*\[/.test(formula);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A formula with the structured references of renamed tables pointing at their new names. */
export function renameTableRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  const names = [...renames.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\w.])(${names.join("|")})\\[`, "g");
  // Text constants ("...") are kept as written: only the parts between them are rewritten.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, (_, name: string) => `${renames.get(name)}[`)))
    .join("");
}

function renameCell(cell: PlanCell, renames: ReadonlyMap<string, string>): PlanCell {
  if (cell === null || typeof cell !== "object" || !("formula" in cell)) return cell;
  const formula = renameTableRefs(cell.formula, renames);
  return formula === cell.formula ? cell : { ...cell, formula };
}

/**
 * A sheet plan whose formulas refer to its own tables by the names they really got (a
 * table name already in the workbook is never reused: EvaluationSummary becomes
 * EvaluationSummary_2, and so must the formulas that sum its columns).
 */
export function withTableNames(sheet: SheetPlan, actual: readonly string[]): SheetPlan {
  const renames = new Map<string, string>();
  (sheet.tables ?? []).forEach((t, k) => {
    if (actual[k] !== undefined && actual[k] !== t.name) renames.set(t.name, actual[k]);
  });
  if (renames.size === 0) return sheet;
  return {
    ...sheet,
    cells: sheet.cells?.map((b) => ({ ...b, rows: b.rows.map((row) => row.map((c) => renameCell(c, renames))) })),
    conditionalFormats: sheet.conditionalFormats?.map((f) => ({ ...f, formula: renameTableRefs(f.formula, renames) })),
  };
}

/**
 * A block split for hosts that check a formula when it is written (Excel through
 * Office.js): the cells to write before the tables exist, and the formulas with structured
 * references to write after them (null where a block leaves a cell alone). `after` is
 * null when there is none.
 */
export function splitTableFormulas(block: CellBlock): { before: CellBlock; after: CellBlock | null } {
  let deferred = false;
  const isTableFormula = (c: PlanCell) =>
    c !== null && typeof c === "object" && "formula" in c && hasTableRef(c.formula);
  const before = block.rows.map((row) =>
    row.map((c) => {
      if (!isTableFormula(c)) return c;
      deferred = true;
      return null;
    }),
  );
  if (!deferred) return { before: block, after: null };
  const after = block.rows.map((row) => row.map((c) => (isTableFormula(c) ? c : null)));
  return { before: { at: block.at, rows: before }, after: { at: block.at, rows: after } };
}
