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

/** ISO "2023-08-20", "2023/8/20", "2023.8.20", "2023年8月20日", each with an optional time. */
const YMD =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A date written as text, as a serial; NaN when the text is no date we can read. */
export function parseDateText(text: string): number {
  const m = YMD.exec(text.trim());
  if (!m) return NaN;
  const day = ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  if (Number.isNaN(day) || m[4] === undefined) return day;
  const h = Number(m[4]);
  const min = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || min > 59 || s > 59) return NaN;
  return day + (h * 3600 + min * 60 + s) / 86_400;
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
