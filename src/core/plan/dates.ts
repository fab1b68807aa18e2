/** Excel date serials (1900 date system): 1 is 1900-01-01, 45292 is 2024-01-01. */
import { serialToIso, ymdToSerial } from "../sheet/dates";

/** The serial of a "YYYY-MM-DD" date; throws on anything else (a programmer mistake in a plan). */
export function dateSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const serial = ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  if (Number.isNaN(serial)) throw new RangeError(`not a calendar date: ${iso}`);
  return serial;
}

/** "YYYY-MM-DD" of a serial (whole days). */
export const serialDate = serialToIso;
