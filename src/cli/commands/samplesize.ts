import { MDE_TYPES, sampleSize, SIZE_METHODS, type SampleSizeResult } from "../../core/stats";
import { toProbability } from "../../core/stats/inputs";
import { cellText } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { choiceOption } from "../args";
import { flagValue, orUsage, parseNumberArgs } from "./stats-args";

const USAGE = `Usage: mkt samplesize --baseline RATE --mde EFFECT [--type absolute|relative] [--alpha 0.05] [--power 0.8]
                      [--method pooled|evanmiller|arcsine] [--tails 2] [--variants 2] [--daily N]
                      [--format table|json] [--lang en-US|zh-CN]

Visitors each variant needs to detect a change of the conversion rate from RATE by EFFECT.

  --baseline RATE   the control's conversion rate, e.g. 0.05
  --mde EFFECT      minimum detectable effect: absolute (0.01 = one point) or, with --type relative, a share (0.2 = +20%)
  --method M        pooled (default: the equation R's power.prop.test solves, rounded up),
                    evanmiller (his calculator's formula and figure, rounded to the nearest visitor),
                    arcsine (Cohen's h)
  --variants K      arms including the control; more than 2 splits alpha over the K - 1 comparisons (Bonferroni)
  --daily N         visitors a day across all arms: adds the days needed, rounded up
  --format F        table (default) or json: {"per_variant","total","days"} (days null without --daily)

Exit status: 0 done, 2 bad input.`;

const FLAGS = {
  baseline: { type: "string" },
  mde: { type: "string" },
  type: { type: "string", default: "absolute" },
  alpha: { type: "string" },
  power: { type: "string" },
  method: { type: "string", default: "pooled" },
  tails: { type: "string", default: "2" },
  variants: { type: "string", default: "2" },
  daily: { type: "string" },
  format: { type: "string", default: "table" },
} as const;

function positive(text: string | undefined, flag: string, whole: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = flagValue(text);
  if (typeof n !== "number" || !(n > 0) || (whole && !Number.isInteger(n)))
    throw new UsageError(`${flag} must be a ${whole ? "whole " : ""}number above 0, not "${text.slice(0, 40)}"`);
  return n;
}

function sizeText(r: SampleSizeResult, locale: Locale): string {
  const rows: [string, string][] = [
    [cellText(locale, "stats.row.perVariant"), String(r.perVariant)],
    [cellText(locale, "stats.row.total"), String(r.total)],
  ];
  if (r.days !== null) rows.push([cellText(locale, "stats.row.days"), String(r.days)]);
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) ? 2 : 1), 0);
  const pad = Math.max(...rows.map(([k]) => width(k)));
  return rows.map(([k, v]) => `${k}${" ".repeat(pad - width(k))}  ${v}`).join("\n");
}

export const samplesizeCommand: Command = {
  summary: "visitors each variant of an A/B test needs (and days, with --daily)",
  usage: USAGE,
  options: FLAGS,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: flags, lang: locale } = parseNumberArgs(args, FLAGS);
    const format = choiceOption("format", flags.format, ["table", "json"] as const);
    if (flags.baseline === undefined) throw new UsageError("--baseline is required (the control's rate, e.g. 0.05)");
    if (flags.mde === undefined) throw new UsageError("--mde is required (e.g. 0.01)");
    const baseline = orUsage(toProbability(flagValue(flags.baseline), "--baseline"));
    const mde = flagValue(flags.mde);
    if (typeof mde !== "number") throw new UsageError(`--mde must be a number, not "${flags.mde.slice(0, 40)}"`);
    if (mde === 0) throw new UsageError("--mde is 0: there is no difference to detect");
    const alpha = orUsage(toProbability(flagValue(flags.alpha), "--alpha", 0.05));
    const power = orUsage(toProbability(flagValue(flags.power), "--power", 0.8));
    const result = orUsage(
      sampleSize(baseline, mde, alpha, power, {
        type: choiceOption("type", flags.type, MDE_TYPES),
        method: choiceOption("method", flags.method, SIZE_METHODS),
        tails: choiceOption("tails", flags.tails, ["1", "2"] as const) === "1" ? 1 : 2,
        variants: positive(flags.variants, "--variants", true) ?? 2,
        daily: positive(flags.daily, "--daily", false),
      }),
    );
    io.out(
      format === "json"
        ? JSON.stringify({ per_variant: result.perVariant, total: result.total, days: result.days })
        : sizeText(result, locale),
    );
    return EXIT_OK;
  },
};
