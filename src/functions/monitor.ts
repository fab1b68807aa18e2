/* eslint-disable @typescript-eslint/no-explicit-any --
 * Parameters are `any` on purpose: Excel passes null for a blank cell and an omitted
 * argument, and ranges as arrays; the core's readers name the row of anything not right. */
import { isCellError, type CellError, type Result } from "../core/errors";
import { forecastGrid, paceGrid } from "../core/monitor/grids";
import { displayLocale } from "../excel/host";
import { toErrorValue, toSpill } from "./excel-result";
import { fromExcel as x } from "./excel-values";

type Grid = readonly (readonly (string | number | CellError)[])[];

/**
 * A spilling result is a two-dimensional array; it spills into the neighbouring cells, and
 * Excel shows #SPILL! where they are not empty ("Return multiple results from your custom
 * function", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays).
 * An omitted optional argument arrives as null; only #VALUE! and #N/A show our message.
 */
function spill(grid: Result<Grid>): any[][] {
  return isCellError(grid) ? (toErrorValue(grid) as unknown as any[][]) : toSpill(grid);
}

/**
 * Campaign pacing: at this pace, will the target be made by the end date? Spills days elapsed and left, missing days, actual to date, projected total, projected / target, the daily rate needed for the rest and a status (on track, at risk, off track).
 * @customfunction PACE
 * @helpurl https://localhost:3000/help.html#pace
 * @param dates The date of each day's figure, in any order; each day once, all between start and end.
 * @param values The day's figure (sign-ups, sales, spend); a blank is a missing day, not 0.
 * @param target The campaign's target for the whole flight; above 0.
 * @param start First day of the campaign.
 * @param end Last day of the campaign (included).
 * @param [method] "run_rate" (default): actual / days with a value x campaign days; "forecast": actual + the Holt-Winters forecast of every remaining day. 日均 / 预测 also work.
 * @param [today] The first day not yet counted; default the day after the last date given.
 * @param [at_risk] Share of target from which a projection under 100% is "at risk" rather than "off track"; default 0.9.
 * @returns {any[][]} A header row and one row: days elapsed, days left, missing days, actual to date, projected at end, projected / target, daily rate needed, status.
 */
export function paceFunction(
  dates: any[][],
  values: any[][],
  target: any,
  start: any,
  end: any,
  method?: any,
  today?: any,
  at_risk?: any,
): any[][] {
  return spill(
    paceGrid(x(dates), x(values), x(target), x(start), x(end), x(method), x(today), x(at_risk), displayLocale()),
  );
}

/**
 * Forecast with additive trend and seasonality (Holt-Winters, ETS AAA) fitted by least one-step squared error; spills date, forecast and the prediction interval for each period ahead.
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/help.html#forecast
 * @param dates The date of each value, evenly spaced (daily, weekly), in any order; gaps are missing periods.
 * @param values The metric per period; a blank is a missing period.
 * @param horizon How many periods ahead to forecast (1 to 366).
 * @param [seasonality] Season length in periods; default detected (for daily data with 16 or more days: weekly or none, by the corrected AIC); 0 or 1 for none.
 * @param [confidence] Confidence level of the prediction interval; default 0.95.
 * @returns {any[][]} A header row, then one row per period ahead: date, forecast, lower, upper.
 */
export function forecastFunction(
  dates: any[][],
  values: any[][],
  horizon: any,
  seasonality?: any,
  confidence?: any,
): any[][] {
  return spill(forecastGrid(x(dates), x(values), x(horizon), x(seasonality), x(confidence), displayLocale()));
}
