import { parseDateText } from "../sheet";

/** "7.1-7.31", "2023-07-01 ~ 2023-07-31", "7月1日至7月31日": a period written in one cell. */
const RANGE = /^\s*(.+?)\s*(?:~|～|至|到|—|–|\s-\s|(?<=\d)-(?=\d{1,2}[./月]))\s*(.+?)\s*$/;
const MONTH_DAY = /^(\d{1,2})\s*[./月]\s*(\d{1,2})\s*日?$/;

/** A period's bound as a sortable number: a full date's serial, or month * 100 + day without a year. */
function bound(text: string): { value: number; yearless: boolean } | undefined {
  const serial = parseDateText(text);
  if (!Number.isNaN(serial)) return { value: serial, yearless: false };
  const m = MONTH_DAY.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { value: month * 100 + day, yearless: true };
}

/** Start and end of a period text, when both read as dates of the same kind; undefined otherwise. */
export function parsePeriod(text: string): { start: string; end: string; backwards: boolean } | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const a = bound(m[1]);
  const b = bound(m[2]);
  if (!a || !b || a.yearless !== b.yearless) return undefined;
  return { start: m[1], end: m[2], backwards: b.value < a.value };
}
