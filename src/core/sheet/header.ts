import { CellKind, sheetRow, type SheetGrid } from "./types";

/** Where the table is in a grid: its header row (or none) and its data rows, as grid rows. */
export interface TableShape {
  /** Grid row of the header; -1 when the grid has none (data starts at row 0). */
  readonly headerRow: number;
  readonly firstRow: number;
  /** Last grid row with anything in it; firstRow - 1 when there is no data. */
  readonly lastRow: number;
  /** Header text per column, trimmed; "" where the header cell is blank or there is no header. */
  readonly headers: readonly string[];
}

const NUMERIC_TEXT = /^\s*[-+]?[\d,.]+%?\s*$/;
/** How many rows from the top may hold a title, notes or blank lines before the header. */
const SCAN_ROWS = 20;

/** How many distinct text labels make grid row `r` a header: 0 when it is no header (fewer than two, or mostly values). */
export function headerScore(grid: SheetGrid, r: number): number {
  let filled = 0;
  let labels = 0;
  const seen = new Set<string>();
  for (let c = 0; c < grid.cols; c++) {
    const i = r * grid.cols + c;
    const kind = grid.kinds[i];
    if (kind === CellKind.Blank) continue;
    filled++;
    const text = grid.texts[i];
    if (kind === CellKind.Text && text !== undefined && !NUMERIC_TEXT.test(text)) {
      const key = text.trim();
      if (key !== "" && !seen.has(key)) {
        seen.add(key);
        labels++;
      }
    }
  }
  // A header has at least two distinct labels, and labels make most of the row.
  return labels >= 2 && labels >= 0.6 * filled ? labels : 0;
}

/**
 * Finds the header row: within the first rows, the first one with the most distinct text
 * labels (a title line above it has one, a data row below it has numbers or fewer labels).
 * `headerRow` (a grid row) overrides the detection.
 */
export function detectTable(grid: SheetGrid, headerRow?: number): TableShape {
  let header = -1;
  if (headerRow !== undefined) {
    header = headerRow >= 0 && headerRow < grid.rows ? headerRow : -1;
  } else {
    let best = 0;
    const first = grid.rows > 0 ? sheetRow(grid, 0) : 0;
    for (let r = 0; r < grid.rows && sheetRow(grid, r) - first < SCAN_ROWS; r++) {
      const score = headerScore(grid, r);
      if (score > best) {
        best = score;
        header = r;
      }
    }
  }
  let lastRow = grid.rows - 1;
  const firstRow = header + 1;
  outer: for (; lastRow >= firstRow; lastRow--) {
    for (let c = 0; c < grid.cols; c++) if (grid.kinds[lastRow * grid.cols + c] !== CellKind.Blank) break outer;
  }
  const headers: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const i = header * grid.cols + c;
    const text = header >= 0 && grid.kinds[i] === CellKind.Text ? grid.texts[i] : undefined;
    headers.push(text === undefined ? "" : text.trim());
  }
  return { headerRow: header, firstRow, lastRow, headers };
}
