import { cellText } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { cellError, isCellError, type Result } from "../errors";
import { serialToIso } from "../sheet/dates";
import { toOptionalNumber } from "../values";
import type { SpillCell } from "./funnel";
import { dateArgument, isOmitted } from "./inputs";
import { readOrders, type Orders } from "./orders";

/**
 * 复购率: customers active in a period (an order from start to end, both days included),
 * split into new ones (first order ever inside the period) and returning ones (an
 * earlier order), and the share of each who ordered twice or more in the period.
 */

export interface RepurchaseSegment {
  /** Customers with at least one order in the period. */
  readonly customers: number;
  /** Those with two or more orders in the period. */
  readonly repeaters: number;
  /** repeaters / customers; #DIV/0! when there are none. */
  readonly rate: Result;
}

export interface Repurchase {
  readonly all: RepurchaseSegment;
  readonly new: RepurchaseSegment;
  readonly returning: RepurchaseSegment;
  /** With a window: the share of new customers whose next order came within that many days of their first. */
  readonly withinWindow?: Result;
}

function segment(customers: number, repeaters: number, arg: string): RepurchaseSegment {
  const rate = customers === 0 ? cellError("#DIV/0!", "arg.zero", { arg }) : repeaters / customers;
  return { customers, repeaters, rate };
}

/**
 * Counts over every customer's orders. The window looks at all the data, also past `end`
 * (a new customer's second order a week after the period still came within the window).
 */
export function repurchase(orders: Orders, start: number, end: number, windowDays?: number): Repurchase {
  let [all, allRepeat, fresh, freshRepeat, fastRepeat] = [0, 0, 0, 0, 0];
  for (const days of orders.byCustomer.values()) {
    const inside = days.filter((d) => d >= start && d <= end).length;
    if (inside === 0) continue;
    const repeat = inside >= 2 ? 1 : 0;
    all++;
    allRepeat += repeat;
    if (days[0] >= start) {
      fresh++;
      freshRepeat += repeat;
      if (windowDays !== undefined && days.length > 1 && days[1] - days[0] <= windowDays) fastRepeat++;
    }
  }
  const result = {
    all: segment(all, allRepeat, "active customers"),
    new: segment(fresh, freshRepeat, "new customers"),
    returning: segment(all - fresh, allRepeat - freshRepeat, "returning customers"),
  };
  if (windowDays === undefined) return result;
  const withinWindow = fresh === 0 ? cellError("#DIV/0!", "arg.zero", { arg: "new customers" }) : fastRepeat / fresh;
  return { ...result, withinWindow };
}

/** What MKT.REPURCHASE spills: a header row, then all, new and returning customers. */
export function repurchaseTable(r: Repurchase, locale: Locale, windowDays?: number): SpillCell[][] {
  const h = (k: Parameters<typeof cellText>[1], p?: Record<string, number>) => cellText(locale, k, p);
  const windowed = windowDays !== undefined;
  const header = [
    h("repurchase.header.segment"),
    h("repurchase.header.active"),
    h("repurchase.header.rate"),
    ...(windowed ? [h("repurchase.header.window", { days: windowDays })] : []),
  ];
  const row = (key: Parameters<typeof cellText>[1], s: RepurchaseSegment, extra: Result | "") => [
    h(key),
    s.customers,
    s.rate,
    ...(windowed ? [extra] : []),
  ];
  return [
    header,
    row("repurchase.segment.all", r.all, ""),
    row("repurchase.segment.new", r.new, r.withinWindow ?? ""),
    row("repurchase.segment.returning", r.returning, ""),
  ];
}

/** MKT.REPURCHASE's whole computation from Excel arguments. */
export function repurchaseGrid(
  ids: unknown,
  dates: unknown,
  start: unknown,
  end: unknown,
  windowDays: unknown,
  locale: Locale,
): Result<SpillCell[][]> {
  const from = dateArgument(start, "start");
  if (isCellError(from)) return from;
  const to = dateArgument(end, "end");
  if (isCellError(to)) return to;
  if (from > to) return cellError("#VALUE!", "repurchase.order", { start: serialToIso(from), end: serialToIso(to) });
  let window: number | undefined;
  if (!isOmitted(windowDays)) {
    const w = toOptionalNumber(windowDays, "window_days", 0);
    if (isCellError(w)) return w;
    if (!Number.isInteger(w) || w < 0) return cellError("#VALUE!", "repurchase.window", { value: w });
    window = w;
  }
  const orders = readOrders(ids, dates);
  if (isCellError(orders)) return orders;
  return repurchaseTable(repurchase(orders, from, to, window), locale, window);
}
