import type { AppliedPlanSummary, WorkbookPlan } from "../core/plan/types";
import type ExcelJS from "exceljs";
import { addChartsToPackage, type SheetCharts } from "./charts/package";
import { applyPlanToWorkbook } from "./plan/apply";
import { loadWorkbook, newWorkbook, saveWorkbook } from "./workbook-io";

export { applyPlanToWorkbook } from "./plan/apply";

/**
 * A plan written as .xlsx bytes (charts included), on a new workbook or on a copy of `base` (bytes of an
 * existing .xlsx). No file system here: the caller writes the bytes (the CLI to disk, the
 * browser preview to a download), so this runs in Node and in the browser alike.
 */
export async function planToXlsx(
  plan: WorkbookPlan,
  base?: Uint8Array | ArrayBuffer,
): Promise<{ bytes: Uint8Array; summary: AppliedPlanSummary }> {
  const wb = base ? await loadWorkbook(base) : newWorkbook();
  const summary = applyPlanToWorkbook(wb, plan);
  const charts = plan.sheets.map((s, i) => ({ sheet: summary.sheets[i].name, charts: s.charts ?? [] }));
  return { bytes: await saveWithCharts(wb, charts), summary };
}

/**
 * The workbook as .xlsx bytes with charts: ExcelJS writes none, so they are added to the
 * package it wrote (src/xlsx/charts). `charts` name each sheet by its actual name.
 */
export async function saveWithCharts(wb: ExcelJS.Workbook, charts: readonly SheetCharts[]): Promise<Uint8Array> {
  return addChartsToPackage(await saveWorkbook(wb), charts);
}
