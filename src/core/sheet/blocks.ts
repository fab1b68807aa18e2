import { CellKind, sheetCol, sheetRow, type SheetGrid } from "./types";

/** A rectangle of a grid, by grid rows and columns (inclusive). */
export interface GridBlock {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A cell holds something: a value, or a formula (even one showing ""). */
function filled(grid: SheetGrid, r: number, c: number): boolean {
  const i = r * grid.cols + c;
  return grid.kinds[i] !== CellKind.Blank || grid.formulas[i] === 1;
}

/**
 * Splits `[from, to]` into runs of used indexes: an index that is empty, or a gap in the
 * worksheet's numbering between two neighbours (a sparse grid leaves empty rows and columns
 * out), ends a run.
 */
function runs(
  from: number,
  to: number,
  used: (k: number) => boolean,
  sheetIndex: (k: number) => number,
): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let k = from; k <= to; k++) {
    if (!used(k)) {
      if (start >= 0) out.push([start, k - 1]);
      start = -1;
      continue;
    }
    if (start >= 0 && sheetIndex(k) - sheetIndex(k - 1) > 1) {
      out.push([start, k - 1]);
      start = k;
    } else if (start < 0) start = k;
  }
  if (start >= 0) out.push([start, to]);
  return out;
}

/**
 * Side-by-side blocks of a grid: runs of columns with something in them, an empty worksheet
 * column between two blocks (as Excel's current region ends at an empty column,
 * https://support.microsoft.com/office/select-cell-contents-in-excel-23f64223-2b6b-453a-8688-248355f10fa9).
 * Each block spans the rows its own cells use.
 */
export function columnBlocks(grid: SheetGrid): GridBlock[] {
  const colUsed = (c: number) => {
    for (let r = 0; r < grid.rows; r++) if (filled(grid, r, c)) return true;
    return false;
  };
  return runs(0, grid.cols - 1, colUsed, (c) => sheetCol(grid, c)).map(([left, right]) => {
    const rowUsed = (r: number) => {
      for (let c = left; c <= right; c++) if (filled(grid, r, c)) return true;
      return false;
    };
    let top = 0;
    while (top < grid.rows - 1 && !rowUsed(top)) top++;
    let bottom = grid.rows - 1;
    while (bottom > top && !rowUsed(bottom)) bottom--;
    return { top, bottom, left, right };
  });
}

/** The stacked parts of a block: runs of rows with something in the block's columns, an empty row between two. */
export function rowBlocks(grid: SheetGrid, block: GridBlock): GridBlock[] {
  const rowUsed = (r: number) => {
    for (let c = block.left; c <= block.right; c++) if (filled(grid, r, c)) return true;
    return false;
  };
  return runs(block.top, block.bottom, rowUsed, (r) => sheetRow(grid, r)).map(([top, bottom]) => {
    let left = block.left;
    let right = block.right;
    const colUsed = (c: number) => {
      for (let r = top; r <= bottom; r++) if (filled(grid, r, c)) return true;
      return false;
    };
    while (left < right && !colUsed(left)) left++;
    while (right > left && !colUsed(right)) right--;
    return { top, bottom, left, right };
  });
}

/** The cells of a block as a grid of their own, keeping their worksheet rows and columns. */
export function subGrid(grid: SheetGrid, block: GridBlock): SheetGrid {
  const { top, bottom, left, right } = block;
  if (top === 0 && left === 0 && bottom === grid.rows - 1 && right === grid.cols - 1) return grid;
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const n = rows * cols;
  const kinds = new Uint8Array(n);
  const numbers = new Float64Array(n);
  const texts: (string | undefined)[] = new Array<string | undefined>(n);
  const formulas = new Uint8Array(n);
  const formats: (string | undefined)[] = new Array<string | undefined>(n);
  for (let r = 0; r < rows; r++) {
    const from = (top + r) * grid.cols + left;
    const to = r * cols;
    kinds.set(grid.kinds.subarray(from, from + cols), to);
    numbers.set(grid.numbers.subarray(from, from + cols), to);
    formulas.set(grid.formulas.subarray(from, from + cols), to);
    for (let c = 0; c < cols; c++) {
      texts[to + c] = grid.texts[from + c];
      formats[to + c] = grid.formats[from + c];
    }
  }
  return {
    name: grid.name,
    rows,
    cols,
    top: sheetRow(grid, top),
    left: sheetCol(grid, left),
    rowIds: Int32Array.from({ length: rows }, (_, r) => sheetRow(grid, top + r)),
    colIds: Int32Array.from({ length: cols }, (_, c) => sheetCol(grid, left + c)),
    kinds,
    numbers,
    texts,
    formulas,
    formats,
  };
}
