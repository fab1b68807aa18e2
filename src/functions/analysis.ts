/* eslint-disable @typescript-eslint/no-explicit-any --
 * Parameters are `any` on purpose: Excel passes null for a blank cell and an omitted
 * argument, and ranges as arrays; the core's readers name the row of anything not right. */
import {
  cohortGrid,
  decayGrid,
  deseason,
  did,
  didTable,
  funnelGrid,
  repurchaseGrid,
  retentionRow,
} from "../core/analysis";
import { isCellError, type CellError, type Result } from "../core/errors";
import { displayLocale } from "../excel/host";
import { toCell, toErrorValue, toSpill } from "./excel-result";
import { fromExcel as x } from "./excel-values";

type Grid = readonly (readonly (string | number | CellError)[])[];

/** A core table as a spill, or the one error value that says what is wrong. */
function spill(grid: Result<Grid>): any[][] {
  return isCellError(grid) ? (toErrorValue(grid) as unknown as any[][]) : toSpill(grid);
}

/**
 * Funnel analysis: one row per stage with step conversion (count / previous), overall conversion (count / first), drop-off, lost, and a flag on leaks and on the largest loss.
 * @customfunction FUNNEL
 * @helpurl https://localhost:3000/help.html#funnel
 * @param stages Stage names, first to last (e.g. impressions, clicks, visits, sign-ups, payments).
 * @param counts People at each stage; a count above the previous stage's is an error.
 * @param [threshold] Drop-off (0 to 1) at or above which a stage is flagged as a leak; default none.
 * @param [benchmarks] Benchmark step conversion per stage (0 to 1); a stage below its benchmark is flagged as a leak.
 * @returns {any[][]} A header row, then stage, count, step conversion, overall conversion, drop-off, lost, [benchmark], flag.
 */
export function funnelFunction(stages: any[][], counts: any[][], threshold?: any, benchmarks?: any[][]): any[][] {
  return spill(funnelGrid(x(stages), x(counts), x(threshold), x(benchmarks), displayLocale()));
}

/**
 * Campaign decay curve: fits y = b * m^t by least squares on ln(y), as LOGEST does, and spills b, m, decay per period (1 - m), half-life, R-squared and the best duration.
 * @customfunction DECAY
 * @helpurl https://localhost:3000/help.html#decay
 * @param values The key metric per period (clicks, sign-ups, sales), each above 0; blank cells are gaps.
 * @param [periods] The period of each value (days since launch, say); default 0, 1, 2...
 * @param [threshold] The level at which the campaign stops paying; the best duration is the period at which the fitted curve falls to it.
 * @returns {any[][]} A header row and one row: start value, period factor, decay per period, half-life, R-squared, best duration.
 */
export function decayFunction(values: any[][], periods?: any[][], threshold?: any): any[][] {
  return spill(decayGrid(x(values), x(periods), x(threshold), displayLocale()));
}

/**
 * Cohort retention: customers grouped by the month (or week) of their first order; the share of each cohort who ordered in each later period, and a bottom row of averages weighted by cohort size.
 * @customfunction COHORT
 * @helpurl https://localhost:3000/help.html#cohort
 * @param customer_ids Customer id of each order.
 * @param order_dates Date of each order (a date, or text such as 2024-01-31 or 2024年1月31日); any order.
 * @param [period] "month" (default) or "week" (Monday to Sunday); 月 / 周 also work.
 * @param [periods] Number of period columns to show; default as many as the oldest cohort has reached.
 * @returns {any[][]} A header row, one row per cohort (cohort, customers, retention per period; blank where not reached yet), then the weighted average.
 */
export function cohortFunction(customer_ids: any[][], order_dates: any[][], period?: any, periods?: any): any[][] {
  return spill(cohortGrid(x(customer_ids), x(order_dates), x(period), x(periods), displayLocale()));
}

/**
 * Retention per period averaged over cohorts, weighted by cohort size, from counts already aggregated: retained customers over the customers of the cohorts that reached the period.
 * @customfunction RETENTION
 * @helpurl https://localhost:3000/help.html#retention
 * @param cohort_sizes Customers in each cohort (one per row).
 * @param counts_matrix Customers retained, one row per cohort and one column per period; blank = not reached yet.
 * @returns {any[][]} One row: the weighted retention of each period.
 */
export function retentionFunction(cohort_sizes: any[][], counts_matrix: any[][]): any[][] {
  return spill(retentionRow(x(cohort_sizes), x(counts_matrix)));
}

/**
 * Repeat purchase in a period for all, new (first order ever inside the period) and returning customers: active customers and the share with two or more orders.
 * @customfunction REPURCHASE
 * @helpurl https://localhost:3000/help.html#repurchase
 * @param customer_ids Customer id of each order.
 * @param order_dates Date of each order; orders before the period tell returning customers from new ones.
 * @param start First day of the period.
 * @param end Last day of the period (included).
 * @param [window_days] Also give the share of new customers who ordered again within this many days of their first order.
 * @returns {any[][]} A header row, then all, new and returning customers: active, repeat-purchase rate [, ordered again within the window].
 */
export function repurchaseFunction(
  customer_ids: any[][],
  order_dates: any[][],
  start: any,
  end: any,
  window_days?: any,
): any[][] {
  return spill(repurchaseGrid(x(customer_ids), x(order_dates), x(start), x(end), x(window_days), displayLocale()));
}

/**
 * Season-adjusted change, e.g. of average order value. ratio (default): (current / previous) / (current_last_year / previous_last_year) - 1; additive: (current - previous) - (current_last_year - previous_last_year).
 * @customfunction DESEASON
 * @helpurl https://localhost:3000/help.html#deseason
 * @param current This period's value.
 * @param previous The previous period's value.
 * @param current_last_year The same period last year.
 * @param previous_last_year The previous period last year.
 * @param [mode] "ratio" (default) or "additive"; 比率 / 差值 also work.
 * @returns The change with the season taken out (0.09 = +9%).
 */
export function deseasonFunction(
  current: any,
  previous: any,
  current_last_year: any,
  previous_last_year: any,
  mode?: any,
): number {
  return toCell(deseason(x(current), x(previous), x(current_last_year), x(previous_last_year), x(mode)));
}

/**
 * Incremental effect over a control group (difference in differences). ratio (default): effect = treated_after - treated_before * control_after / control_before; additive: (treated_after - treated_before) - (control_after - control_before). The baseline it spills (treated_after - effect) is the natural growth MKT.ROI's baseline asks for.
 * @customfunction DID
 * @helpurl https://localhost:3000/help.html#did
 * @param treated_before The campaign group before (sales, sign-ups).
 * @param treated_after The campaign group during or after the campaign.
 * @param control_before The control group (no campaign) before.
 * @param control_after The control group after.
 * @param [mode] "ratio" (default) or "additive"; 比率 / 差值 also work.
 * @returns {any[][]} A header row and one row: effect, relative effect (effect / baseline), baseline (natural growth, for MKT.ROI).
 */
export function didFunction(
  treated_before: any,
  treated_after: any,
  control_before: any,
  control_after: any,
  mode?: any,
): any[][] {
  const result = did(x(treated_before), x(treated_after), x(control_before), x(control_after), x(mode));
  return spill(isCellError(result) ? result : didTable(result, displayLocale()));
}
