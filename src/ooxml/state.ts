import { decodeFlagState, STATE_SHEET, type FlagState } from "../core/checks";
import { readSheetCells, type XlsxPackage } from "./read";

/** The state an earlier check left in the package (its very hidden sheet), if any. */
export function readPackageFlagState(pkg: XlsxPackage): FlagState | undefined {
  const sheet = pkg.sheets.find((s) => s.name === STATE_SHEET);
  if (!sheet) return undefined;
  const rows: unknown[][] = [];
  readSheetCells(pkg, sheet, (row, col, value) => {
    if (col > 3) return;
    // The state's rows are its own: a damaged one far down must not allocate rows up to it.
    if (row > rows.length + 100_000) return;
    while (rows.length <= row) rows.push([]);
    rows[row][col] = value;
  });
  return decodeFlagState(rows);
}
