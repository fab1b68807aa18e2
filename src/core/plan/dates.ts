/** Excel date serials (1900 date system): 1 is 1900-01-01, 45292 is 2024-01-01. */

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The serial of a "YYYY-MM-DD" date; throws on anything else (a programmer mistake in a plan). */
export function dateSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== Number(m[1]) ||
    back.getUTCMonth() !== Number(m[2]) - 1 ||
    back.getUTCDate() !== Number(m[3])
  ) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

/** "YYYY-MM-DD" of a serial (whole days). */
export function serialDate(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
