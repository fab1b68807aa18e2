import { cellError, isCellError, type Result } from "../errors";
import { toNumber, toOptionalNumber, toOptionalText } from "../values";

/** A count of people: a whole number at least 0. */
export function toCount(value: unknown, arg: string): Result {
  const n = toNumber(value, arg);
  if (isCellError(n)) return n;
  if (n < 0) return cellError("#VALUE!", "arg.negative", { arg, value: n });
  if (!Number.isInteger(n)) return cellError("#VALUE!", "stats.notWhole", { arg, value: n });
  return n;
}

/** Conversions and visitors of one arm: conversions <= visitors, visitors > 0. */
export function toArm(
  conversions: unknown,
  visitors: unknown,
  names: readonly [string, string],
): Result<{ x: number; n: number }> {
  const x = toCount(conversions, names[0]);
  if (isCellError(x)) return x;
  const n = toCount(visitors, names[1]);
  if (isCellError(n)) return n;
  if (x > n)
    return cellError("#VALUE!", "stats.overVisitors", { arg: names[0], value: x, visitors_arg: names[1], visitors: n });
  if (n === 0) return cellError("#DIV/0!", "arg.zero", { arg: names[1] });
  return { x, n };
}

/** A probability strictly between 0 and 1 (alpha, power, confidence, a rate). */
export function toProbability(value: unknown, arg: string, fallback?: number): Result {
  const p = fallback === undefined ? toNumber(value, arg) : toOptionalNumber(value, arg, fallback);
  if (isCellError(p)) return p;
  if (!(p > 0 && p < 1)) return cellError("#VALUE!", "stats.probability", { arg, value: p });
  return p;
}

/** An optional keyword from a fixed list (case and spaces ignored); blank gives the fallback. */
export function toChoice<T extends string>(
  value: unknown,
  arg: string,
  choices: readonly T[],
  fallback: T,
  aliases: Readonly<Record<string, T>> = {},
): Result<T> {
  const text = toOptionalText(value, arg);
  if (isCellError(text)) return text;
  if (text === undefined || text.trim() === "") return fallback;
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  const found = choices.find((c) => c === key) ?? aliases[key] ?? aliases[text.trim()];
  return found ?? cellError("#VALUE!", "stats.method", { arg, choices: choices.join(", "), value: text.trim() });
}

/**
 * Settings written in a cell: `ci=wald; tails=1; split=0.3` (`;` or `,` between pairs,
 * `=` or `:` inside), or a JSON object. Returns the raw pairs by lower-case name.
 */
export function optionPairs(value: unknown, arg: string): Result<Record<string, string>> {
  const text = toOptionalText(value, arg);
  if (isCellError(text)) return text;
  const trimmed = (text ?? "").trim();
  const out: Record<string, string> = {};
  if (trimmed === "") return out;
  if (trimmed.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return cellError("#VALUE!", "stats.options", { detail: "not valid JSON" });
    }
    if (typeof json !== "object" || json === null || Array.isArray(json))
      return cellError("#VALUE!", "stats.options", { detail: "not a JSON object" });
    for (const [k, v] of Object.entries(json)) out[k.trim().toLowerCase()] = String(v);
    return out;
  }
  for (const pair of trimmed.split(/[;,]/)) {
    if (pair.trim() === "") continue;
    const m = /^\s*([^=:]+?)\s*[=:]\s*(.*?)\s*$/.exec(pair);
    if (!m) return cellError("#VALUE!", "stats.options", { detail: `"${pair.trim().slice(0, 40)}" is not name=value` });
    out[m[1].toLowerCase()] = m[2];
  }
  return out;
}

/** Rejects option names outside `known`, naming the first unknown one. */
export function checkOptionNames(pairs: Readonly<Record<string, string>>, known: readonly string[]): Result<true> {
  const unknown = Object.keys(pairs).find((k) => !known.includes(k));
  return unknown === undefined
    ? true
    : cellError("#VALUE!", "stats.options", {
        detail: `unknown option "${unknown.slice(0, 40)}" (known: ${known.join(", ")})`,
      });
}

/** An option's number, or the fallback when it is not given. */
export function numberOption(pairs: Readonly<Record<string, string>>, name: string, fallback: number): Result {
  const raw = pairs[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n)
    ? n
    : cellError("#VALUE!", "stats.options", { detail: `${name} must be a number, not "${raw.slice(0, 40)}"` });
}
