import { t } from "../../i18n/catalog";
import { isCellError } from "../errors";
import { paceAdvice } from "../monitor/advice";
import { statusText } from "../monitor/grids";
import { pace, type Pace } from "../monitor/pace";
import type { SeriesDay } from "../monitor/series";
import { dateSerial } from "../plan/dates";
import { cellValue, readDate, serialToIso, type SheetGrid } from "../sheet";
import { labelled, labelledNumber, labelledText, locate, names, norm } from "./analysis-sources";
import type { Ctx, SheetParts } from "./blocks";

/**
 * While the campaign runs: the campaign monitor's pace (found by its headers, its target,
 * start and end by their labels, in either language), computed by core's pace() as the
 * sheet's own formulas do, with what to do about it.
 */

export interface PacingFact {
  readonly sheet: string;
  /** The last day, ISO. */
  readonly end: string;
  readonly pace: Pace;
}

function dateOf(v: ReturnType<typeof cellValue> | undefined): number | undefined {
  if (v === null || v === undefined || typeof v === "boolean") return undefined;
  const d = typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? dateSerial(v) : readDate(v);
  return typeof d === "number" && Number.isFinite(d) ? Math.floor(d) : undefined;
}

export function pacingFact(grids: readonly SheetGrid[]): PacingFact | undefined {
  const found = locate(grids, {
    date: "tpl.monitor.col.date",
    actual: "tpl.monitor.col.actual",
    forecast: "tpl.monitor.col.forecast",
  });
  if (!found) return undefined;
  const { grid, cols, sheet } = found;
  const target = labelledNumber(sheet, "tpl.monitor.target");
  const start = dateOf(labelled(sheet, "tpl.monitor.start")?.value);
  const end = dateOf(labelled(sheet, "tpl.monitor.end")?.value);
  if (target === undefined || start === undefined || end === undefined) return undefined;
  const days: SeriesDay[] = [];
  for (let r = found.firstRow; r <= found.lastRow; r++) {
    const date = dateOf(cellValue(grid, r, cols.get("date") ?? 0));
    if (date === undefined) continue;
    const v = cellValue(grid, r, cols.get("actual") ?? 0);
    days.push({ date, value: typeof v === "number" ? v : null, row: r });
  }
  const reported = days.filter((d) => d.value !== null);
  if (reported.length === 0) return undefined;
  const today = Math.max(...reported.map((d) => d.date)) + 1;
  const method = names("tpl.monitor.choice.forecast").has(norm(labelledText(sheet, "tpl.monitor.method") ?? ""))
    ? "forecast"
    : "run_rate";
  const atRisk = labelledNumber(sheet, "tpl.monitor.atRisk");
  const p = pace({
    days: days.filter((d) => d.date < today && d.date >= start && d.date <= end),
    target,
    start,
    end,
    method,
    today,
    ...(atRisk !== undefined && atRisk > 0 && atRisk < 1 ? { atRisk } : {}),
  });
  if (isCellError(p)) return undefined;
  return { sheet: grid.name, end: serialToIso(end), pace: p };
}

/** The pacing figures, the status in its tone and the advice. */
export function pacingBlock(p: SheetParts, fact: PacingFact | undefined, ctx: Ctx): void {
  if (!fact) return;
  const { locale, theme } = ctx;
  const x = fact.pace;
  p.rows.push([t(locale, "rpt.pace", { sheet: fact.sheet })]);
  p.formats.push({ ranges: [`A${p.rows.length}`], format: { bold: true } });
  const first = p.rows.length + 1;
  const lines: [string, string | number][] = [
    [t(locale, "monitor.header.elapsed"), `${x.daysElapsed} / ${x.campaignDays}`],
    [t(locale, "monitor.header.missing"), x.missingDays],
    [t(locale, "monitor.header.actual"), x.actual],
    [`${t(locale, "monitor.header.projected")} (${fact.end})`, x.projected],
    [t(locale, "tpl.monitor.target"), x.target],
    [t(locale, "monitor.header.share"), x.share],
    [t(locale, "monitor.header.needed"), x.neededDaily ?? ""],
    [t(locale, "monitor.header.status"), statusText(x.status, locale)],
  ];
  for (const line of lines) p.rows.push(line);
  p.formats.push({ ranges: [`B${first + 2}:B${first + 4}`, `B${first + 6}`], format: { numberFormat: "#,##0.0" } });
  p.formats.push({ ranges: [`B${first + 5}`], format: { numberFormat: "0.0%" } });
  const tone = x.status === "onTrack" ? 2 : x.status === "atRisk" ? 1 : 0;
  p.formats.push({ ranges: [`B${first + 7}`], format: theme.tones[tone] });
  p.rows.push([paceAdvice(x, locale)]);
  p.rows.push([]);
}
