import { isCellError } from "../errors";
import { abTest, wilson, zCritical, type AbTestResult } from "../stats";
import { t } from "../../i18n/catalog";
import type { MessageKey } from "../../i18n/catalog";
import type { FormulaResult } from "../plan/types";
import type { ComputeScope } from "./compute";

/**
 * Core's values of the A/B test sheet's columns and of the evaluation summary's evidence
 * column, mirroring their native formulas (see definitions/ab-test.ts): core's abTest with
 * its defaults (two-sided, Wilson, equal split), blank while an input is blank, blank (and
 * "check the counts" in the verdict) when the counts cannot be a test.
 */

const blank = (v: unknown): boolean => v === null || v === undefined || v === "";

type Part = (r: AbTestResult, locale: ComputeScope["locale"]) => FormulaResult;

const PARTS: Readonly<Record<string, Part>> = {
  controlRate: (r) => r.control.rate,
  controlLower: (r) => r.control.ci[0],
  controlUpper: (r) => r.control.ci[1],
  variantRate: (r) => r.variant.rate,
  variantLower: (r) => r.variant.ci[0],
  variantUpper: (r) => r.variant.ci[1],
  difference: (r) => r.difference.value,
  diffLower: (r) => r.difference.ci[0],
  diffUpper: (r) => r.difference.ci[1],
  z: (r) => r.z ?? "",
  p: (r) => r.p ?? "",
  srmP: (r) => r.srmP,
  verdict: (r, locale) => t(locale, `stats.verdict.${r.verdict}` as MessageKey),
};

export const AB_PARTS: readonly string[] = Object.keys(PARTS);

export function abTestCell(args: readonly string[], s: ComputeScope, part: string | undefined): FormulaResult {
  const [cx, cn, vx, vn, alpha] = args.map((key) => s.value(key));
  if ([cx, cn, vx, vn].some(blank)) return "";
  const pick = PARTS[part ?? ""];
  if (!pick) throw new Error(`abTest has no part "${part}"`);
  const result = abTest(cx, cn, vx, vn, blank(alpha) ? null : alpha);
  if (isCellError(result)) return part === "verdict" ? t(s.locale, "tpl.ab.invalid") : "";
  return pick(result, s.locale);
}

/** TEXT(x, "0.0%"): half away from zero, as Excel and LibreOffice round. */
function percentText(x: number): string {
  return `${(Math.sign(x) * Math.round(Math.abs(x) * 1000)) / 10}`.replace(/^(-?\d+)$/, "$1.0") + "%";
}

/**
 * The evidence of a rate metric with counts: its 95% Wilson interval as text, and the
 * disclaimer when the rate is not significantly different from the target rate (the revised
 * one when given, as achievement takes it) in (0, 1)
 * (one-sample score test at 5%, two-sided: |z| below Φ⁻¹(0.975)).
 */
export function evidenceCell(args: readonly string[], s: ComputeScope): FormulaResult {
  const [x, n, revised, original] = args.map((key) => s.value(key));
  const target = blank(revised) ? original : revised;
  if (blank(x) || blank(n)) return "";
  if (typeof x !== "number" || typeof n !== "number" || x < 0 || x > n || n <= 0) return "";
  const z = zCritical(0.05, 2);
  const [lo, hi] = wilson(x, n, z);
  let text = `${percentText(lo)} – ${percentText(hi)}`;
  if (typeof target === "number" && target > 0 && target < 1) {
    const score = Math.abs(x / n - target) / Math.sqrt((target * (1 - target)) / n);
    if (score < z) text += t(s.locale, "tpl.evidence.sep") + t(s.locale, "tpl.evidence.weak");
  }
  return text;
}
