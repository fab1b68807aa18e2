import { achievement } from "../../kpi/achievement";
import { fmtNumber, fmtPercent, numberAt, textAt } from "../cells";
import { columnWith } from "../columns";
import { directionOfName, directionWord } from "../roles";
import type { CheckSettings } from "../settings";
import type { Rule } from "../types";

type Settings = CheckSettings["targets"];

/**
 * Targets: actual below the base level (保底值) where the sheet has one, otherwise
 * achievement below the set share of target; a lower-is-better metric (a cost) over target.
 * Direction comes from a direction column, else from the metric's name (成本, CAC, 跳出率).
 * A revised target (修正目标值), where a row has one, replaces the original.
 */
export const targetsRule: Rule<Settings> = {
  id: "targets",
  defaultSeverity: "warning",
  run(input, s, emit) {
    const { grid, table, dataRows, columns } = input;
    const actual = columnWith(columns, "actual");
    const target = columnWith(columns, "target");
    const base = columnWith(columns, "base");
    const revised = columnWith(columns, "revisedTarget");
    if (!actual || (!target && !base)) return;
    const metric = columnWith(columns, "metric");
    const direction = columnWith(columns, "direction");
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (dataRows[r] === 0) continue;
      const row = r * grid.cols;
      const a = numberAt(grid, row + actual.index);
      if (Number.isNaN(a)) continue;
      const name = metric ? textAt(grid, row + metric.index) : actual.label;
      const dir = (direction ? directionWord(textAt(grid, row + direction.index)) : undefined) ?? directionOfName(name);
      const label = name !== "" ? name : actual.label;
      const b = base ? numberAt(grid, row + base.index) : NaN;
      if (!Number.isNaN(b)) {
        if (dir === "higher" && a < b) {
          emit(r, actual.index, "check.targetBelowBase", { metric: label, actual: fmtNumber(a), base: fmtNumber(b) });
          continue;
        }
        if (dir === "lower" && a > b) {
          emit(r, actual.index, "check.targetBaseLower", { metric: label, actual: fmtNumber(a), base: fmtNumber(b) });
          continue;
        }
      }
      const r2 = revised ? numberAt(grid, row + revised.index) : NaN;
      const t = !Number.isNaN(r2) ? r2 : target ? numberAt(grid, row + target.index) : NaN;
      if (Number.isNaN(t)) continue;
      if (dir === "lower") {
        if (a > t)
          emit(r, actual.index, "check.targetOver", { metric: label, actual: fmtNumber(a), target: fmtNumber(t) });
        continue;
      }
      if (!Number.isNaN(b)) continue;
      const ach = achievement(a, t, "higher");
      if (typeof ach === "number" && ach < s.minAchievement - 1e-12) {
        emit(r, actual.index, "check.targetAchievement", {
          metric: label,
          achievement: fmtPercent(ach),
          min: fmtPercent(s.minAchievement),
        });
      }
    }
  },
};
