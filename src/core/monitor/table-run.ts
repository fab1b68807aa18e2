import { t } from "../../i18n/catalog";
import { roleOf } from "../checks/roles";
import { cellError, isCellError, type Result } from "../errors";
import { columnLetter, parseRange, sheetQualified } from "../plan/address";
import { readDate, serialToIso } from "../sheet";
import { formulaString } from "../templates/formula";
import { forecastAhead, oneStepHalfWidth } from "./forecast";
import { minimumDays } from "./holt-winters";
import { fitDetected } from "./seasonality";
import { pace, type Pace, type PaceMethod } from "./pace";
import { onGrid, readSeries, type SeriesDay } from "./series";

/**
 * The Monitor view's work on a table read from the workbook (header and rows): which
 * columns hold the dates and the metric, the campaign panel's target, start and end when
 * the table carries them (the monitor template), the pace, the band chart's lines (actual,
 * one-step forecast and band for the days reported, forecast and band for the days ahead),
 * the alerts, and the formulas that compute the same in the sheet.
 */

export interface TableInput {
  readonly source: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface MonitorGuess {
  readonly date: number | null;
  readonly value: number | null;
  readonly target?: number;
  readonly start?: number;
  readonly end?: number;
}

const LABEL = (key: "tpl.monitor.target" | "tpl.monitor.start" | "tpl.monitor.end") =>
  new Set([t("en-US", key), t("zh-CN", key)].map((s) => s.trim().toLowerCase()));

/** The date and metric columns, and the panel's figures where the table holds them. */
export function guessMonitor(table: TableInput): MonitorGuess {
  const roles = table.header.map((h) => roleOf(h));
  const date = roles.indexOf("date");
  const numeric = table.header.map((_, c) => c !== date && table.rows.some((r) => typeof r[c] === "number"));
  const actual = roles.findIndex((r, c) => r === "actual" && numeric[c]);
  const value = actual >= 0 ? actual : numeric.indexOf(true);
  const found: { target?: number; start?: number; end?: number } = {};
  const lines = [table.header as readonly unknown[], ...table.rows];
  for (const line of lines)
    for (let c = 0; c + 1 < line.length; c++) {
      const label = typeof line[c] === "string" ? (line[c] as string).trim().toLowerCase() : "";
      if (label === "") continue;
      const next = line[c + 1];
      // A header row comes as text: "14000" there is the target.
      const amount = typeof next === "number" ? next : typeof next === "string" ? Number(next.trim() || NaN) : NaN;
      if (LABEL("tpl.monitor.target").has(label) && Number.isFinite(amount)) found.target ??= amount;
      const d = readDate(next);
      if (typeof d === "number" && next !== null && next !== "") {
        if (LABEL("tpl.monitor.start").has(label)) found.start ??= Math.floor(d);
        if (LABEL("tpl.monitor.end").has(label)) found.end ??= Math.floor(d);
      }
    }
  return { date: date >= 0 ? date : null, value: value >= 0 ? value : null, ...found };
}

export interface MonitorChoice {
  readonly date: number;
  readonly value: number;
  readonly target: number;
  readonly start: number;
  readonly end: number;
  readonly method: PaceMethod;
  readonly confidence?: number;
}

export interface BandPoint {
  readonly date: number;
  readonly actual: number | null;
  readonly forecast: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface MonitorOutcome {
  readonly pace: Pace;
  /** Every campaign day from the first reported to the end. */
  readonly points: readonly BandPoint[];
  /** Reported days outside their one-step band. */
  readonly outside: readonly BandPoint[];
  /** =MKT.PACE(...) and =MKT.FORECAST(...) on the table's own ranges. */
  readonly formulas: { readonly pace: string; readonly forecast: string };
}

/** The days of the two chosen columns, up to the last one with a value. */
function reportedDays(table: TableInput, choice: MonitorChoice): Result<SeriesDay[]> {
  const days = readSeries(
    table.rows.map((r) => [r[choice.date] ?? null]),
    table.rows.map((r) => [r[choice.value] ?? null]),
  );
  if (isCellError(days)) return days;
  const withValue = days.filter((d) => d.value !== null);
  if (withValue.length === 0) return cellError("#VALUE!", "analysis.empty", { arg: "values" });
  const last = withValue[withValue.length - 1].date;
  return days.filter((d) => d.date <= last);
}

/** Column ranges of the table for formulas: the source's own address in Excel, A1 onwards in the preview. */
function columnRange(table: TableInput, col: number): string {
  const bang = table.source.lastIndexOf("!");
  const sheet = (bang >= 0 ? table.source.slice(0, bang) : table.source).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  let left = 0;
  let top = 0;
  if (bang >= 0) {
    try {
      const r = parseRange(table.source.slice(bang + 1).replace(/\$/g, ""));
      left = r.start.col;
      top = r.start.row;
    } catch {
      // Not an address: read from A1, as the preview does.
    }
  }
  const letter = columnLetter(left + col);
  return sheetQualified(sheet, `${letter}${top + 2}:${letter}${top + 1 + table.rows.length}`);
}

export function monitorTable(table: TableInput, choice: MonitorChoice): Result<MonitorOutcome> {
  const days = reportedDays(table, choice);
  if (isCellError(days)) return days;
  const inside = days.filter((d) => d.date >= choice.start && d.date <= choice.end);
  const p = pace({
    days: inside,
    target: choice.target,
    start: choice.start,
    end: choice.end,
    method: choice.method,
    today: days[days.length - 1].date + 1,
  });
  if (isCellError(p)) return p;
  const confidence = choice.confidence ?? 0.95;
  const first = days[0].date;
  const series = onGrid(days, 1);
  const observed = days.filter((d) => d.value !== null).length;

  const points: BandPoint[] = [];
  const outside: BandPoint[] = [];
  const values = new Map(days.map((d) => [d.date, d.value]));
  if (observed >= minimumDays(1)) {
    const fit = fitDetected(series, 1);
    const half = oneStepHalfWidth(fit, confidence);
    series.forEach((v, i) => {
      const f = fit.fitted[i];
      const point = {
        date: first + i,
        actual: values.get(first + i) ?? null,
        forecast: f,
        lower: f - half,
        upper: f + half,
      };
      points.push(point);
      if (!Number.isNaN(v) && (v < point.lower || v > point.upper)) outside.push(point);
    });
    const ahead = choice.end - (first + series.length - 1);
    if (ahead > 0)
      for (const f of forecastAhead(fit, ahead, confidence))
        points.push({
          date: first + series.length - 1 + f.step,
          actual: null,
          forecast: f.forecast,
          lower: f.lower,
          upper: f.upper,
        });
  } else {
    series.forEach((_, i) =>
      points.push({ date: first + i, actual: values.get(first + i) ?? null, forecast: null, lower: null, upper: null }),
    );
  }
  const dates = columnRange(table, choice.date);
  const metric = columnRange(table, choice.value);
  const iso = (s: number) => formulaString(serialToIso(s));
  return {
    pace: p,
    points,
    outside,
    formulas: {
      pace: `=MKT.PACE(${dates},${metric},${choice.target},${iso(choice.start)},${iso(choice.end)},${formulaString(choice.method)})`,
      forecast: `=MKT.FORECAST(${dates},${metric},${Math.max(1, choice.end - days[days.length - 1].date)})`,
    },
  };
}
