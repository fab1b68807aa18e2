import { cellError, type Result } from "../errors";
import { CONVERSION, FIRST_STATE, NULL_STATE, START, toRows, type Chain } from "./markov-chain";

/** A transitions table as read: `from,to,count` and optionally `value`. */
export interface TransitionColumns {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly count: readonly number[];
  readonly value?: readonly number[];
}

export interface TransitionChain {
  readonly chain: Chain;
  readonly channels: readonly string[];
  readonly totalConversions: number;
  /** Sum of the value on steps into `(conversion)`, or null without a value column. */
  readonly totalValue: number | null;
}

const SPECIAL: Readonly<Record<string, number>> = {
  "(start)": START,
  "(conversion)": CONVERSION,
  "(null)": NULL_STATE,
};

/**
 * The order-1 chain of a transitions table (as `mkt paths --transitions` writes it): the same
 * chain buildChain makes from the paths, channels numbered in order of first appearance.
 * `firstRow` is the data's first row number, for messages.
 */
export function chainFromTransitions(t: TransitionColumns, firstRow = 2): Result<TransitionChain> {
  const ids = new Map<string, number>();
  const channels: string[] = [];
  const state = (name: string, row: number, column: "from" | "to"): number | string => {
    const special = SPECIAL[name];
    if (special !== undefined) return special;
    const trimmed = name.trim();
    if (trimmed === "") return `row ${row}: blank "${column}"`;
    let id = ids.get(trimmed);
    if (id === undefined) {
      id = channels.length;
      ids.set(trimmed, id);
      channels.push(trimmed);
    }
    return FIRST_STATE + id;
  };
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  let conversions = 0;
  let value = 0;
  for (let i = 0; i < t.from.length; i++) {
    const row = firstRow + i;
    const f = state(t.from[i], row, "from");
    const g = state(t.to[i], row, "to");
    if (typeof f === "string") return cellError("#VALUE!", "paths.badTransition", { detail: f });
    if (typeof g === "string") return cellError("#VALUE!", "paths.badTransition", { detail: g });
    const count = t.count[i];
    if (!Number.isFinite(count) || count < 0)
      return cellError("#VALUE!", "paths.badTransition", { detail: `row ${row}: count is not a number of journeys` });
    if (f === CONVERSION || f === NULL_STATE || g === START)
      return cellError("#VALUE!", "paths.badTransition", {
        detail: `row ${row}: ${t.from[i]} -> ${t.to[i]} cannot happen`,
      });
    if (count === 0) continue;
    from.push(f);
    to.push(g);
    weight.push(count);
    if (g === CONVERSION) {
      conversions += count;
      value += t.value?.[i] ?? 0;
    }
  }
  const stateCount = FIRST_STATE + channels.length;
  // The order buildChain's dense edge matrix lists edges in: by source state, then target.
  const order = from.map((_, i) => i).sort((a, b) => from[a] - from[b] || to[a] - to[b]);
  const edges = {
    from: Int32Array.from(order, (i) => from[i]),
    to: Int32Array.from(order, (i) => to[i]),
    weight: Float64Array.from(order, (i) => weight[i]),
  };
  const tuples = new Int32Array(stateCount).fill(-1);
  for (let s = FIRST_STATE; s < stateCount; s++) tuples[s] = s - FIRST_STATE;
  const chain: Chain = { stateCount, order: 1, tuples, ...toRows(edges, stateCount) };
  return { chain, channels, totalConversions: conversions, totalValue: t.value ? value : null };
}
