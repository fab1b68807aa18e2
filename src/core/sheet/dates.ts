/**
 * Dates as Excel keeps them: serial day numbers in the 1900 system (1 = 1900-01-01,
 * with Excel's phantom 1900-02-29, so serials from 61 on match the real calendar).
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** The last day Excel knows: 9999-12-31. */
export const MAX_DATE_SERIAL = 2_958_465;

/** A Date's calendar day and time, read in UTC (as ExcelJS hands dates over), as a serial. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** The serial of a calendar day; NaN when the day does not exist (2023-02-30). */
export function ymdToSerial(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return NaN;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * Year first: ISO "2023-08-20", "2023/8/20", "2023.8.20", "2023年8月20日", each with an
 * optional time ("T09:30", " 9:30:15.250") and, for ISO text, an optional zone ("Z", "+08:00").
 */
const YMD =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** Year last: "08/09/2023", "20.08.2023", "8-20-2023", with an optional time. */
const YEAR_LAST =
  /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?$/i;

/** Why a value is not a date: text we cannot read, or day and month in an order we must not guess. */
export interface DateProblem {
  readonly kind: "dateProblem";
  /**
   * notADate: not a date we can read (also "1" as text, 2023-02-30, a number out of range);
   * ambiguous: year last and both day and month at most 12 ("08/09/2023");
   * yearLast: year last, unambiguous but in an order that differs by country ("08/20/2023").
   */
  readonly reason: "notADate" | "ambiguous" | "yearLast";
  /** The value as text, for the message. */
  readonly text: string;
  /** For ambiguous and yearLast: the possible days, year first (2023-08-09, 2023-09-08). */
  readonly readings: readonly string[];
}

export function isDateProblem(value: unknown): value is DateProblem {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "dateProblem";
}

const problem = (reason: DateProblem["reason"], text: string, readings: readonly string[] = []): DateProblem => ({
  kind: "dateProblem",
  reason,
  text,
  readings,
});

function timeOfDay(h: string | undefined, min: string | undefined, s: string | undefined, frac: string | undefined) {
  if (h === undefined) return 0;
  const hours = Number(h);
  const minutes = Number(min);
  const seconds = s === undefined ? 0 : Number(s) + (frac === undefined ? 0 : Number(`0.${frac}`));
  if (hours > 23 || minutes > 59 || seconds >= 60) return NaN;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/** A zone offset ("Z", "+08:00", "-0530") in days; 0 without one. */
function zoneOffset(zone: string | undefined): number {
  if (zone === undefined || /^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59) return NaN;
  return ((m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))) / 1440;
}

function readDateText(raw: string): number | DateProblem {
  const text = raw.trim();
  const m = YMD.exec(text);
  if (m) {
    const day = ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
    const time = timeOfDay(m[4], m[5], m[6], m[7]);
    // A zone makes the text an instant: read it in UTC, as the serials of the other cells are.
    const serial = day + time - zoneOffset(m[8]);
    return Number.isNaN(serial) ? problem("notADate", text) : serial;
  }
  const y = YEAR_LAST.exec(text);
  if (y) {
    const [a, b, year] = [Number(y[1]), Number(y[2]), Number(y[3])];
    const readings = [
      [a, b],
      [b, a],
    ]
      .filter(([month, day]) => !Number.isNaN(ymdToSerial(year, month, day)))
      .map(([month, day]) => serialToIso(ymdToSerial(year, month, day)));
    const unique = [...new Set(readings)];
    if (unique.length === 0) return problem("notADate", text);
    return problem(unique.length > 1 ? "ambiguous" : "yearLast", text, unique);
  }
  return problem("notADate", text);
}

/**
 * The one date reader, for the checks and for touch times, identical in every time zone.
 * A number is a serial (0 to 9999-12-31); a Date is read in UTC, as ExcelJS hands dates
 * over; text is year first (ISO with or without a time, 2023/8/20, 2023.8.20,
 * 2023年8月20日), with no zone read as wall-clock time (2026-01-31 and 2026-01-31T00:00 are
 * the same serial). Text with the year last is refused, never guessed ("08/09/2023" is
 * 9 August in the US and 8 September elsewhere), and so is text that is only a number
 * ("1" is no date).
 */
export function readDate(value: unknown): number | DateProblem {
  if (typeof value === "number")
    return Number.isFinite(value) && value >= 0 && value <= MAX_DATE_SERIAL + 1
      ? value
      : problem("notADate", String(value));
  if (value instanceof Date) {
    const serial = dateToSerial(value);
    return Number.isFinite(serial) ? serial : problem("notADate", "Invalid Date");
  }
  if (typeof value === "string") return readDateText(value);
  return problem("notADate", typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value ?? ""));
}

/** A date written as text, as a serial; NaN when the text is no date we can read. */
export function parseDateText(text: string): number {
  const read = readDateText(text);
  return typeof read === "number" ? read : NaN;
}

/** Whether a number format shows a date or time (so the number under it is a serial). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const plain = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, "")
    .toLowerCase();
  if (plain === "" || plain === "general" || plain === "@") return false;
  return /[dymhs]/.test(plain.replace(/general/g, "").replace(/e[+-]/g, ""));
}

/** "2023-08-20" for a serial (the time of day is dropped). */
export function serialToIso(serial: number): string {
  return serialToDate(Math.floor(serial)).toISOString().slice(0, 10);
}

/** Today in the user's time zone (of `now`), as a date serial. */
export function todaySerial(now: Date = new Date()): number {
  return ymdToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
