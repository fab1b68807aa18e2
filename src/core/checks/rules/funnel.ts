import { CellKind, sheetRow } from "../../sheet";
import { numberAt, fmtNumber, textAt } from "../cells";
import { columnWith, type ColumnInfo } from "../columns";
import { FUNNEL, roleOf, type Role } from "../roles";
import type { CheckSettings } from "../settings";
import type { Emit, Rule, RuleInput } from "../types";

type Settings = CheckSettings["funnel"];

/** Funnel stages as columns: each row must narrow from impressions down to conversions. */
function checkColumns(input: RuleInput, emit: Emit): void {
  const { grid, table, dataRows, columns } = input;
  const stages = FUNNEL.map((role) => columnWith(columns, role)).filter((c): c is ColumnInfo => c !== undefined);
  if (stages.length < 2) return;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (dataRows[r] === 0) continue;
    const base = r * grid.cols;
    let prev: ColumnInfo | undefined;
    let prevValue = NaN;
    for (const stage of stages) {
      const i = base + stage.index;
      if (grid.kinds[i] !== CellKind.Number) continue;
      const v = grid.numbers[i];
      if (prev !== undefined && v > prevValue) {
        emit(r, stage.index, "check.funnel", {
          stage: stage.label,
          value: fmtNumber(v),
          previous: prev.label,
          previousValue: fmtNumber(prevValue),
        });
      }
      prev = stage;
      prevValue = v;
    }
  }
}

interface StageCell {
  readonly row: number;
  readonly value: number;
  readonly name: string;
}

/**
 * Funnel stages as rows of a data collection sheet (指标名称 + 数值): within a period,
 * the 点击量 row may not exceed the 曝光量 row. The first row of each stage counts.
 */
function checkRows(input: RuleInput, emit: Emit): void {
  const { grid, table, dataRows, columns } = input;
  const metric = columnWith(columns, "metric");
  const value = columnWith(columns, "value") ?? columnWith(columns, "actual");
  if (!metric || !value) return;
  const period = columnWith(columns, "date") ?? columnWith(columns, "startDate");
  const groups = new Map<string, Map<Role, StageCell>>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (dataRows[r] === 0) continue;
    const name = textAt(grid, r * grid.cols + metric.index);
    const role = name === "" ? undefined : roleOf(name);
    if (role === undefined || !FUNNEL.includes(role)) continue;
    const v = numberAt(grid, r * grid.cols + value.index);
    if (Number.isNaN(v)) continue;
    const key = period ? textAt(grid, r * grid.cols + period.index) : "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    if (!group.has(role)) group.set(role, { row: r, value: v, name });
  }
  for (const group of groups.values()) {
    let prev: StageCell | undefined;
    for (const role of FUNNEL) {
      const cell = group.get(role);
      if (!cell) continue;
      if (prev !== undefined && cell.value > prev.value) {
        emit(cell.row, value.index, "check.funnelRows", {
          stage: cell.name,
          value: fmtNumber(cell.value),
          previous: prev.name,
          previousValue: fmtNumber(prev.value),
          previousRow: sheetRow(grid, prev.row) + 1,
        });
      }
      prev = cell;
    }
  }
}

/** Impressions >= clicks >= visits >= registrations >= conversions, on whichever a sheet has. */
export const funnelRule: Rule<Settings> = {
  id: "funnel",
  defaultSeverity: "error",
  run(input, _s, emit) {
    checkColumns(input, emit);
    checkRows(input, emit);
  },
};
