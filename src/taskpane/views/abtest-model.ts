import { abTest, sampleSize, type AbTestResult, type SampleSizeResult } from "../../core/stats";
import { DEFAULT_SIZE_SETTINGS } from "../../core/stats";
import { isCellError, localizeError } from "../../core/errors";
import type { Locale } from "../../i18n/locale";
import { formulaString } from "../../core/templates";

/**
 * The A/B test view's logic, apart from React: what a field holds (typed or picked from a
 * cell), the test core runs on the four fields, the formula "Insert as formulas" writes,
 * and the planner's figures.
 */

export interface Field {
  readonly text: string;
  /** Set when the value was picked from a cell: the formula refers to it. */
  readonly address?: string;
}

export const EMPTY_FIELD: Field = { text: "" };

/** The field's text as a cell value: a number when it reads as one ("1,200" too), else the text. */
function fieldValue(field: Field): number | string | null {
  const text = field.text.trim().replace(/,/g, "");
  if (text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : field.text.trim();
}

export type TestOutcome =
  | { readonly kind: "empty" }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "result"; readonly result: AbTestResult };

/** The test of the four fields (control conversions, control visitors, variant conversions, variant visitors). */
export function runTest(fields: readonly Field[], locale: Locale): TestOutcome {
  const values = fields.map(fieldValue);
  if (values.some((v) => v === null)) return { kind: "empty" };
  const result = abTest(values[0], values[1], values[2], values[3]);
  return isCellError(result) ? { kind: "error", message: localizeError(result, locale) } : { kind: "result", result };
}

/** =MKT.ABTEST(...) with each picked field as its cell reference and each typed one as its number (or quoted text). */
export function abTestFormula(fields: readonly Field[]): string {
  const args = fields.map((f) => {
    if (f.address) return f.address;
    const v = fieldValue(f);
    return typeof v === "number" ? String(v) : formulaString(v ?? "");
  });
  return `=MKT.ABTEST(${args.join(", ")})`;
}

/** A rate typed as "5%", "5 %" or "0.05". */
export function parseRate(text: string): number | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const percent = t.endsWith("%");
  const n = Number((percent ? t.slice(0, -1) : t).trim());
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

export type PlanOutcome =
  | { readonly kind: "empty" }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "result"; readonly result: SampleSizeResult; readonly daily: number | undefined };

/** Visitors per variant (and days) for a baseline rate and a relative MDE, two-sided 5% / 80%. */
export function plan(baseline: string, mde: string, daily: string, locale: Locale): PlanOutcome {
  const p = parseRate(baseline);
  const effect = parseRate(mde);
  if (p === undefined || effect === undefined) return { kind: "empty" };
  const perDay = daily.trim() === "" ? undefined : Number(daily.trim().replace(/,/g, ""));
  if (perDay !== undefined && !(perDay > 0))
    return { kind: "error", message: locale === "zh-CN" ? "每日访客数必须大于 0" : "visitors a day must be above 0" };
  const result = sampleSize(p, effect, null, null, { ...DEFAULT_SIZE_SETTINGS, type: "relative", daily: perDay });
  return isCellError(result)
    ? { kind: "error", message: localizeError(result, locale) }
    : { kind: "result", result, daily: perDay };
}

/**
 * A share as a percentage. With `fixed`, exactly that many decimals (the chart's "17.6%");
 * without, for sentences: one decimal below 10%, whole above ("6.1%", "25%").
 */
export function percent(x: number, locale: Locale, fixed?: number): string {
  const digits = fixed ?? (Math.abs(x) < 0.1 ? 1 : 0);
  const min = fixed ?? 0;
  return new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: digits,
    minimumFractionDigits: min,
  }).format(x);
}
