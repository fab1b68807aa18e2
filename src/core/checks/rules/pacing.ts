import { oneStepHalfWidth } from "../../monitor/forecast";
import { minimumDays } from "../../monitor/holt-winters";
import { fitDetected } from "../../monitor/seasonality";
import { pace } from "../../monitor/pace";
import { onGrid, type SeriesDay } from "../../monitor/series";
import { campaignPanel, dailyTable } from "../../monitor/sheet-series";
import { isCellError } from "../../errors";
import { serialToIso } from "../../sheet/dates";
import { dateSerial } from "../../plan/dates";
import { fmtNumber, fmtPercent } from "../cells";
import type { CheckSettings } from "../settings";
import type { Rule } from "../types";

/**
 * While the campaign runs (docs/monitoring.md):
 * - pace: at this run rate (or forecast) the campaign misses its target by the end date.
 *   Target, start and end come from the settings, else from the monitor's panel
 *   (目标 / 开始日期 / 结束日期 labels); "today" is the day after the last day with a value.
 * - band: a day outside the one-step-ahead prediction interval of the Holt-Winters model
 *   fitted to the daily series (Prophet's practice: an actual outside the interval is an anomaly).
 */

/** The days up to the last one with a value: later rows are days not reached yet. */
function reported(days: readonly SeriesDay[]): SeriesDay[] {
  let last = -1;
  days.forEach((d, i) => {
    if (d.value !== null) last = i;
  });
  return days.slice(0, last + 1);
}

export const paceRule: Rule<CheckSettings["pace"]> = {
  id: "pace",
  defaultSeverity: "warning",
  run(input, s, emit) {
    // No target, no pacing: looked for first (the panel scan is cheaper than reading the days).
    const panel = s.target !== undefined && s.end !== undefined ? {} : campaignPanel(input.sheet);
    const target = s.target ?? panel.target;
    if (target === undefined || (s.end === undefined && panel.end === undefined)) return;
    const table = dailyTable(input.grid, input.table, input.columns, s.column);
    if (!table) return;
    const days = reported(table.days);
    if (days.length === 0) return;
    const start = s.start !== undefined ? dateSerial(s.start) : (panel.start ?? days[0].date);
    const end = s.end !== undefined ? dateSerial(s.end) : panel.end;
    if (end === undefined || Number.isNaN(start) || Number.isNaN(end)) return;
    const inside = days.filter((d) => d.date >= start && d.date <= end);
    const last = inside[inside.length - 1];
    if (!last) return;
    const p = pace({ days: inside, target, start, end, method: s.method, atRisk: s.atRisk, today: last.date + 1 });
    if (isCellError(p) || p.status === "onTrack") return;
    emit(last.row, table.valueColumn.index, p.status === "offTrack" ? "check.paceOffTrack" : "check.paceAtRisk", {
      metric: table.valueColumn.label,
      projected: fmtNumber(Math.round(p.projected * 10) / 10),
      target: fmtNumber(target),
      share: fmtPercent(p.share),
      end: serialToIso(end),
      needed: fmtNumber(Math.round((p.neededDaily ?? 0) * 10) / 10),
      current: fmtNumber(Math.round(p.currentDaily * 10) / 10),
    });
  },
};

/** A daily series longer than ten years is no campaign: the band is not judged (and no fit runs over it). */
const MAX_BAND_DAYS = 3660;

export const bandRule: Rule<CheckSettings["band"]> = {
  id: "band",
  defaultSeverity: "warning",
  run(input, s, emit) {
    const table = dailyTable(input.grid, input.table, input.columns, s.column);
    if (!table) return;
    const days = reported(table.days);
    for (let i = 1; i < days.length; i++) if (days[i].date === days[i - 1].date) return; // not one row per day
    if (days.length === 0 || days[days.length - 1].date - days[0].date > MAX_BAND_DAYS) return;
    const series = onGrid(days, 1);
    const observed = days.filter((d) => d.value !== null).length;
    if (observed < Math.max(minimumDays(1), s.minDays)) return;
    const fit = fitDetected(series, 1);
    const half = oneStepHalfWidth(fit, s.confidence);
    if (!(half > 0)) return;
    for (const d of days) {
      if (d.value === null) continue;
      const forecast = fit.fitted[d.date - days[0].date];
      if (Math.abs(d.value - forecast) <= half) continue;
      emit(d.row, table.valueColumn.index, d.value > forecast ? "check.bandAbove" : "check.bandBelow", {
        metric: table.valueColumn.label,
        date: serialToIso(d.date),
        value: fmtNumber(d.value),
        lower: fmtNumber(Math.round((forecast - half) * 10) / 10),
        upper: fmtNumber(Math.round((forecast + half) * 10) / 10),
        confidence: fmtPercent(s.confidence),
      });
    }
  },
};
