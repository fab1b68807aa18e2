import { freeSheetName, freeTableName } from "./names";
import type { AppliedPlanSummary, WorkbookPlan } from "./types";

/** What a workbook holds already, as far as naming is concerned. */
export interface WorkbookNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
}

/** Thrown when a plan names an existing sheet the workbook does not have. */
export class MissingSheetError extends Error {
  override readonly name = "MissingSheetError";
  constructor(readonly sheet: string) {
    super(`the workbook has no sheet named "${sheet}"`);
  }
}

/**
 * The names a plan will use in a workbook: every created sheet and table gets a free name
 * (nothing is overwritten), in plan order, so two sheets of one plan never collide either.
 * Sheets listed in `removeSheets` are freed first. Both adapters call this, so they agree.
 */
export function resolveNames(plan: WorkbookPlan, names: WorkbookNames): AppliedPlanSummary {
  const removed = new Set((plan.removeSheets ?? []).map((n) => n.toLowerCase()));
  const sheets = names.sheets.filter((n) => !removed.has(n.toLowerCase()));
  const tables = [...names.tables];
  const sheetOut: { requested: string; name: string; created: boolean }[] = [];
  const tableOut: { requested: string; name: string }[] = [];
  for (const sheet of plan.sheets) {
    if ("create" in sheet.target) {
      const name = freeSheetName(sheet.target.create, sheets);
      sheets.push(name);
      sheetOut.push({ requested: sheet.target.create, name, created: true });
    } else {
      const wanted = sheet.target.existing.toLowerCase();
      const found = sheets.find((n) => n.toLowerCase() === wanted);
      if (found === undefined) throw new MissingSheetError(sheet.target.existing);
      sheetOut.push({ requested: sheet.target.existing, name: found, created: false });
    }
    for (const table of sheet.tables ?? []) {
      const name = freeTableName(table.name, tables);
      tables.push(name);
      tableOut.push({ requested: table.name, name });
    }
  }
  return { sheets: sheetOut, tables: tableOut };
}

/** The sheet name to use for a requested one (for links between sheets of one plan). */
export function actualSheetName(summary: AppliedPlanSummary, requested: string): string {
  return summary.sheets.find((s) => s.requested === requested)?.name ?? requested;
}

export function sheetTargetName(target: { create: string } | { existing: string }): string {
  return "create" in target ? target.create : target.existing;
}
