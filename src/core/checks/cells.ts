import { CellKind, MAX_DATE_SERIAL, parseDateText, type SheetGrid } from "../sheet";

/** "1,200", " 35 ", "12.5%", "¥300": a number written as text. */
const NUMERIC_TEXT = /^\s*([-+]?)\s*[¥￥$€£]?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(%?)\s*$/;

/** The number a text means, or NaN. A trailing % divides by 100. */
export function parseNumericText(text: string): number {
  const m = NUMERIC_TEXT.exec(text);
  if (!m) return NaN;
  const n = Number(m[2].replace(/,/g, ""));
  const signed = m[1] === "-" ? -n : n;
  return m[3] === "%" ? signed / 100 : signed;
}

/** A cell's number: a number as is, a number typed as text parsed; NaN otherwise. */
export function numberAt(grid: SheetGrid, i: number): number {
  const kind = grid.kinds[i];
  if (kind === CellKind.Number) return grid.numbers[i];
  if (kind === CellKind.Text) return parseNumericText(grid.texts[i] ?? "");
  return NaN;
}

/** A cell's date serial: a date, a plausible serial number, or a readable date text; NaN otherwise. */
export function dateAt(grid: SheetGrid, i: number): number {
  const kind = grid.kinds[i];
  if (kind === CellKind.Date) return grid.numbers[i];
  if (kind === CellKind.Number) {
    const v = grid.numbers[i];
    return v >= 1 && v <= MAX_DATE_SERIAL ? v : NaN;
  }
  if (kind === CellKind.Text) return parseDateText(grid.texts[i] ?? "");
  return NaN;
}

/** A cell's text for keys and messages: text trimmed, numbers as written, "" for a blank. */
export function textAt(grid: SheetGrid, i: number): string {
  const kind = grid.kinds[i];
  if (kind === CellKind.Text || kind === CellKind.Error) return (grid.texts[i] ?? "").trim();
  if (kind === CellKind.Blank) return "";
  if (kind === CellKind.Boolean) return grid.numbers[i] === 1 ? "TRUE" : "FALSE";
  return String(grid.numbers[i]);
}

/** A number for a message: at most 4 decimals, no trailing zeros. */
export function fmtNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toFixed(Math.abs(x) >= 1000 ? 2 : 4)));
}

/** A share as a percentage: 0.052 is "5.2%". */
export function fmtPercent(x: number): string {
  if (!Number.isFinite(x)) return "∞";
  return `${Number((x * 100).toFixed(2))}%`;
}
