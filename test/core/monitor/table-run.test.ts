import { isCellError } from "../../../src/core/errors";
import { pace } from "../../../src/core/monitor/pace";
import { guessMonitor, monitorTable } from "../../../src/core/monitor/table-run";
import { dateSerial } from "../../../src/core/plan/dates";
import { MONITOR_SAMPLE, monitorSampleDays } from "../../../src/core/templates/analysis/monitor";

/** The Monitor view's work on a table as the task pane reads it (the monitor sample's layout). */

const start = dateSerial(MONITOR_SAMPLE.start);
const day = (i: number) => new Date(Date.UTC(2026, 2, 1 + i));
const header = [
  "Date",
  "Actual",
  "Daily target",
  "Forecast",
  "Lower bound",
  "Upper bound",
  "Alert",
  "",
  "Target (whole campaign)",
  "14000",
];
const rows: unknown[][] = Array.from({ length: 31 }, (_, i) => {
  const row: unknown[] = [day(i), MONITOR_SAMPLE.values[i] ?? null, 451.6, null, null, null, null, null, null, null];
  if (i === 0) row.splice(8, 2, "Start", day(0));
  if (i === 1) row.splice(8, 2, "End", day(30));
  return row;
});
// The header row holds the target as the sheet shows it: a number.
const table = { source: "Campaign monitor!A1:J32", header, rows: rows.map((r) => r) };
const tableWithTarget = { ...table, header: header.slice(0, 9), rows: rows.map((r) => r.slice(0, 9)) };

describe("the Monitor view's model", () => {
  it("finds the date and actual columns and the panel's start and end (and a numeric target beside its label)", () => {
    const guess = guessMonitor({ ...table, rows: [["Target (whole campaign)", 14000], ...rows] });
    expect(guess).toMatchObject({ date: 0, value: 1, target: 14000, start, end: start + 30 });
    expect(guessMonitor(tableWithTarget).target).toBeUndefined();
  });

  it("paces as core does, flags the spike outside its band and writes the formulas on the table's ranges", () => {
    const out = monitorTable(table, { date: 0, value: 1, target: 14000, start, end: start + 30, method: "run_rate" });
    if (isCellError(out)) throw new Error(out.message);
    const expected = pace({ days: monitorSampleDays(), target: 14000, start, end: start + 30, method: "run_rate" });
    expect(out.pace).toEqual(expected);
    expect(out.points).toHaveLength(31);
    expect(out.points[30].actual).toBeNull();
    expect(out.points[30].forecast).not.toBeNull();
    expect(out.outside.map((p) => p.date)).toContain(start + 17); // 18 March, 560
    expect(out.formulas.pace).toBe(
      `=MKT.PACE('Campaign monitor'!A2:A32,'Campaign monitor'!B2:B32,14000,"2026-03-01","2026-03-31","run_rate")`,
    );
    expect(out.formulas.forecast).toBe("=MKT.FORECAST('Campaign monitor'!A2:A32,'Campaign monitor'!B2:B32,10)");
  });

  it("days before the start (a pre-period) are left out; a table without any value says so", () => {
    const later = monitorTable(table, {
      date: 0,
      value: 1,
      target: 14000,
      start: start + 7,
      end: start + 30,
      method: "run_rate",
    });
    if (isCellError(later)) throw new Error(later.message);
    expect(later.pace.daysElapsed).toBe(14);
    const empty = monitorTable(
      { ...table, rows: rows.map((r) => [r[0], null]) },
      { date: 0, value: 1, target: 14000, start, end: start + 30, method: "run_rate" },
    );
    expect(isCellError(empty) && empty.key).toBe("analysis.empty");
  });
});
