import { fmtNumber, fmtPercent, numberAt, textAt } from "../cells";
import { columnsNamed, columnWith, type ColumnInfo } from "../columns";
import { NUMERIC_ROLES } from "../roles";
import type { CheckSettings } from "../settings";
import type { Emit, Rule, RuleInput } from "../types";

type Settings = CheckSettings["crossSource"];

/** Relative difference against the reference (the first source); Infinity against a zero. */
function relativeDiff(value: number, reference: number): number {
  if (reference === 0) return value === 0 ? 0 : Infinity;
  return Math.abs(value - reference) / Math.abs(reference);
}

/** Pairs of columns holding one metric from two sources: "曝光量(巨量)" and "曝光量(GA)". */
function columnPairs(input: RuleInput, s: Settings): Array<readonly [ColumnInfo, ColumnInfo]> {
  const pairs: Array<readonly [ColumnInfo, ColumnInfo]> = [];
  const byBase = new Map<string, ColumnInfo[]>();
  for (const c of input.columns) {
    if (c.qualifier === undefined || c.base === "" || !(c.role === undefined || NUMERIC_ROLES.has(c.role))) continue;
    if (c.numbers === 0) continue;
    const list = byBase.get(c.base) ?? [];
    list.push(c);
    byBase.set(c.base, list);
  }
  for (const c of input.columns) {
    // An unqualified "曝光量" beside "曝光量(GA)" is the reference.
    const list = byBase.get(c.base);
    if (list && c.qualifier === undefined && c.numbers > 0) list.unshift(c);
  }
  for (const list of byBase.values()) for (let k = 1; k < list.length; k++) pairs.push([list[0], list[k]]);
  for (const [a, b] of s.pairs ?? []) {
    const [ca, cb] = [columnsNamed(input.columns, [a], input.grid)[0], columnsNamed(input.columns, [b], input.grid)[0]];
    if (ca && cb && ca !== cb && !pairs.some(([x, y]) => x === ca && y === cb)) pairs.push([ca, cb]);
  }
  return pairs;
}

function checkColumns(input: RuleInput, s: Settings, emit: Emit): void {
  const { grid, table, dataRows } = input;
  const metric = columnWith(input.columns, "metric");
  for (const [ref, other] of columnPairs(input, s)) {
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (dataRows[r] === 0) continue;
      const a = numberAt(grid, r * grid.cols + ref.index);
      const b = numberAt(grid, r * grid.cols + other.index);
      if (Number.isNaN(a) || Number.isNaN(b)) continue;
      const diff = relativeDiff(b, a);
      if (diff <= s.tolerance + 1e-12) continue;
      const name = metric ? textAt(grid, r * grid.cols + metric.index) : "";
      emit(r, other.index, "check.crossSource", {
        metric: name !== "" ? name : ref.base,
        source: other.qualifier ?? other.label,
        value: fmtNumber(b),
        reference: ref.qualifier ?? ref.label,
        referenceValue: fmtNumber(a),
        diff: fmtPercent(diff),
        tolerance: fmtPercent(s.tolerance),
      });
    }
  }
}

/** The same metric as rows from two sources (指标名称, 数据来源, 数值), per period. */
function checkRows(input: RuleInput, s: Settings, emit: Emit): void {
  const { grid, table, dataRows, columns } = input;
  const metric = columnWith(columns, "metric");
  const source = columnWith(columns, "source");
  const value = columnWith(columns, "value") ?? columnWith(columns, "actual");
  if (!metric || !source || !value) return;
  const period = columnWith(columns, "date") ?? columnWith(columns, "startDate");
  const reference = new Map<string, { row: number; value: number; source: string }>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (dataRows[r] === 0) continue;
    const base = r * grid.cols;
    const name = textAt(grid, base + metric.index);
    const from = textAt(grid, base + source.index);
    const v = numberAt(grid, base + value.index);
    if (name === "" || from === "" || Number.isNaN(v)) continue;
    const key = period ? `${name}\u0001${textAt(grid, base + period.index)}` : name;
    const ref = reference.get(key);
    if (!ref) {
      reference.set(key, { row: r, value: v, source: from });
      continue;
    }
    if (ref.source === from) continue;
    const diff = relativeDiff(v, ref.value);
    if (diff <= s.tolerance + 1e-12) continue;
    emit(r, value.index, "check.crossSource", {
      metric: name,
      source: from,
      value: fmtNumber(v),
      reference: ref.source,
      referenceValue: fmtNumber(ref.value),
      diff: fmtPercent(diff),
      tolerance: fmtPercent(s.tolerance),
    });
  }
}

/** One metric from two sources may differ by at most the tolerance (5%), against the first source. */
export const crossSourceRule: Rule<Settings> = {
  id: "crossSource",
  defaultSeverity: "warning",
  run(input, s, emit) {
    checkColumns(input, s, emit);
    checkRows(input, s, emit);
  },
};
