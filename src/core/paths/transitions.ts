import { PATH_SEPARATOR, type PathRow } from "./options";

/** The absorbing states' names in a transitions table. */
export const START_NAME = "(start)";
export const CONVERSION_NAME = "(conversion)";
export const NULL_NAME = "(null)";

/**
 * One order-1 transition: how many journeys stepped from `from` to `to` (a path with c
 * conversions and u nulls walks each of its steps c + u times), and the conversion value
 * those journeys carried (on the step into `(conversion)`, the value converted there).
 */
export interface TransitionRow {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  readonly value: number;
}

/**
 * Order-1 transitions counted path by path, in the order each first occurs when the paths
 * are walked in their order (so reading them back interns channels as the paths would).
 * Paths can be added a batch at a time: the counts never grow with the number of paths.
 */
export class TransitionCounter {
  private readonly edges = new Map<string, { from: string; to: string; count: number; value: number }>();

  private add(from: string, to: string, count: number, value: number): void {
    const key = `${from}\u0000${to}`;
    const edge = this.edges.get(key);
    if (edge) {
      edge.count += count;
      edge.value += value;
    } else this.edges.set(key, { from, to, count, value });
  }

  addPaths(paths: Iterable<PathRow>): void {
    for (const row of paths) {
      const weight = row.conversions + row.nulls;
      if (weight === 0 || row.path === "") continue;
      const value = row.conversions > 0 ? row.value : 0;
      let prev = START_NAME;
      for (const channel of row.path.split(PATH_SEPARATOR)) {
        this.add(prev, channel, weight, value);
        prev = channel;
      }
      if (row.conversions > 0) this.add(prev, CONVERSION_NAME, row.conversions, value);
      if (row.nulls > 0) this.add(prev, NULL_NAME, row.nulls, 0);
    }
  }

  rows(): TransitionRow[] {
    return [...this.edges.values()];
  }
}
