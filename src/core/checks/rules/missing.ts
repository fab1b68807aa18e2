import { CellKind, sheetRow } from "../../sheet";
import { columnsNamed, type ColumnInfo } from "../columns";
import { OPTIONAL_ROLES } from "../roles";
import type { CheckSettings } from "../settings";
import type { Rule, RuleInput } from "../types";

type Settings = CheckSettings["missing"];

const OPTIONAL_QUALIFIER = /^(空|blank|optional|可选|选填|可空)/i;

/** Whether every filled cell of the column in the table holds a formula: a computed column, never typed in. */
function computed(input: RuleInput, col: number): boolean {
  const { grid, table } = input;
  let formulas = 0;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const i = r * grid.cols + col;
    if (grid.kinds[i] === CellKind.Blank && grid.formulas[i] === 0) continue;
    if (grid.formulas[i] === 0) return false;
    formulas++;
  }
  return formulas > 0;
}

function requiredColumns(input: RuleInput, s: Settings): ColumnInfo[] {
  if (s.columns) return columnsNamed(input.columns, s.columns, input.grid);
  let rows = 0;
  for (let r = input.table.firstRow; r <= input.table.lastRow; r++) rows += input.dataRows[r];
  return input.columns.filter((c) => {
    // A blank in a computed column (the funnel's first step conversion) is by design, not a missing input.
    if (computed(input, c.index)) return false;
    if (c.role !== undefined && OPTIONAL_ROLES.has(c.role)) return false;
    // A header that says a blank is allowed: "Weight (blank: profile)", "权重(空=按方案)", "(optional)".
    if (c.qualifier !== undefined && OPTIONAL_QUALIFIER.test(c.qualifier)) return false;
    if (c.role !== undefined) return true;
    if (c.header === "" && input.table.headerRow >= 0) return false;
    return rows > 0 && c.filled >= s.minFill * rows;
  });
}

/** A required cell is blank. A blank is not zero: 0 is a value and never reported. */
export const missingRule: Rule<Settings> = {
  id: "missing",
  defaultSeverity: "error",
  run(input, s, emit) {
    const { grid, table, dataRows } = input;
    const cols = requiredColumns(input, s);
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (dataRows[r] === 0) continue;
      const base = r * grid.cols;
      for (const col of cols) {
        const i = base + col.index;
        // A formula showing "" is not a typed-in blank: the inputs it reads are reported instead.
        if (grid.kinds[i] === CellKind.Blank && grid.formulas[i] === 0) {
          emit(r, col.index, "check.missing", { column: col.label, row: sheetRow(grid, r) + 1 });
        }
      }
    }
  },
};
