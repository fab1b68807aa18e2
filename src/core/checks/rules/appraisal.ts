import { toYesNo } from "../../appraisal/cells";
import { WEIGHT_TOLERANCE } from "../../appraisal/score";
import { CellKind } from "../../sheet";
import { fmtNumber, fmtPercent, numberAt, textAt } from "../cells";
import { columnWith, type ColumnInfo } from "../columns";
import type { CheckSettings } from "../settings";
import type { Emit, Rule, RuleInput } from "../types";

type Settings = CheckSettings["appraisal"];

/** Headers of an appraisal sheet (ours or a hand-made one), matched on the header without its bracketed qualifier. */
const PERSON = /^(人员|团队|人员\/团队|姓名|员工|考核对象|person|team|employee|name|person \/ team)$/;
const WEIGHT_USED = /^(采用权重|实际权重|weight used|effective weight)$/;
const WEIGHT = /^(权重|weight)$/;
const INCUBATION = /培育期|incubation/;
const COUNTED = /计分|counted|scored/;
const REASON = /修正原因|修订原因|调整原因|reason for (the )?revision|revision reason/;
const ROI = /\broi\b|投资回报率/i;

const find = (columns: readonly ColumnInfo[], pattern: RegExp) => columns.find((c) => pattern.test(c.base));

function weightSums(input: RuleInput, person: ColumnInfo, weight: ColumnInfo, emit: Emit): void {
  const { grid, table, dataRows } = input;
  const groups = new Map<string, { first: number; name: string; sum: number; count: number }>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (dataRows[r] === 0) continue;
    const name = textAt(grid, r * grid.cols + person.index);
    if (name === "") continue;
    const key = name.toLowerCase();
    const group = groups.get(key) ?? { first: r, name, sum: 0, count: 0 };
    const w = numberAt(grid, r * grid.cols + weight.index);
    if (!Number.isNaN(w)) {
      group.sum += w;
      group.count++;
    }
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    if (g.count > 0 && Math.abs(g.sum - 1) > WEIGHT_TOLERANCE)
      emit(g.first, weight.index, "check.weightSum", { person: g.name, sum: fmtPercent(g.sum) });
  }
}

/**
 * Appraisal sheets (绩效考核表) and targets revised mid-way:
 * - each person's or team's KPI weights must add up to 100% (the weights used, where the
 *   sheet shows them, else the typed ones);
 * - a revised target needs its reason (动态目标修正 keeps the original and says why);
 * - an ROI in its incubation period (培育期, the first 3-6 months of an emerging market)
 *   must not count in a score: reported when the row's counted value is a number, or,
 *   on a sheet without one, when it carries a weight above 0.
 */
export const appraisalRule: Rule<Settings> = {
  id: "appraisal",
  defaultSeverity: "warning",
  run(input, _s, emit) {
    const { grid, table, dataRows, columns } = input;
    const person = find(columns, PERSON);
    const weight = find(columns, WEIGHT_USED) ?? find(columns, WEIGHT);
    if (person && weight) weightSums(input, person, weight, emit);

    const metric = columnWith(columns, "metric");
    const revised = columnWith(columns, "revisedTarget");
    const reason = find(columns, REASON);
    const incubation = find(columns, INCUBATION);
    const counted = find(columns, COUNTED);
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (dataRows[r] === 0) continue;
      const row = r * grid.cols;
      const name = metric ? textAt(grid, row + metric.index) : "";
      if (revised && grid.kinds[row + revised.index] !== CellKind.Blank) {
        if (!reason || textAt(grid, row + reason.index) === "")
          emit(r, revised.index, "check.revisionNoReason", {
            metric: name || revised.label,
            value: textAt(grid, row + revised.index),
          });
      }
      if (!incubation || !ROI.test(name)) continue;
      const mark =
        grid.kinds[row + incubation.index] === CellKind.Boolean
          ? grid.numbers[row + incubation.index] === 1
          : textAt(grid, row + incubation.index);
      if (toYesNo(mark, "incubation", r) !== true) continue;
      const value = counted ? numberAt(grid, row + counted.index) : weight ? numberAt(grid, row + weight.index) : NaN;
      const isCounted = counted ? !Number.isNaN(value) : value > 0;
      if (isCounted)
        emit(r, (counted ?? weight ?? incubation).index, "check.incubationCounted", {
          metric: name,
          value: fmtNumber(value),
        });
    }
  },
};
