import { cellText } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { cellError, isCellError, type Result } from "../errors";
import { serialToDate, serialToIso } from "../sheet/dates";
import { toOptionalNumber, toOptionalText } from "../values";
import type { SpillCell } from "./funnel";
import { isOmitted } from "./inputs";
import { readOrders, type Orders } from "./orders";
import { weightedRetention } from "./retention";

/**
 * 留存: customers grouped by the week or month of their first order (the cohort); a
 * customer counts in period k of the cohort if they ordered in it, so retention can rise
 * again. The bottom row is the average over the cohorts that have reached period k,
 * weighted by cohort size (not the mean of the rates).
 */

export type CohortPeriod = "month" | "week";

/** Longest matrix MKT.COHORT spills, in periods. */
export const MAX_COHORT_PERIODS = 520;

/** Serial of 1970-01-01, a Thursday. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Months since year 0, or weeks (Monday to Sunday) since the week of 1970-01-01. */
export function periodIndex(serial: number, period: CohortPeriod): number {
  if (period === "week") return Math.floor((Math.floor(serial) - UNIX_EPOCH_SERIAL + 3) / 7);
  const d = serialToDate(Math.floor(serial));
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** A cohort's name: "2024-01" for a month, the Monday "2024-01-01" for a week. */
export function cohortLabel(index: number, period: CohortPeriod): string {
  if (period === "week") return serialToIso(index * 7 - 3 + UNIX_EPOCH_SERIAL);
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export interface CohortRow {
  readonly label: string;
  readonly size: number;
  /** Customers who ordered in period k; undefined where the data ends before period k begins. */
  readonly counts: readonly (number | undefined)[];
}

export interface CohortMatrix {
  readonly period: CohortPeriod;
  readonly rows: readonly CohortRow[];
  /** Size-weighted retention per period over the cohorts that reached it. */
  readonly averages: readonly (number | undefined)[];
}

/**
 * The matrix. A period has been reached once it has begun by the latest order in the data
 * (so the last, possibly partial, period counts). `periods` columns (default: as many as
 * the oldest cohort has reached).
 */
export function cohortMatrix(orders: Orders, period: CohortPeriod, periods?: number): CohortMatrix {
  const lastIndex = periodIndex(orders.last, period);
  const cohorts = new Map<number, Set<number>[]>();
  for (const days of orders.byCustomer.values()) {
    const start = periodIndex(days[0], period);
    const active = new Set(days.map((d) => periodIndex(d, period) - start));
    const list = cohorts.get(start) ?? [];
    list.push(active);
    cohorts.set(start, list);
  }
  const starts = [...cohorts.keys()].sort((a, b) => a - b);
  const width = periods ?? lastIndex - starts[0] + 1;
  const rows = starts.map((start) => {
    const members = cohorts.get(start) ?? [];
    const counts: (number | undefined)[] = [];
    for (let k = 0; k < width; k++) {
      counts.push(start + k > lastIndex ? undefined : members.filter((m) => m.has(k)).length);
    }
    return { label: cohortLabel(start, period), size: members.length, counts };
  });
  return {
    period,
    rows,
    averages: weightedRetention(
      rows.map((r) => r.size),
      rows.map((r) => r.counts),
    ),
  };
}

/** What MKT.COHORT spills: header, one row per cohort (rates, blank where not reached), the weighted average row. */
export function cohortTable(matrix: CohortMatrix, locale: Locale): SpillCell[][] {
  const width = matrix.averages.length;
  const unit = matrix.period === "week" ? "cohort.header.week" : "cohort.header.month";
  const header: SpillCell[] = [
    cellText(locale, "cohort.header.cohort"),
    cellText(locale, "cohort.header.size"),
    ...Array.from({ length: width }, (_, k) => cellText(locale, unit, { k })),
  ];
  const body = matrix.rows.map((r) => [r.label, r.size, ...r.counts.map((c) => (c === undefined ? "" : c / r.size))]);
  const total = matrix.rows.reduce((a, r) => a + r.size, 0);
  const average = [cellText(locale, "cohort.header.average"), total, ...matrix.averages.map((a) => a ?? "")];
  return [header, ...body, average];
}

/** "month" / "week" and their Chinese names; blank is month. */
export function toCohortPeriod(value: unknown): Result<CohortPeriod> {
  const text = toOptionalText(value, "period");
  if (isCellError(text)) return text;
  const v = (text ?? "month").trim().toLowerCase();
  if (["month", "months", "monthly", "m", "月", "按月", "月度"].includes(v)) return "month";
  if (["week", "weeks", "weekly", "w", "周", "按周", "星期"].includes(v)) return "week";
  return cellError("#VALUE!", "cohort.period", { value: text ?? "" });
}

/** MKT.COHORT's whole computation from Excel arguments. */
export function cohortGrid(
  ids: unknown,
  dates: unknown,
  period: unknown,
  periods: unknown,
  locale: Locale,
): Result<SpillCell[][]> {
  const unit = toCohortPeriod(period);
  if (isCellError(unit)) return unit;
  let width: number | undefined;
  if (!isOmitted(periods)) {
    const n = toOptionalNumber(periods, "periods", 0);
    if (isCellError(n)) return n;
    if (!Number.isInteger(n) || n < 1 || n > MAX_COHORT_PERIODS)
      return cellError("#VALUE!", "cohort.periods", { value: n, max: MAX_COHORT_PERIODS });
    width = n;
  }
  const orders = readOrders(ids, dates);
  if (isCellError(orders)) return orders;
  const span = periodIndex(orders.last, unit) - periodIndex(orders.first, unit) + 1;
  if (width === undefined && span > MAX_COHORT_PERIODS)
    return cellError("#VALUE!", "cohort.span", { count: span, max: MAX_COHORT_PERIODS });
  return cohortTable(cohortMatrix(orders, unit, width), locale);
}
