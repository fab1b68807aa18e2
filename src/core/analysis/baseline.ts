import { cellText } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { cellError, isCellError, type Result } from "../errors";
import { finite, toNumber, toOptionalText } from "../values";
import type { SpillCell } from "./funnel";

/**
 * What would have happened anyway: a change with the season taken out (客单价波动 net of
 * seasonality) and a campaign's increment over a control group (difference in
 * differences), whose baseline is the natural growth MKT.ROI's `baseline` asks for.
 */

export type BaselineMode = "ratio" | "additive";

export function toBaselineMode(value: unknown): Result<BaselineMode> {
  const text = toOptionalText(value, "mode");
  if (isCellError(text)) return text;
  const v = (text ?? "ratio").trim().toLowerCase();
  if (["ratio", "比率", "比例", "相对"].includes(v)) return "ratio";
  if (["additive", "差值", "绝对", "加法"].includes(v)) return "additive";
  return cellError("#VALUE!", "analysis.mode", { arg: "mode", value: text ?? "" });
}

function numbers(values: readonly unknown[], args: readonly string[]): Result<number[]> {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const n = toNumber(values[i], args[i]);
    if (isCellError(n)) return n;
    out.push(n);
  }
  return out;
}

const DESEASON_ARGS = ["current", "previous", "current_last_year", "previous_last_year"] as const;

/**
 * Season-adjusted change. ratio: (current / previous) / (current_ly / previous_ly) - 1;
 * additive: (current - previous) - (current_ly - previous_ly). A zero divisor is #DIV/0!.
 */
export function deseason(
  current: unknown,
  previous: unknown,
  currentLastYear: unknown,
  previousLastYear: unknown,
  mode?: unknown,
): Result {
  const how = toBaselineMode(mode);
  if (isCellError(how)) return how;
  const v = numbers([current, previous, currentLastYear, previousLastYear], DESEASON_ARGS);
  if (isCellError(v)) return v;
  const [c, p, cly, ply] = v;
  if (how === "additive") return finite(c - p - (cly - ply));
  for (const [i, x] of [p, cly, ply].entries()) {
    if (x === 0) return cellError("#DIV/0!", "arg.zero", { arg: DESEASON_ARGS[i + 1] });
  }
  return finite(c / p / (cly / ply) - 1);
}

export interface DidResult {
  /** The campaign's increment: what the treated group did beyond its baseline. */
  readonly effect: number;
  /** effect / baseline; #DIV/0! for a zero baseline. */
  readonly relative: Result;
  /** What the treated group would have done without the campaign (natural growth). */
  readonly baseline: number;
}

const DID_ARGS = ["treated_before", "treated_after", "control_before", "control_after"] as const;

/**
 * Difference in differences. ratio: baseline = treated_before * control_after /
 * control_before (the control group's growth rate applied); additive: baseline =
 * treated_before + (control_after - control_before). effect = treated_after - baseline.
 */
export function did(
  treatedBefore: unknown,
  treatedAfter: unknown,
  controlBefore: unknown,
  controlAfter: unknown,
  mode?: unknown,
): Result<DidResult> {
  const how = toBaselineMode(mode);
  if (isCellError(how)) return how;
  const v = numbers([treatedBefore, treatedAfter, controlBefore, controlAfter], DID_ARGS);
  if (isCellError(v)) return v;
  const [tb, ta, cb, ca] = v;
  if (how === "ratio" && cb === 0) return cellError("#DIV/0!", "arg.zero", { arg: "control_before" });
  const baseline = finite(how === "ratio" ? (tb * ca) / cb : tb + (ca - cb));
  if (isCellError(baseline)) return baseline;
  const effect = finite(ta - baseline);
  if (isCellError(effect)) return effect;
  const relative = baseline === 0 ? cellError("#DIV/0!", "arg.zero", { arg: "baseline" }) : finite(effect / baseline);
  return { effect, relative, baseline };
}

/** What MKT.DID spills: a header row and effect, relative effect, baseline. */
export function didTable(r: DidResult, locale: Locale): SpillCell[][] {
  return [
    [
      cellText(locale, "did.header.effect"),
      cellText(locale, "did.header.relative"),
      cellText(locale, "did.header.baseline"),
    ],
    [r.effect, r.relative, r.baseline],
  ];
}
