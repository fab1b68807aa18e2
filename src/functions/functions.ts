/* eslint-disable @typescript-eslint/no-explicit-any --
 * Parameters are `any` on purpose: Excel passes null for a blank cell, and only an
 * untyped parameter lets a blank be told apart from 0 and text be reported as such.
 * Every value is checked by the core's coercion before any arithmetic. */
import { achievement, cac, growth, roas, roi, tier } from "../core/kpi";
import { score } from "../core/appraisal";
import { toCell } from "./excel-result";
import { fromExcel as x } from "./excel-values";

/**
 * Return on investment net of natural growth: (revenue - baseline - cost) / cost.
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#roi
 * @param revenue Revenue attributed to the campaign.
 * @param cost Total campaign cost; must be above 0.
 * @param [baseline] Revenue that would have come anyway (natural growth); default 0.
 * @returns The ROI as a ratio (0.25 = 25%).
 */
export function roiFunction(revenue: any, cost: any, baseline?: any): number {
  return toCell(roi(x(revenue), x(cost), x(baseline)));
}

/**
 * Return on ad spend: revenue / ad spend.
 * @customfunction ROAS
 * @helpurl https://localhost:3000/help.html#roas
 * @param revenue Revenue attributed to the ads.
 * @param ad_spend Ad spend; must be above 0.
 * @returns Revenue per unit of spend.
 */
export function roasFunction(revenue: any, ad_spend: any): number {
  return toCell(roas(x(revenue), x(ad_spend)));
}

/**
 * Customer acquisition cost: the sum of all costs / new customers. Blank cells in cost ranges are skipped.
 * @customfunction CAC
 * @helpurl https://localhost:3000/help.html#cac
 * @param cost A cost or a range of costs (ads, channel fees, labour...).
 * @param new_customers New customers acquired; must be above 0.
 * @param [more_costs] Further cost ranges, added to cost.
 * @returns Cost per new customer.
 */
export function cacFunction(cost: any[][], new_customers: any, more_costs?: any[][][]): number {
  // A repeating parameter is ONE argument: an array with one item per repeated argument, or
  // null when there is none ("Custom functions parameter options", Repeating parameters).
  const more = Array.isArray(more_costs) ? (x(more_costs) as unknown[]) : [];
  return toCell(cac(x(cost), x(new_customers), ...more));
}

/**
 * Achievement against target. Higher is better: actual / target. Lower is better (costs): 1 - (actual - target) / |target|, so CAC 240 against 200 is 80%. A target of 0 gives #DIV/0!.
 * @customfunction ACHIEVEMENT
 * @helpurl https://localhost:3000/help.html#achievement
 * @param actual The actual value.
 * @param target The target value; must not be 0.
 * @param [direction] "higher" (default) or "lower" is better; 越高越好 / 越低越好 also work.
 * @returns Achievement as a ratio (0.84 = 84%).
 */
export function achievementFunction(actual: any, target: any, direction?: any): number {
  return toCell(achievement(x(actual), x(target), x(direction)));
}

/**
 * Level reached against a plan with a base and a challenge target: 0 below base, 1 base reached, 2 challenge reached.
 * @customfunction TIER
 * @helpurl https://localhost:3000/help.html#tier
 * @param actual The actual value.
 * @param base The base (minimum) target.
 * @param challenge The challenge (stretch) target.
 * @param [direction] "higher" (default) or "lower" is better; 越高越好 / 越低越好 also work.
 * @returns 0, 1 or 2.
 */
export function tierFunction(actual: any, base: any, challenge: any, direction?: any): number {
  return toCell(tier(x(actual), x(base), x(challenge), x(direction)));
}

/**
 * Growth from a previous period: (current - previous) / |previous|, for year-on-year or month-on-month.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help.html#growth
 * @param current The value of this period.
 * @param previous The value of the same period last year (year-on-year) or of the previous period (month-on-month); must not be 0.
 * @returns Growth as a ratio (0.15 = +15%).
 */
export function growthFunction(current: any, previous: any): number {
  return toCell(growth(x(current), x(previous)));
}

/**
 * Weighted achievement of one person's or team's KPIs: each KPI's achievement as MKT.ACHIEVEMENT computes it, capped (1.5 by default) so one over-achieved KPI cannot hide the others, times its weight, summed. Weights must add up to 100%. A KPI with a blank target, or marked excluded (incubation period), drops out and the other weights are rescaled.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#score
 * @param actuals The actual value of each KPI (a column or row).
 * @param targets The target of each KPI (the revised target where there is one); blank leaves the KPI out.
 * @param weights The weight of each KPI; together they must make 100%.
 * @param [directions] "higher" (default) or "lower" is better, per KPI or one for all; 越高越好 / 越低越好 also work.
 * @param [cap] Highest achievement a KPI can count; default 1.5 (150%); 0 or "none" for no cap.
 * @param [excluded] Per KPI, yes / 是 / TRUE to leave it out (e.g. an emerging market in its incubation period).
 * @returns The score as a ratio (1.22 = 122%).
 */
export function scoreFunction(
  actuals: any[][],
  targets: any[][],
  weights: any[][],
  directions?: any[][],
  cap?: any,
  excluded?: any[][],
): number {
  return toCell(score(actuals, targets, weights, directions, cap, excluded));
}
