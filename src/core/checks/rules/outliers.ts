import { CellKind } from "../../sheet";
import { fmtNumber, textAt } from "../cells";
import { columnsNamed, columnWith, type ColumnInfo } from "../columns";
import { NUMERIC_ROLES, TIME_OFFSET_ROLES } from "../roles";
import type { CheckSettings } from "../settings";
import { mad, meanAbsoluteDeviation, quantile } from "../stats";
import type { Emit, Rule, RuleInput } from "../types";

type Settings = CheckSettings["outliers"];

/**
 * Numeric columns: a numeric role, or mostly numbers under a header we do not know. A time
 * offset ("Months since first") is a coordinate, not a measurement, and is left out.
 */
function numericColumns(input: RuleInput, s: Settings): ColumnInfo[] {
  if (s.columns) return columnsNamed(input.columns, s.columns, input.grid);
  return input.columns.filter((c) =>
    c.role === undefined
      ? c.numbers >= 0.8 * c.filled && c.numbers > 0
      : NUMERIC_ROLES.has(c.role) && !TIME_OFFSET_ROLES.has(c.role),
  );
}

/** Judges one group of numbers (one column, or one metric's rows of it). */
function judge(values: Float64Array, rows: Int32Array, col: ColumnInfo, s: Settings, emit: Emit): void {
  if (values.length < s.minCount) return;
  const scratch = Float64Array.from(values);
  if (s.method === "iqr") {
    const q1 = quantile(scratch, 0.25);
    const q3 = quantile(scratch, 0.75);
    const low = q1 - s.k * (q3 - q1);
    const high = q3 + s.k * (q3 - q1);
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (v < low || v > high) {
        emit(rows[k], col.index, "check.outlierIqr", {
          value: fmtNumber(v),
          column: col.label,
          low: fmtNumber(low),
          high: fmtNumber(high),
          q1: fmtNumber(q1),
          q3: fmtNumber(q3),
          k: s.k,
        });
      }
    }
    return;
  }
  const med = quantile(scratch, 0.5);
  const m = mad(values, med);
  // With MAD 0 (over half the values equal), scale the mean absolute deviation instead (1.2533 = sqrt(pi/2)).
  const meanAd = m === 0 ? meanAbsoluteDeviation(values, med) : 0;
  const scale = m !== 0 ? m / 0.6745 : 1.253314 * meanAd;
  if (!(scale > 0)) return;
  for (let k = 0; k < values.length; k++) {
    const score = Math.abs(values[k] - med) / scale;
    if (score > s.threshold) {
      emit(rows[k], col.index, "check.outlierMad", {
        value: fmtNumber(values[k]),
        column: col.label,
        score: fmtNumber(score),
        threshold: s.threshold,
        median: fmtNumber(med),
        mad: fmtNumber(m),
      });
    }
  }
}

/**
 * Outliers by the modified z-score, 0.6745 (x - median) / MAD > 3.5 (Iglewicz and Hoaglin),
 * or by IQR fences. In a long table (one metric per row) each metric is judged on its own.
 */
export const outliersRule: Rule<Settings> = {
  id: "outliers",
  defaultSeverity: "info",
  run(input, s, emit) {
    const { grid, table, dataRows } = input;
    const metric = columnWith(input.columns, "metric");
    for (const col of numericColumns(input, s)) {
      const groups = new Map<string, number[]>();
      const values = new Float64Array(table.lastRow - table.firstRow + 1);
      const rows = new Int32Array(values.length);
      let n = 0;
      for (let r = table.firstRow; r <= table.lastRow; r++) {
        const i = r * grid.cols + col.index;
        if (dataRows[r] === 0 || grid.kinds[i] !== CellKind.Number) continue;
        values[n] = grid.numbers[i];
        rows[n] = r;
        if (metric) {
          const key = textAt(grid, r * grid.cols + metric.index);
          const list = groups.get(key) ?? [];
          list.push(n);
          groups.set(key, list);
        }
        n++;
      }
      if (!metric || groups.size <= 1) {
        judge(values.subarray(0, n), rows.subarray(0, n), col, s, emit);
        continue;
      }
      for (const members of groups.values()) {
        judge(
          Float64Array.from(members, (k) => values[k]),
          Int32Array.from(members, (k) => rows[k]),
          col,
          s,
          emit,
        );
      }
    }
  },
};
