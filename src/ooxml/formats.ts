import type { FormatReadRequest, FormatSnapshot } from "../core/plan";
import { parseCellAddress, rangeAddress } from "../core/sheet";
import { readSheetCells, type XlsxPackage } from "./read";
import { fillOf } from "./styles";

/** The fill and note of each cell of the requested ranges, read from the package (as the ExcelJS reader gives them). */
export function readPackageFormats(pkg: XlsxPackage, requests: readonly FormatReadRequest[]): FormatSnapshot[] {
  return requests.map((req) => {
    const sheet = pkg.sheets.find((s) => s.name === req.sheet);
    const wanted = new Map<string, number>();
    for (const range of req.ranges) {
      const [a, b] = range.split(":");
      const start = parseCellAddress(a);
      const end = parseCellAddress(b ?? a);
      if (!start || !end) continue;
      for (let r = start.row; r <= end.row; r++)
        for (let c = start.col; c <= end.col; c++) wanted.set(rangeAddress(r, c, r, c), 0);
    }
    if (sheet && wanted.size > 0) {
      readSheetCells(pkg, sheet, (row, col, _v, _f, _nf, style) => {
        const at = rangeAddress(row, col, row, col);
        if (wanted.has(at)) wanted.set(at, style);
      });
    }
    return {
      sheet: req.sheet,
      cells: [...wanted].map(([cell, style]) => ({
        cell,
        format: { fill: fillOf(pkg.styles, style) },
        note: sheet?.notes.get(cell) ?? null,
      })),
    };
  });
}
