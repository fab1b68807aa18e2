import type { AppliedPlanSummary, WorkbookPlan } from "../core/plan/types";
import { openXlsx } from "../ooxml/read";
import { patchPackage } from "../ooxml/patch/apply";
import { minimalPackage } from "../ooxml/patch/minimal";

export { applyPlanToWorkbook } from "./plan/apply";

/**
 * A plan written as .xlsx bytes, on a new workbook (a minimal package) or on a copy of `base`
 * (bytes of an existing .xlsx), by the one package writer (src/ooxml/patch): every part the
 * plan does not touch is kept byte for byte. No file system here: the caller writes the bytes
 * (the CLI to disk, the browser preview to a download), so this runs in Node and in the
 * browser alike.
 */
export async function planToXlsx(
  plan: WorkbookPlan,
  base?: Uint8Array | ArrayBuffer,
): Promise<{ bytes: Uint8Array; summary: AppliedPlanSummary }> {
  const bytes = base ? (base instanceof Uint8Array ? base : new Uint8Array(base)) : minimalPackage();
  return patchPackage(openXlsx(bytes), plan, base === undefined);
}
