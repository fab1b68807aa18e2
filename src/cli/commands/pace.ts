import { isCellError, localizeError } from "../../core/errors";
import { roleOf } from "../../core/checks/roles";
import { terminalText } from "../../core/format/inert";
import { dateArgument } from "../../core/analysis/inputs";
import { pace, type Pace } from "../../core/monitor/pace";
import { readSeries, type SeriesDay } from "../../core/monitor/series";
import { paceAdvice } from "../../core/monitor/advice";
import { statusText } from "../../core/monitor/grids";
import { serialToIso } from "../../core/sheet/dates";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { choiceOption, columnOption, parseCommandArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { readTable } from "../read-table";

const USAGE = `Usage: mkt pace FILE --target N --start YYYY-MM-DD --end YYYY-MM-DD [--method run_rate|forecast]
                [--today YYYY-MM-DD] [--at-risk SHARE] [--date-col NAME] [--value-col NAME]
                [--sheet NAME] [--format table|json] [--lang en-US|zh-CN]

At this pace, will the campaign make its target by the end date? FILE is a daily table
(.csv, or a sheet of an .xlsx such as the campaign monitor): a date column and the metric.
Days are calendar days from start to end inclusive; a blank value is a missing day.

  --method M       run_rate (default): actual / days with a value x campaign days;
                   forecast: actual + the Holt-Winters forecast of every remaining day
  --today DATE     the first day not counted yet (default: the day after the last day with a value)
  --at-risk SHARE  projected share of target from which it is "at risk" rather than "off track" (default 0.9)
  --date-col, --value-col   the columns to read (default: the date column, then the actual
                   column or the first column of numbers)
  --format         table (default) or json

Exit status: 0 on track or at risk, 1 off track (for a scheduled run), 2 bad input.`;

const OPTIONS = {
  target: { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  method: { type: "string", default: "run_rate" },
  today: { type: "string" },
  "at-risk": { type: "string" },
  "date-col": { type: "string" },
  "value-col": { type: "string" },
  sheet: { type: "string" },
  format: { type: "string", default: "table" },
} as const;

function isoDay(name: string, text: string | undefined): number {
  if (text === undefined) throw new UsageError(`--${name} is required (a date as YYYY-MM-DD)`);
  const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? dateArgument(text, name) : undefined;
  if (d === undefined || isCellError(d)) throw new UsageError(`--${name} must be a date as YYYY-MM-DD, not "${text}"`);
  return d;
}

function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not "${text}"`);
  return n;
}

function pickColumn(header: readonly unknown[], flag: string, name: string | undefined, guess: number): number {
  if (name !== undefined) {
    const i = columnOption(header, name);
    if (i < 0) throw new UsageError(`no column "${name}" (--${flag}); the columns: ${header.join(", ")}`);
    return i;
  }
  return guess;
}

/** The days before today, trimmed of the rows not reported yet when today is not given. */
function counted(days: readonly SeriesDay[], today: number | undefined): { days: SeriesDay[]; today: number } {
  if (today !== undefined) return { days: days.filter((d) => d.date < today), today };
  const reported = days.filter((d) => d.value !== null);
  if (reported.length === 0) throw new UsageError("no day has a value yet: nothing to pace");
  const next = reported[reported.length - 1].date + 1;
  return { days: days.filter((d) => d.date < next), today: next };
}

function record(p: Pace, locale: Locale) {
  return {
    method: p.method,
    status: p.status,
    campaignDays: p.campaignDays,
    daysElapsed: p.daysElapsed,
    daysLeft: p.daysLeft,
    missingDays: p.missingDays,
    actual: p.actual,
    projected: p.projected,
    share: p.share,
    target: p.target,
    currentDaily: p.currentDaily,
    neededDaily: p.neededDaily ?? null,
    advice: paceAdvice(p, locale),
  };
}

function table(p: Pace, end: number, locale: Locale): string {
  const f = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 1 });
  const rows: [string, string][] = [
    [t(locale, "monitor.header.elapsed"), `${p.daysElapsed} / ${p.campaignDays}`],
    [t(locale, "monitor.header.left"), String(p.daysLeft)],
    [t(locale, "monitor.header.missing"), String(p.missingDays)],
    [t(locale, "monitor.header.actual"), f(p.actual)],
    [`${t(locale, "monitor.header.projected")} (${serialToIso(end)})`, f(p.projected)],
    [t(locale, "monitor.header.share"), `${(p.share * 100).toFixed(1)}%`],
    [t(locale, "monitor.header.needed"), p.neededDaily === undefined ? "-" : f(p.neededDaily)],
    [t(locale, "monitor.header.status"), statusText(p.status, locale)],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  // Each line made inert on its own (terminalText would fold the line breaks).
  return [...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`), "", paceAdvice(p, locale)].map(terminalText).join("\n");
}

export const paceCommand: Command = {
  summary: "pace a running campaign against its target (exit 1 when off track)",
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals, lang } = parseCommandArgs(argv, OPTIONS);
    if (positionals.length !== 1) throw new UsageError("which daily file? mkt pace FILE --target N --start D --end D");
    const target = positive("target", values.target);
    if (target === undefined) throw new UsageError("--target is required (the campaign's target, above 0)");
    const start = isoDay("start", values.start);
    const end = isoDay("end", values.end);
    const today = values.today === undefined ? undefined : isoDay("today", values.today);
    const method = choiceOption("method", values.method, ["run_rate", "forecast"] as const);
    const format = choiceOption("format", values.format, ["table", "json"] as const);
    const input = await readTable(positionals[0], values.sheet);
    const { header, rows } = input.table;
    const roles = header.map((h) => roleOf(String(h ?? "")));
    const dateCol = pickColumn(header, "date-col", values["date-col"], roles.indexOf("date"));
    if (dateCol < 0)
      throw new UsageError(
        `${input.label}: no date column (name it with --date-col); the columns: ${header.join(", ")}`,
      );
    const numeric = header.map((_, c) => c !== dateCol && rows.some((r) => typeof r[c] === "number"));
    const actual = roles.findIndex((r, c) => r === "actual" && numeric[c]);
    const valueCol = pickColumn(header, "value-col", values["value-col"], actual >= 0 ? actual : numeric.indexOf(true));
    if (valueCol < 0) throw new UsageError(`${input.label}: no column of numbers (name it with --value-col)`);
    const days = readSeries(
      rows.map((r) => [r[dateCol] ?? null]),
      rows.map((r) => [r[valueCol] ?? null]),
    );
    if (isCellError(days)) throw new UsageError(`${input.label}: ${localizeError(days, lang)}`);
    const now = counted(days, today);
    const p = pace({
      days: now.days,
      target,
      start,
      end,
      method,
      today: now.today,
      atRisk: positive("at-risk", values["at-risk"]),
    });
    if (isCellError(p)) throw new UsageError(`${input.label}: ${localizeError(p, lang)}`);
    io.out(format === "json" ? JSON.stringify(record(p, lang), null, 2) : table(p, end, lang));
    return p.status === "offTrack" ? EXIT_FINDINGS : EXIT_OK;
  },
};
