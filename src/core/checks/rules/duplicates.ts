import { CellKind } from "../../sheet";
import { textAt } from "../cells";
import { columnsNamed, columnWith, type ColumnInfo } from "../columns";
import type { CheckSettings } from "../settings";
import type { Rule, RuleInput } from "../types";

type Settings = CheckSettings["duplicates"];

/** Key columns: as set, else an id column, else the metric name with its source and date. */
function keyColumns(input: RuleInput, s: Settings): ColumnInfo[] {
  const { columns } = input;
  if (s.keys) return columnsNamed(columns, s.keys, input.grid.left);
  const id = columnWith(columns, "id");
  if (id) return [id];
  const metric = columnWith(columns, "metric");
  if (!metric) return [];
  const extra = [columnWith(columns, "source"), columnWith(columns, "date"), columnWith(columns, "startDate")];
  return [metric, ...extra.filter((c): c is ColumnInfo => c !== undefined)];
}

function rowSignature(input: RuleInput, r: number): string | undefined {
  const { grid } = input;
  const base = r * grid.cols;
  let filled = 0;
  const parts: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const kind = grid.kinds[base + c];
    if (kind !== CellKind.Blank) filled++;
    parts.push(`${kind}${textAt(grid, base + c)}`);
  }
  return filled >= 2 ? parts.join("\u0001") : undefined;
}

/** Rows repeated cell for cell, and keys (a user, a metric from one source) repeated. */
export const duplicatesRule: Rule<Settings> = {
  id: "duplicates",
  defaultSeverity: "warning",
  run(input, s, emit) {
    const { grid, table, dataRows } = input;
    const repeated = new Uint8Array(grid.rows);
    if (s.rows) {
      const seen = new Map<string, number>();
      for (let r = table.firstRow; r <= table.lastRow; r++) {
        if (dataRows[r] === 0) continue;
        const sig = rowSignature(input, r);
        if (sig === undefined) continue;
        const first = seen.get(sig);
        if (first === undefined) {
          seen.set(sig, r);
          continue;
        }
        repeated[r] = 1;
        let c = 0;
        while (c < grid.cols - 1 && grid.kinds[r * grid.cols + c] === CellKind.Blank) c++;
        emit(r, c, "check.duplicateRow", { row: grid.top + r + 1, first: grid.top + first + 1 });
      }
    }
    const keys = keyColumns(input, s);
    if (keys.length === 0) return;
    const seen = new Map<string, number>();
    rows: for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (dataRows[r] === 0) continue;
      const parts: string[] = [];
      for (const k of keys) {
        const text = textAt(grid, r * grid.cols + k.index);
        if (text === "") continue rows;
        parts.push(text);
      }
      const key = parts.join("\u0001");
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r);
      else if (repeated[r] === 0) {
        emit(r, keys[0].index, "check.duplicateKey", {
          column: keys.map((k) => k.label).join(" + "),
          key: parts.join(" / "),
          first: grid.top + first + 1,
        });
      }
    }
  },
};
