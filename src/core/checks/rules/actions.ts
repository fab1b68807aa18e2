import { serialToIso } from "../../sheet";
import { dateAt, textAt } from "../cells";
import { columnWith } from "../columns";
import type { CheckSettings } from "../settings";
import type { Rule } from "../types";

type Settings = CheckSettings["actions"];

/** An action whose planned date has passed while its status is not done (已完成 / done). */
export const actionsRule: Rule<Settings> = {
  id: "actions",
  defaultSeverity: "warning",
  run(input, s, emit) {
    const { grid, table, dataRows, columns, today } = input;
    const planned = columnWith(columns, "plannedDate");
    const status = columnWith(columns, "status");
    if (!planned || !status) return;
    const done = new Set(s.done.map((d) => d.trim().toLowerCase()));
    const day = Math.floor(today);
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (dataRows[r] === 0) continue;
      const row = r * grid.cols;
      const when = dateAt(grid, row + planned.index);
      if (Number.isNaN(when) || Math.floor(when) >= day) continue;
      const state = textAt(grid, row + status.index);
      if (done.has(state.toLowerCase())) continue;
      emit(r, planned.index, "check.overdue", {
        date: serialToIso(when),
        today: serialToIso(day),
        status: state === "" ? "—" : state,
      });
    }
  },
};
