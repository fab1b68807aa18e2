import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import type { Pace } from "./pace";

/**
 * What to do about a pace, in a sentence: on track, nothing; at risk or off track, the daily
 * rate the rest of the campaign needs against the current one, and, off track, the evaluation
 * scheme's dynamic-target rule: revise the target (with its reason) when the market moved.
 */
export function paceAdvice(p: Pace, locale: Locale): string {
  const f = (x: number) => x.toLocaleString(locale === "zh-CN" ? "zh-CN" : "en-US", { maximumFractionDigits: 1 });
  if (p.status === "onTrack")
    return t(locale, "pace.advice.onTrack", { projected: f(p.projected), target: f(p.target) });
  if (p.daysLeft === 0) return t(locale, "pace.advice.over", { actual: f(p.actual), target: f(p.target) });
  const needed = p.neededDaily ?? 0;
  const params = {
    needed: f(needed),
    current: f(p.currentDaily),
    lift: p.currentDaily > 0 ? `${Math.round((needed / p.currentDaily - 1) * 100)}%` : "-",
    left: p.daysLeft,
    projected: f(p.projected),
  };
  return t(locale, p.status === "atRisk" ? "pace.advice.atRisk" : "pace.advice.offTrack", params);
}
