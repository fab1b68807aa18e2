import {
  abTest,
  CI_METHODS,
  DEFAULT_AB_OPTIONS,
  verdictText,
  type AbTestOptions,
  type AbTestResult,
} from "../../core/stats";
import { toArm, toCount, toProbability } from "../../core/stats/inputs";
import { cellText } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { choiceOption } from "../args";
import { flagValue, orUsage, parseNumberArgs } from "./stats-args";

const USAGE = `Usage: mkt abtest --control CONVERSIONS/VISITORS --variant CONVERSIONS/VISITORS [--alpha 0.05] [--split 0.5]
                  [--ci wilson|wald|agresti-coull|clopper-pearson|jeffreys] [--tails 2] [--planned N]
                  [--format table|json] [--lang en-US|zh-CN]

Is the variant's conversion rate really different from the control's? Two-sided pooled
two-proportion z-test (= chi-square without continuity correction), Wilson interval per
rate, Newcombe interval for the difference, Katz interval for the lift, P(variant better)
under uniform priors, and a sample-ratio-mismatch check against the planned split.

  --control, --variant  conversions/visitors, e.g. 200/1000
  --alpha A             significance level (default 0.05)
  --split S             the variant's planned share of visitors (default 0.5)
  --planned N           visitors each arm needs; fewer is an insufficient sample
  --format F            table (default) or json:
                        {"control":{"conversions","visitors","rate","ci":[lo,hi]},"variant":{...},
                         "difference":{"value","ci"},"lift":{"value","ci"},"z","p","srm_p",
                         "prob_variant_better","verdict"}

Exit status: 0 done, 2 bad input.`;

const FLAGS = {
  control: { type: "string" },
  variant: { type: "string" },
  alpha: { type: "string" },
  split: { type: "string" },
  ci: { type: "string", default: "wilson" },
  tails: { type: "string", default: "2" },
  planned: { type: "string" },
  format: { type: "string", default: "table" },
} as const;

/** "200/1000" as the checked counts of one arm; a problem names the flag. */
function arm(text: string | undefined, flag: string): { x: number; n: number } {
  if (text === undefined) throw new UsageError(`${flag} is required, as conversions/visitors (e.g. 200/1000)`);
  const parts = text.split("/");
  if (parts.length !== 2 || parts.some((p) => p.trim() === ""))
    throw new UsageError(`${flag} must be conversions/visitors (e.g. 200/1000), not "${text.slice(0, 40)}"`);
  return orUsage(toArm(flagValue(parts[0]), flagValue(parts[1]), [`${flag} conversions`, `${flag} visitors`]));
}

/** The stable JSON contract of `mkt abtest --format json`. */
export function abTestJson(r: AbTestResult): object {
  const side = (a: AbTestResult["control"]) => ({
    conversions: a.conversions,
    visitors: a.visitors,
    rate: a.rate,
    ci: [a.ci[0], a.ci[1]],
  });
  return {
    control: side(r.control),
    variant: side(r.variant),
    difference: { value: r.difference.value, ci: [r.difference.ci[0], r.difference.ci[1]] },
    lift: { value: r.lift.value, ci: r.lift.ci === null ? null : [r.lift.ci[0], r.lift.ci[1]] },
    z: r.z,
    p: r.p,
    srm_p: r.srmP,
    prob_variant_better: r.probVariantBetter,
    verdict: r.verdict,
  };
}

function abTestText(r: AbTestResult, locale: Locale): string {
  const pct = (x: number | null) => (x === null ? "-" : `${(x * 100).toFixed(2)}%`);
  const range = (ci: readonly [number, number] | null) => (ci === null ? "" : `  [${pct(ci[0])}, ${pct(ci[1])}]`);
  const num = (x: number | null) => (x === null ? "-" : x.toPrecision(4));
  const t = (key: Parameters<typeof cellText>[1]) => cellText(locale, key);
  const rows: [string, string][] = [
    [t("stats.row.controlRate"), `${pct(r.control.rate)}${range(r.control.ci)}`],
    [t("stats.row.variantRate"), `${pct(r.variant.rate)}${range(r.variant.ci)}`],
    [t("stats.row.difference"), `${pct(r.difference.value)}${range(r.difference.ci)}`],
    [t("stats.row.lift"), `${pct(r.lift.value)}${range(r.lift.ci)}`],
    [t("stats.row.z"), num(r.z)],
    [t("stats.row.p"), num(r.p)],
    [t("stats.row.probBetter"), pct(r.probVariantBetter)],
    [t("stats.row.srmP"), num(r.srmP)],
    [t("stats.row.verdict"), verdictText(r.verdict, locale)],
  ];
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) ? 2 : 1), 0);
  const pad = Math.max(...rows.map(([k]) => width(k)));
  return rows.map(([k, v]) => `${k}${" ".repeat(pad - width(k))}  ${v}`).join("\n");
}

export const abtestCommand: Command = {
  summary: "A/B test of two conversion rates: intervals, p-value, P(variant better), sample-ratio check, verdict",
  usage: USAGE,
  options: FLAGS,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: flags, lang: locale } = parseNumberArgs(args, FLAGS);
    const format = choiceOption("format", flags.format, ["table", "json"] as const);
    const control = arm(flags.control, "--control");
    const variant = arm(flags.variant, "--variant");
    const alpha = orUsage(toProbability(flagValue(flags.alpha), "--alpha", 0.05));
    const options: AbTestOptions = {
      ...DEFAULT_AB_OPTIONS,
      ci: choiceOption("ci", flags.ci, CI_METHODS),
      tails: choiceOption("tails", flags.tails, ["1", "2"] as const) === "1" ? 1 : 2,
      split: orUsage(toProbability(flagValue(flags.split), "--split", 0.5)),
      planned: flags.planned === undefined ? undefined : orUsage(toCount(flagValue(flags.planned), "--planned")),
    };
    const result = orUsage(abTest(control.x, control.n, variant.x, variant.n, alpha, options), locale);
    io.out(format === "json" ? JSON.stringify(abTestJson(result)) : abTestText(result, locale));
    return EXIT_OK;
  },
};
