import type ExcelJS from "exceljs";
import { clearReadRequests, flagReadRequests, planClearFlags, planFlags, type Finding } from "../core/checks";
import type { AppliedPlanSummary, WorkbookPlan } from "../core/plan";
import { parseCellAddress } from "../core/sheet";
import type { Locale } from "../i18n/locale";
import { applyPlanToWorkbook } from "./plan/apply";
import { readFlagState, readFormats } from "./read-workbook";

export interface FlagOptions {
  readonly locale: Locale;
  readonly maxFlags?: number;
}

/**
 * Flags findings in a loaded workbook, as the add-in does in Excel: fills, notes, the
 * report sheet and the hidden state sheet; an earlier run's flags on the checked sheets
 * are replaced. Values and formulas are not touched. The caller saves the workbook
 * wherever it likes (never over its input).
 */
export function flagWorkbook(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  checked: readonly string[],
  options: FlagOptions,
): { plan: WorkbookPlan; summary: AppliedPlanSummary } {
  const previous = readFlagState(wb);
  const current = readFormats(wb, flagReadRequests(findings, options.maxFlags, previous, checked));
  const plan = planFlags({
    findings,
    checked,
    current,
    previous,
    sheets: wb.worksheets.map((w) => w.name),
    locale: options.locale,
    maxFlags: options.maxFlags,
  });
  unshareStyles(wb, plan);
  const summary = applyPlanToWorkbook(wb, plan);
  dropRemovedNotes(wb, plan);
  return { plan, summary };
}

/**
 * ExcelJS keeps an empty comment where a note was set to nothing, and saves it as an
 * empty note; a note the plan removes must be gone from the file.
 */
function dropRemovedNotes(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    if (!("existing" in sheet.target)) continue;
    const ws = wb.getWorksheet(sheet.target.existing);
    if (!ws) continue;
    const last = new Map<string, string | null>();
    for (const note of sheet.notes ?? []) last.set(note.cell, note.text);
    for (const [address, text] of last) {
      if (text !== null) continue;
      // Two places hold it: the cell's comment, and (for some value types) the value's model.
      const at = parseCellAddress(address);
      const cell = (at ? ws.findCell(at.row + 1, at.col + 1) : undefined) as unknown as
        { _comment?: unknown; _value?: { model?: { comment?: unknown } } } | undefined;
      if (!cell) continue;
      cell._comment = undefined;
      const model = cell._value?.model;
      if (model && "comment" in model) delete model.comment;
    }
  }
}

/**
 * ExcelJS shares one style object among the cells of a loaded file that had the same
 * style, and setting a fill mutates it: without a copy per cell, flagging F6 would also
 * paint every other cell that looked like F6.
 */
function unshareStyles(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    if (!("existing" in sheet.target)) continue;
    const ws = wb.getWorksheet(sheet.target.existing);
    if (!ws) continue;
    for (const f of sheet.formats ?? []) {
      for (const range of f.ranges) {
        const [a, b] = range.split(":");
        const start = parseCellAddress(a);
        const end = parseCellAddress(b ?? a);
        if (!start || !end) continue;
        for (let r = start.row; r <= end.row; r++) {
          for (let c = start.col; c <= end.col; c++) {
            // A cell not there yet gets a style of its own when it is made.
            const cell = ws.findCell(r + 1, c + 1);
            if (cell) cell.style = { ...cell.style };
          }
        }
      }
    }
  }
}

/** Removes every flag, restoring the fills and notes they replaced, and the report and state sheets. */
export function clearWorkbookFlags(wb: ExcelJS.Workbook): WorkbookPlan {
  const previous = readFlagState(wb);
  const sheets = wb.worksheets.map((w) => w.name);
  const plan = planClearFlags(previous, sheets, readFormats(wb, clearReadRequests(previous, sheets)));
  unshareStyles(wb, plan);
  applyPlanToWorkbook(wb, plan);
  dropRemovedNotes(wb, plan);
  return plan;
}
