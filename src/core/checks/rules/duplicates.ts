import { CellKind, sheetRow, type SheetGrid } from "../../sheet";
import { textAt } from "../cells";
import { columnsNamed, columnWith, type ColumnInfo } from "../columns";
import type { CheckSettings } from "../settings";
import type { Emit, Rule, RuleInput } from "../types";

type Settings = CheckSettings["duplicates"];

/**
 * Key columns: as set, else an id column (with the date, when the table has one: a customer
 * id repeats in a list of orders or touches, once per date), else the metric name with its
 * source and date.
 */
function keyColumns(input: RuleInput, s: Settings): ColumnInfo[] {
  const { columns } = input;
  if (s.keys) return columnsNamed(columns, s.keys, input.grid);
  const id = columnWith(columns, "id");
  const date = columnWith(columns, "date");
  if (id) return date ? [id, date] : [id];
  const metric = columnWith(columns, "metric");
  if (!metric) return [];
  const extra = [columnWith(columns, "source"), date, columnWith(columns, "startDate")];
  return [metric, ...extra.filter((c): c is ColumnInfo => c !== undefined)];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** FNV-1a over a row's kinds, numbers and texts; -1 when fewer than two cells are filled. */
function rowHash(grid: SheetGrid, r: number): number {
  const base = r * grid.cols;
  let h = 0x811c9dc5 | 0;
  let filled = 0;
  for (let c = 0; c < grid.cols; c++) {
    const i = base + c;
    const kind = grid.kinds[i];
    h = Math.imul(h ^ kind, 16777619);
    if (kind === CellKind.Blank) continue;
    filled++;
    if (kind === CellKind.Text || kind === CellKind.Error) {
      const text = grid.texts[i] ?? "";
      for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
    } else {
      f64[0] = grid.numbers[i];
      h = Math.imul(h ^ u32[0], 16777619);
      h = Math.imul(h ^ u32[1], 16777619);
    }
  }
  return filled >= 2 ? h >>> 0 : -1;
}

function sameRow(grid: SheetGrid, a: number, b: number): boolean {
  const ia = a * grid.cols;
  const ib = b * grid.cols;
  for (let c = 0; c < grid.cols; c++) {
    const kind = grid.kinds[ia + c];
    if (kind !== grid.kinds[ib + c]) return false;
    if (kind === CellKind.Text || kind === CellKind.Error) {
      if (grid.texts[ia + c] !== grid.texts[ib + c]) return false;
    } else if (kind !== CellKind.Blank && grid.numbers[ia + c] !== grid.numbers[ib + c]) return false;
  }
  return true;
}

/** Marks rows that repeat an earlier row cell for cell, reporting each at its first filled cell. */
function repeatedRows(input: RuleInput, emit: Emit): Uint8Array {
  const { grid, table, dataRows } = input;
  const repeated = new Uint8Array(grid.rows);
  const seen = new Map<number, number[]>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (dataRows[r] === 0) continue;
    const h = rowHash(grid, r);
    if (h < 0) continue;
    const earlier = seen.get(h);
    const first = earlier?.find((e) => sameRow(grid, e, r));
    if (first === undefined) {
      if (earlier) earlier.push(r);
      else seen.set(h, [r]);
      continue;
    }
    repeated[r] = 1;
    let c = 0;
    while (c < grid.cols - 1 && grid.kinds[r * grid.cols + c] === CellKind.Blank) c++;
    emit(r, c, "check.duplicateRow", { row: sheetRow(grid, r) + 1, first: sheetRow(grid, first) + 1 });
  }
  return repeated;
}

/** Rows repeated cell for cell, and keys (a user, a metric from one source) repeated. */
export const duplicatesRule: Rule<Settings> = {
  id: "duplicates",
  defaultSeverity: "warning",
  run(input, s, emit) {
    const { grid, table, dataRows } = input;
    const repeated = s.rows ? repeatedRows(input, emit) : new Uint8Array(grid.rows);
    const keys = keyColumns(input, s);
    if (keys.length === 0) return;
    const seen = new Map<string, number>();
    rows: for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (dataRows[r] === 0) continue;
      let key = "";
      for (let k = 0; k < keys.length; k++) {
        const text = textAt(grid, r * grid.cols + keys[k].index);
        if (text === "") continue rows;
        key = k === 0 ? text : `${key}\u0001${text}`;
      }
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r);
      else if (repeated[r] === 0) {
        emit(r, keys[0].index, "check.duplicateKey", {
          column: keys.map((k) => k.label).join(" + "),
          key: key.split("\u0001").join(" / "),
          first: sheetRow(grid, first) + 1,
        });
      }
    }
  },
};
