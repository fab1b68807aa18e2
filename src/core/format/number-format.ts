import { serialDate } from "../plan/dates";

/**
 * Renders a cell value the way Excel shows it under a number format, for the common
 * codes our workbooks use: General, fixed decimals, thousands separators, percent,
 * currency prefixes/suffixes, dates (yyyy, mm, dd, m, d), text (@), and
 * positive;negative sections. Anything else falls back to General.
 */
export function formatValue(value: number | string | boolean | Date | null, numberFormat: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const code = (numberFormat ?? "General").trim();
  if (value instanceof Date)
    return formatDate(value.toISOString().slice(0, 10), code === "General" ? "yyyy-mm-dd" : code);
  if (code === "" || /^general$/i.test(code) || code === "@") return general(value);
  const sections = splitSections(code);
  const section = value < 0 && sections.length > 1 ? sections[1] : sections[0];
  const magnitude = value < 0 && sections.length > 1 ? -value : value;
  if (isDateCode(section)) return formatDate(serialDate(magnitude), section);
  return formatNumber(magnitude, section);
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of code) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

function isDateCode(section: string): boolean {
  return /[yd]/i.test(stripLiterals(section)) || /^m+$/i.test(stripLiterals(section).trim());
}

/** Excel's General format: up to 11 significant characters, no thousands separators. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return value
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("E+", "E+");
  return String(Number(value.toPrecision(10)));
}

function formatNumber(value: number, section: string): string {
  const core = stripLiterals(section);
  const match = /[#0?][#0?,]*(\.[0?#]+)?%?/.exec(core);
  if (!match) return general(value);
  const pattern = match[0];
  const percent = core.includes("%");
  const decimals = pattern.includes(".") ? pattern.split(".")[1].replace(/[^0?#]/g, "").length : 0;
  const thousands = /[#0],[#0]/.test(pattern);
  const scaled = percent ? value * 100 : value;
  const fixed = roundHalfAwayFromZero(Math.abs(scaled), decimals).toFixed(decimals);
  const [intPart, frac] = fixed.split(".");
  const grouped = thousands ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : intPart;
  const body = `${grouped}${frac ? `.${frac}` : ""}${percent ? "%" : ""}`;
  const sign = scaled < 0 && Number(fixed) !== 0 ? "-" : "";
  const [prefix, suffix] = literalAround(section);
  return `${sign}${prefix}${body}${suffix}`;
}

/** Literal text before and after the digit pattern (currency symbols, units). */
function literalAround(section: string): [string, string] {
  // Positions of digit placeholders, ignoring those inside quotes, brackets or escapes.
  const masked = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, (s) => " ".repeat(s.length));
  const first = masked.search(/[#0?]/);
  let last = -1;
  for (let i = masked.length - 1; i >= 0; i--) {
    if (/[#0?%]/.test(masked[i])) {
      last = i;
      break;
    }
  }
  const clean = (s: string) =>
    s
      .replace(/"([^"]*)"/g, "$1")
      .replace(/\\(.)/g, "$1")
      .replace(/\[\$([^-\]]*)[^\]]*\]/g, "$1")
      .replace(/\[[^\]]*\]/g, "")
      .replace(/_./g, "")
      .replace(/\*./g, "");
  return [clean(section.slice(0, Math.max(0, first))), clean(section.slice(last + 1))];
}

/** Rounds as Excel does (half away from zero), robust to binary representation (1.005 -> 1.01). */
function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(15))) / factor;
}

function formatDate(iso: string, section: string): string {
  const [y, m, d] = iso.split("-");
  const code = stripLiterals(section);
  return code.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return y;
      case "yy":
        return y.slice(2);
      case "mm":
        return m;
      case "m":
        return String(Number(m));
      case "dd":
        return d;
      default:
        return String(Number(d));
    }
  });
}
