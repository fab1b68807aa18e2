import { cellError, isCellError, type Result } from "../errors";
import { isBlank } from "../values";
import { MAX_DATE_SERIAL } from "../sheet/dates";
import { dateAt, errorIn, listOf, nameOf, sameLength } from "./inputs";

/** Orders as customer id and date rows, in any order, grouped by customer with each one's dates sorted. */
export interface Orders {
  /** Each customer's order days (date serials), earliest first. */
  readonly byCustomer: ReadonlyMap<string, readonly number[]>;
  /** The earliest and latest order day in the data. */
  readonly first: number;
  readonly last: number;
}

/** Groups order rows; in-memory rows of (id, serial) already checked. */
export function groupOrders(rows: readonly { readonly id: string; readonly day: number }[]): Orders {
  const byCustomer = new Map<string, number[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const { id, day } of rows) {
    const list = byCustomer.get(id);
    if (list) list.push(day);
    else byCustomer.set(id, [day]);
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  for (const list of byCustomer.values()) list.sort((a, b) => a - b);
  return { byCustomer, first, last };
}

/**
 * Reads customer_ids and order_dates side by side. Rows blank in both are skipped (a range
 * may reach past the data); an id without a date or a date without an id is an error naming
 * the row, as is a date the date reader does not understand.
 */
export function readOrders(ids: unknown, dates: unknown): Result<Orders> {
  const idCells = listOf(ids, "customer_ids");
  if (isCellError(idCells)) return idCells;
  const dateCells = listOf(dates, "order_dates");
  if (isCellError(dateCells)) return dateCells;
  const mismatch = sameLength(idCells, "customer_ids", dateCells, "order_dates");
  if (mismatch) return mismatch;
  const rows: { id: string; day: number }[] = [];
  for (let i = 0; i < idCells.length; i++) {
    const idValue = idCells.value(i);
    const dateValue = dateCells.value(i);
    const bad = typeof idValue === "number" ? undefined : errorIn(idCells.at(i), "customer_ids");
    if (bad) return bad;
    const id = nameOf(idValue);
    const noDate = isBlank(dateValue);
    if (id === "" && noDate) continue;
    if (id === "")
      return cellError("#VALUE!", "analysis.blankWithValue", {
        arg: "customer_ids",
        row: idCells.at(i).row,
        other: "order_dates",
      });
    if (noDate)
      return cellError("#VALUE!", "analysis.blankWithValue", {
        arg: "order_dates",
        row: dateCells.at(i).row,
        other: "customer_ids",
      });
    // A date cell arrives as its serial: read it in place; anything else goes through the date reader.
    const day =
      typeof dateValue === "number" && dateValue >= 0 && dateValue <= MAX_DATE_SERIAL + 1
        ? Math.floor(dateValue)
        : dateAt(dateCells.at(i), "order_dates");
    if (isCellError(day)) return day;
    rows.push({ id, day });
  }
  if (rows.length === 0) return cellError("#N/A", "analysis.empty", { arg: "customer_ids" });
  return groupOrders(rows);
}
