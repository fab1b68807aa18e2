import {
  clearReadRequests,
  flagReadRequests,
  planClearFlags,
  planFlags,
  STATE_SHEET,
  type Finding,
} from "../core/checks";
import type { AppliedPlanSummary, SheetTarget, WorkbookPlan } from "../core/plan";
import type { Locale } from "../i18n/locale";
import { readPackageFormats } from "./formats";
import { patchPackage } from "./patch/apply";
import { assertWritable, type XlsxPackage } from "./read";
import { readPackageFlagState } from "./state";

export interface PackageFlagOptions {
  readonly locale: Locale;
  readonly maxFlags?: number;
}

/**
 * The package with findings flagged, as the add-in flags them in Excel (fills, notes, the
 * report sheet, the very hidden state sheet; an earlier run's flags on the checked sheets
 * replaced), written by patching the original package: nothing else in it changes.
 */
export function flagPackage(
  pkg: XlsxPackage,
  findings: readonly Finding[],
  checked: readonly string[],
  options: PackageFlagOptions,
): { bytes: Uint8Array; plan: WorkbookPlan; summary: AppliedPlanSummary } {
  assertWritable(pkg);
  const previous = readPackageFlagState(pkg);
  const current = readPackageFormats(pkg, flagReadRequests(findings, options.maxFlags, previous, checked));
  const plan = planFlags({
    findings,
    checked,
    current,
    previous,
    sheets: pkg.sheetNames,
    locale: options.locale,
    maxFlags: options.maxFlags,
  });
  return { ...patchPackage(pkg, replaceStateSheet(plan)), plan };
}

/**
 * In Excel the state sheet is written over (never deleted first) so a failure part-way
 * leaves every flag with its record. A file is written whole or not at all, so here the old
 * state sheet is simply replaced by a new one holding the same rows.
 */
function replaceStateSheet(plan: WorkbookPlan): WorkbookPlan {
  const isState = (target: SheetTarget) => "existing" in target && target.existing.toLowerCase() === STATE_SHEET;
  if (!plan.sheets.some((s) => isState(s.target))) return plan;
  return {
    removeSheets: [...(plan.removeSheets ?? []), STATE_SHEET],
    sheets: plan.sheets.map((s) => (isState(s.target) ? { ...s, target: { create: STATE_SHEET } } : s)),
  };
}

/** The package with every flag removed: fills and notes restored, the report and state sheets gone. */
export function clearPackageFlags(pkg: XlsxPackage): { bytes: Uint8Array; plan: WorkbookPlan; cleared: number } {
  assertWritable(pkg);
  const previous = readPackageFlagState(pkg);
  const plan = planClearFlags(
    previous,
    pkg.sheetNames,
    readPackageFormats(pkg, clearReadRequests(previous, pkg.sheetNames)),
  );
  return { ...patchPackage(pkg, plan), plan, cleared: previous?.cells.length ?? 0 };
}
