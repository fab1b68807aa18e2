import {
  CellKind,
  columnBlocks,
  headerScore,
  rowBlocks,
  subGrid,
  type GridBlock,
  type SheetGrid,
  type TableShape,
} from "../sheet";

/** A parameter panel is at most this wide (label, value, a unit or note)... */
const PANEL_COLUMNS = 3;
/** ...and this long: a list longer than a screen is data, even without a header. */
const PANEL_ROWS = 20;

const NUMERIC_TEXT = /^\s*[-+]?[\d,.]+%?\s*$/;

/** A text label (not a number typed as text) at grid cell (r, c). */
function labelAt(grid: SheetGrid, r: number, c: number): string | undefined {
  const i = r * grid.cols + c;
  const text = grid.kinds[i] === CellKind.Text ? grid.texts[i]?.trim() : undefined;
  return text !== undefined && text !== "" && !NUMERIC_TEXT.test(text) ? text : undefined;
}

/**
 * A block of label/value lines (a fitted model's parameters, a threshold, totals under a
 * matrix), not a table: narrow, short, a distinct label in its first column on every row, and
 * no header (its first row is a label and its value). It stands alone in its columns or is
 * narrower than the table above or below it.
 */
function isPanel(grid: SheetGrid, part: GridBlock, alone: boolean, widest: number): boolean {
  const width = part.right - part.left + 1;
  if (width > PANEL_COLUMNS || part.bottom - part.top + 1 > PANEL_ROWS) return false;
  if (!alone && width >= widest) return false;
  const labels = new Set<string>();
  for (let r = part.top; r <= part.bottom; r++) {
    const label = labelAt(grid, r, part.left);
    if (label === undefined || labels.has(label)) return false;
    labels.add(label);
  }
  return width === 1 || headerScore(subGrid(grid, { ...part, bottom: part.top }), 0) === 0;
}

/**
 * The tables of a sheet, each a grid of its own (keeping its worksheet rows and columns):
 * blocks side by side with an empty column between them are separate tables, and within a
 * block, a panel of label/value lines set apart by an empty row (a title, notes, totals
 * under a matrix) is no table at all. Parts of a block that are not panels stay one table,
 * empty rows and all. A sheet laid out as one table gives back the grid itself.
 */
export function findTables(grid: SheetGrid): SheetGrid[] {
  const out: SheetGrid[] = [];
  const bands = columnBlocks(grid).map((band) => ({ band, parts: rowBlocks(grid, band) }));
  // A sheet that is one block is one table: a panel is a block beside or under a table.
  if (bands.length === 1 && bands[0].parts.length === 1)
    return [grid.rows * grid.cols > 0 ? subGrid(grid, bands[0].band) : grid];
  for (const { band, parts } of bands) {
    const widest = Math.max(...parts.map((p) => p.right - p.left + 1));
    let current: GridBlock | undefined;
    const flush = () => {
      if (current) out.push(subGrid(grid, current));
      current = undefined;
    };
    for (const part of parts) {
      if (isPanel(grid, part, parts.length === 1, widest)) {
        flush();
        continue;
      }
      current = { top: current?.top ?? part.top, bottom: part.bottom, left: band.left, right: band.right };
    }
    flush();
  }
  return out;
}

/**
 * Header cells that are a label and its value, side by side in the header row with nothing
 * under either ("Leak threshold | 0.7" beside a table's header): a parameter, not two
 * columns. Their headers are cleared, so no rule reads them as columns of the table.
 */
export function withoutHeaderParameters(grid: SheetGrid, table: TableShape): TableShape {
  const h = table.headerRow;
  if (h < 0) return table;
  const emptyBelow = (c: number) => {
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      const i = r * grid.cols + c;
      if (grid.kinds[i] !== CellKind.Blank || grid.formulas[i] === 1) return false;
    }
    return true;
  };
  const headers = [...table.headers];
  let changed = false;
  for (let c = 0; c + 1 < grid.cols; c++) {
    const value = h * grid.cols + c + 1;
    const isValue = grid.kinds[value] !== CellKind.Blank && labelAt(grid, h, c + 1) === undefined;
    if (labelAt(grid, h, c) === undefined || !isValue || !emptyBelow(c) || !emptyBelow(c + 1)) continue;
    headers[c] = "";
    headers[c + 1] = "";
    changed = true;
  }
  return changed ? { ...table, headers } : table;
}
