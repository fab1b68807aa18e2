import { buildSheet, type RawCell, type SheetGrid } from "../../core/sheet";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { LIMITS } from "../checks/limits";
import { formatText, rawValue } from "../raw-value";
import { readAreasByBytes, type SheetArea } from "../read-rows";

/** The visible sheets hold more cells than a report reads: the message says how many. */
export class WorkbookTooLargeError extends Error {
  override readonly name = "WorkbookTooLargeError";
  constructor(
    readonly cells: number,
    locale: Locale = "en-US",
  ) {
    super(t(locale, "excel.reportTooLarge", { cells, max: LIMITS.maxCells }));
  }
}

export interface VisibleSheetsRead {
  readonly grids: SheetGrid[];
  /** How many times `context.sync()` ran. */
  readonly syncs: number;
}

/**
 * Every visible worksheet's used range, values and number formats (the report reads the
 * workbook once). One sync for the sheets, one for their used ranges' shapes, then the
 * cells cut by bytes (readAreasByBytes): a workbook of small sheets is read in one more
 * sync, a large one in reads of about 2 MB, never one response over Excel on the web's 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * A sheet's grid starts at its used range's corner; error values become errors.
 */
export async function readVisibleSheets(
  context: Excel.RequestContext,
  locale: Locale = "en-US",
): Promise<VisibleSheetsRead> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const used = sheets.items
    .filter((s) => s.visibility === "Visible")
    .map((s) => ({
      sheet: s,
      name: s.name,
      range: s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    }));
  await context.sync();
  const present = used.filter((u) => !u.range.isNullObject);
  const areas: SheetArea[] = present.map((u) => ({
    sheet: u.sheet,
    area: { top: u.range.rowIndex, left: u.range.columnIndex, rows: u.range.rowCount, columns: u.range.columnCount },
  }));
  const cells = areas.reduce((sum, a) => sum + a.area.rows * a.area.columns, 0);
  if (cells > LIMITS.maxCells) throw new WorkbookTooLargeError(cells, locale);
  const values: RawCell[][][] = areas.map(() => []);
  const formats: (string | undefined)[][][] = areas.map(() => []);
  const reads = await readAreasByBytes(context, areas, true, (k, block) => {
    block.values.forEach((row, j) => {
      values[k].push(row.map(rawValue));
      formats[k].push((block.numberFormat?.[j] ?? []).map(formatText));
    });
  });
  const grids = present.map((u, k) =>
    buildSheet(u.name, values[k], { top: areas[k].area.top, left: areas[k].area.left, formats: formats[k] }),
  );
  return { grids, syncs: 2 + reads };
}
