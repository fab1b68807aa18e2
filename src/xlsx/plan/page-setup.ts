import type ExcelJS from "exceljs";
import type { PageSetupPlan } from "../../core/plan/types";

/**
 * The footer codes Excel's page setup writes (ECMA-376 Part 1, §18.3.1.36 evenFooter /
 * oddFooter: &L, &C, &R start the left, centre and right sections; &A is the sheet's name,
 * &P the page number, &N the number of pages). The Office.js adapter writes the same codes.
 */
export const FOOTER = { left: "&A", right: "&P / &N" } as const;

/** Applies a page setup: orientation, fit to pages wide (as tall as it takes), title rows, footer. */
export function applyPageSetup(ws: ExcelJS.Worksheet, setup: PageSetupPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: setup.fitToWidth,
    // 0: no limit on the pages tall ("automatic" in Excel's Page Setup dialog).
    fitToHeight: setup.fitToHeight ?? 0,
    horizontalCentered: false,
    ...(setup.repeatRows ? { printTitlesRow: `${setup.repeatRows.first}:${setup.repeatRows.last}` } : {}),
  };
  if (setup.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${FOOTER.left}&R${FOOTER.right}` };
}
