import type { ChartPlan } from "../../core/plan/types";
import { writeCharts } from "../../ooxml/patch/charts";
import { PackageFiles } from "../../ooxml/patch/files";
import { openXlsx } from "../../ooxml/read";

export { relative as relativeTarget } from "../../ooxml/patch/workbook";

export interface SheetCharts {
  /** The sheet's actual name in the workbook. */
  readonly sheet: string;
  readonly charts: readonly ChartPlan[];
}

/**
 * `bytes` (an .xlsx package) with charts drawn on the named sheets by the package writer
 * (src/ooxml/patch/charts: chart parts, the drawing, relationships, content types); the
 * package as it was when there are none.
 */
export function addChartsToPackage(bytes: Uint8Array, sheets: readonly SheetCharts[]): Uint8Array {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return bytes;
  const pkg = openXlsx(bytes);
  const files = new PackageFiles(pkg);
  for (const { sheet, charts } of wanted) {
    const found = pkg.sheets.find((s) => s.name === sheet);
    if (!found) throw new Error(`no sheet "${sheet}" in the package to draw charts on`);
    writeCharts(files, files.sheet(found.part), sheet, charts);
  }
  return files.zip();
}
