import { cellError, isCellError, type Result } from "../errors";
import { serialToIso } from "../sheet/dates";
import { isBlank } from "../values";
import { dateAt, listOf, numberAt, sameLength } from "../analysis/inputs";

/**
 * A daily (or weekly...) series read from a date column and a value column: dates in any
 * order, a blank value is a missing day (kept apart from 0), a row blank in both is
 * skipped, and a date given twice is refused with both rows named.
 */

export interface SeriesDay {
  /** The day as a whole serial. */
  readonly date: number;
  /** null when the value cell is blank: a missing day. */
  readonly value: number | null;
  /** 1-based row in the arguments, for messages. */
  readonly row: number;
}

/** The days given, sorted by date. */
export function readSeries(dates: unknown, values: unknown): Result<SeriesDay[]> {
  const ds = listOf(dates, "dates");
  if (isCellError(ds)) return ds;
  const vs = listOf(values, "values");
  if (isCellError(vs)) return vs;
  const m = sameLength(ds, "dates", vs, "values");
  if (m) return m;
  const days: SeriesDay[] = [];
  for (let i = 0; i < ds.length; i++) {
    const d = ds.value(i);
    const v = vs.value(i);
    if (isBlank(d)) {
      if (isBlank(v)) continue;
      return cellError("#VALUE!", "analysis.blankWithValue", { arg: "dates", row: ds.at(i).row, other: "values" });
    }
    const date = dateAt(ds.at(i), "dates");
    if (isCellError(date)) return date;
    let value: number | null = null;
    if (!isBlank(v)) {
      const n = typeof v === "number" && Number.isFinite(v) ? v : numberAt(vs.at(i), "values");
      if (isCellError(n)) return n;
      value = n;
    }
    days.push({ date, value, row: ds.at(i).row });
  }
  days.sort((a, b) => a.date - b.date || a.row - b.row);
  for (let i = 1; i < days.length; i++) {
    if (days[i].date === days[i - 1].date)
      return cellError("#VALUE!", "monitor.duplicateDate", {
        date: serialToIso(days[i].date),
        row: days[i - 1].row,
        other: days[i].row,
      });
  }
  return days;
}

/** The regular step between dates (1 for daily data): the smallest gap, which every gap must be a multiple of. */
export function dateStep(days: readonly SeriesDay[]): Result {
  let step = Infinity;
  for (let i = 1; i < days.length; i++) step = Math.min(step, days[i].date - days[i - 1].date);
  if (!Number.isFinite(step)) return 1;
  for (let i = 1; i < days.length; i++) {
    const gap = days[i].date - days[i - 1].date;
    if (gap % step !== 0)
      return cellError("#VALUE!", "monitor.irregular", {
        step,
        date: serialToIso(days[i].date),
        row: days[i].row,
      });
  }
  return step;
}

/** Values on a regular grid from the first date to `through` (inclusive), NaN where a day is missing. */
export function onGrid(days: readonly SeriesDay[], step: number, through?: number): number[] {
  if (days.length === 0) return [];
  const first = days[0].date;
  const last = through ?? days[days.length - 1].date;
  const out: number[] = new Array<number>(Math.floor((last - first) / step) + 1).fill(Number.NaN);
  for (const d of days) {
    const i = (d.date - first) / step;
    if (i >= 0 && i < out.length && d.value !== null) out[i] = d.value;
  }
  return out;
}
