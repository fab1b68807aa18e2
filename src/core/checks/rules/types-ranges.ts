import { CellKind, MAX_DATE_SERIAL, readDate, serialToIso, type SheetGrid } from "../../sheet";
import { dateAt, fmtPercent, parseNumericText } from "../cells";
import { columnWith, type ColumnInfo } from "../columns";
import { parsePeriod } from "../period";
import { DATE_ROLES, NUMERIC_ROLES } from "../roles";
import type { CheckSettings } from "../settings";
import type { Emit, Rule, RuleInput } from "../types";

type Settings = CheckSettings["types"];

const PERIOD_HEADER = /周期|期间|时段|period|duration|window/;

function isNumericColumn(c: ColumnInfo): boolean {
  if (c.role !== undefined) return NUMERIC_ROLES.has(c.role);
  return c.numbers > 0 && c.numbers >= 0.5 * c.filled;
}

/** Whether a rate column holds percentage points (35 for 35%) rather than shares (0.35). */
function percentPoints(input: RuleInput, c: ColumnInfo): boolean {
  if (c.qualifier !== undefined && /%|百分比|percent/.test(c.qualifier)) return true;
  const { grid, table } = input;
  let above = 0;
  let n = 0;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const i = r * grid.cols + c.index;
    if (grid.kinds[i] !== CellKind.Number || grid.formats[i]?.includes("%")) continue;
    n++;
    if (Math.abs(grid.numbers[i]) > 1.5) above++;
  }
  return n > 0 && above > n / 2;
}

function checkRate(grid: SheetGrid, i: number, points: boolean): number | undefined {
  const kind = grid.kinds[i];
  let v = NaN;
  let share = true;
  if (kind === CellKind.Number) {
    v = grid.numbers[i];
    share = !points || (grid.formats[i]?.includes("%") ?? false);
  } else if (kind === CellKind.Text) {
    const text = grid.texts[i] ?? "";
    v = parseNumericText(text);
    share = text.includes("%") || !points;
  }
  if (Number.isNaN(v)) return undefined;
  const asShare = share ? v : v / 100;
  return asShare < 0 || asShare > 1 ? asShare : undefined;
}

function checkColumn(input: RuleInput, c: ColumnInfo, emit: Emit): void {
  const { grid, table, dataRows } = input;
  const numeric = isNumericColumn(c);
  const isDate = c.role !== undefined && DATE_ROLES.has(c.role);
  const isRate = c.role === "rate";
  const points = isRate && percentPoints(input, c);
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (dataRows[r] === 0) continue;
    const i = r * grid.cols + c.index;
    const kind = grid.kinds[i];
    if (kind === CellKind.Blank) continue;
    if (kind === CellKind.Error) {
      emit(r, c.index, "check.errorValue", { code: grid.texts[i] ?? "#VALUE!" });
      continue;
    }
    if (isDate) {
      if (kind === CellKind.Text) {
        const value = grid.texts[i] ?? "";
        const read = readDate(value);
        if (typeof read !== "number") {
          const key =
            read.reason === "ambiguous"
              ? "check.ambiguousDate"
              : read.reason === "yearLast"
                ? "check.yearLastDate"
                : "check.badDate";
          emit(r, c.index, key, { value, column: c.label, first: read.readings[0], second: read.readings[1] });
        }
      } else if (
        (kind === CellKind.Number && !(grid.numbers[i] >= 1 && grid.numbers[i] <= MAX_DATE_SERIAL)) ||
        kind === CellKind.Boolean
      ) {
        emit(r, c.index, "check.badDate", { value: String(grid.numbers[i]), column: c.label });
      }
      continue;
    }
    if (numeric && kind === CellKind.Text && !Number.isNaN(parseNumericText(grid.texts[i] ?? ""))) {
      emit(r, c.index, "check.numberAsText", { value: grid.texts[i] ?? "", column: c.label });
    }
    if (isRate) {
      const out = checkRate(grid, i, points);
      if (out !== undefined) emit(r, c.index, "check.rateRange", { column: c.label, value: fmtPercent(out) });
    }
  }
}

/** A period in one cell ("7.1-7.31") whose end comes before its start. */
function checkPeriodTexts(input: RuleInput, emit: Emit): void {
  const { grid, table, dataRows, columns } = input;
  for (const c of columns) {
    if (!PERIOD_HEADER.test(c.base) || c.texts === 0) continue;
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      const i = r * grid.cols + c.index;
      if (dataRows[r] === 0 || grid.kinds[i] !== CellKind.Text) continue;
      const period = parsePeriod(grid.texts[i] ?? "");
      if (period?.backwards) emit(r, c.index, "check.endBeforeStart", { start: period.start, end: period.end });
    }
  }
}

/** An end date before its start date, on every row that has both. */
function checkPeriods(input: RuleInput, emit: Emit): void {
  checkPeriodTexts(input, emit);
  const { grid, table, dataRows, columns } = input;
  const start = columnWith(columns, "startDate");
  const end = columnWith(columns, "endDate");
  if (!start || !end) return;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (dataRows[r] === 0) continue;
    const s = dateAt(grid, r * grid.cols + start.index);
    const e = dateAt(grid, r * grid.cols + end.index);
    if (!Number.isNaN(s) && !Number.isNaN(e) && e < s) {
      emit(r, end.index, "check.endBeforeStart", { start: serialToIso(s), end: serialToIso(e) });
    }
  }
}

/** Numbers stored as text, rates outside 0-100%, unreadable dates, end before start, error values. */
export const typesRule: Rule<Settings> = {
  id: "types",
  defaultSeverity: "error",
  run(input, _s, emit) {
    for (const c of input.columns) if (c.header !== "" || input.table.headerRow < 0) checkColumn(input, c, emit);
    checkPeriods(input, emit);
  },
};
