import type { Journeys } from "./journeys";

/** State ids of the absorbing chain; transient channel states follow from FIRST_STATE. */
export const START = 0;
export const CONVERSION = 1;
export const NULL_STATE = 2;
export const FIRST_STATE = 3;

/** Past this many states a chain is refused (memory, and the solve would not be fast). */
export const MAX_STATES = 2_000_000;

/**
 * The transition graph of an order-k chain in compressed rows: row s lists the states
 * reached from s with their probabilities. Transient states are START and every
 * observed tuple of the last k channels (FIRST_STATE on); CONVERSION and NULL_STATE absorb.
 */
export interface Chain {
  readonly stateCount: number;
  readonly order: number;
  readonly rowStart: Int32Array;
  readonly target: Int32Array;
  readonly probability: Float64Array;
  /** The channels each state holds: `order` ids per state, -1 where the tuple is shorter. */
  readonly tuples: Int32Array;
}

/** Accumulates weighted edges: densely while the state space is small, else as a list merged later. */
class EdgeWeights {
  private readonly dense: Float64Array | undefined;
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private weight = new Float64Array(1024);
  private count = 0;

  constructor(private readonly denseSize: number) {
    this.dense = denseSize > 0 ? new Float64Array(denseSize * denseSize) : undefined;
  }

  add(from: number, to: number, weight: number): void {
    if (this.dense) {
      this.dense[from * this.denseSize + to] += weight;
      return;
    }
    // Consecutive duplicates (a repeated path step) merge at once.
    const last = this.count - 1;
    if (last >= 0 && this.from[last] === from && this.to[last] === to) {
      this.weight[last] += weight;
      return;
    }
    if (this.count === this.from.length) {
      const size = this.count * 2;
      const f = new Int32Array(size);
      f.set(this.from);
      this.from = f;
      const t = new Int32Array(size);
      t.set(this.to);
      this.to = t;
      const w = new Float64Array(size);
      w.set(this.weight);
      this.weight = w;
    }
    this.from[this.count] = from;
    this.to[this.count] = to;
    this.weight[this.count++] = weight;
  }

  /** Edges as [from, to, weight] columns (duplicates allowed: rows merge them). */
  list(): { from: Int32Array; to: Int32Array; weight: Float64Array } {
    if (!this.dense) {
      return {
        from: this.from.subarray(0, this.count),
        to: this.to.subarray(0, this.count),
        weight: this.weight.subarray(0, this.count),
      };
    }
    let count = 0;
    for (let i = 0; i < this.dense.length; i++) if (this.dense[i] !== 0) count++;
    const from = new Int32Array(count);
    const to = new Int32Array(count);
    const weight = new Float64Array(count);
    let k = 0;
    for (let i = 0; i < this.dense.length; i++) {
      if (this.dense[i] === 0) continue;
      from[k] = Math.floor(i / this.denseSize);
      to[k] = i % this.denseSize;
      weight[k++] = this.dense[i];
    }
    return { from, to, weight };
  }
}

/**
 * Builds the chain: each path with conversions c and nulls u walks START -> states ->
 * CONVERSION (weight c) and -> NULL_STATE (weight u), every step weighted c + u.
 * Returns undefined when the chain would need more than MAX_STATES states.
 */
export function buildChain(journeys: Journeys, order: number): Chain | undefined {
  const { offsets, touches, conversions, nulls, pathCount } = journeys;
  const channelCount = journeys.channels.length;
  const base = channelCount + 1;
  if (order > 1 && base ** order >= Number.MAX_SAFE_INTEGER) return undefined;

  const tupleIds = new Map<number, number>();
  const tupleList: number[][] = order === 1 ? [] : [[]];
  const stateOf = (start: number, i: number): number => {
    if (order === 1) return FIRST_STATE + touches[i];
    let key = 0;
    const from = Math.max(start, i - order + 1);
    for (let j = from; j <= i; j++) key = key * base + touches[j] + 1;
    let id = tupleIds.get(key);
    if (id === undefined) {
      id = FIRST_STATE + tupleIds.size;
      tupleIds.set(key, id);
      tupleList.push(Array.from(touches.subarray(from, i + 1)));
    }
    return id;
  };

  const denseStates = order === 1 ? FIRST_STATE + channelCount : 0;
  const edges = new EdgeWeights(denseStates > 0 && denseStates * denseStates <= 4_000_000 ? denseStates : 0);
  for (let p = 0; p < pathCount; p++) {
    const conv = conversions[p];
    const none = nulls[p];
    const w = conv + none;
    const start = offsets[p];
    const end = offsets[p + 1];
    if (w === 0 || end === start) continue;
    let prev = START;
    for (let i = start; i < end; i++) {
      const s = stateOf(start, i);
      edges.add(prev, s, w);
      prev = s;
    }
    if (conv > 0) edges.add(prev, CONVERSION, conv);
    if (none > 0) edges.add(prev, NULL_STATE, none);
    if (tupleIds.size > MAX_STATES) return undefined;
  }

  const stateCount = order === 1 ? FIRST_STATE + channelCount : FIRST_STATE + tupleIds.size;
  const tuples = new Int32Array(stateCount * order).fill(-1);
  for (let s = FIRST_STATE; s < stateCount; s++) {
    if (order === 1) tuples[s] = s - FIRST_STATE;
    else tupleList[s - FIRST_STATE + 1].forEach((c, j) => (tuples[s * order + j] = c));
  }
  return { stateCount, order, tuples, ...toRows(edges.list(), stateCount) };
}

/** Compressed rows from an edge list, duplicates merged, weights normalised to probabilities per row. */
export function toRows(edges: { from: Int32Array; to: Int32Array; weight: Float64Array }, stateCount: number) {
  const count = new Int32Array(stateCount + 1);
  for (let e = 0; e < edges.from.length; e++) count[edges.from[e] + 1]++;
  for (let s = 0; s < stateCount; s++) count[s + 1] += count[s];
  const fill = count.slice(0, stateCount);
  const rawTarget = new Int32Array(edges.from.length);
  const rawWeight = new Float64Array(edges.from.length);
  for (let e = 0; e < edges.from.length; e++) {
    const k = fill[edges.from[e]]++;
    rawTarget[k] = edges.to[e];
    rawWeight[k] = edges.weight[e];
  }
  // Merge duplicate targets within each row; `slot[t]` is t's position in the current row.
  const slot = new Int32Array(stateCount).fill(-1);
  const rowStart = new Int32Array(stateCount + 1);
  const target = new Int32Array(edges.from.length);
  const probability = new Float64Array(edges.from.length);
  let k = 0;
  for (let s = 0; s < stateCount; s++) {
    const first = k;
    for (let e = count[s]; e < count[s + 1]; e++) {
      const t = rawTarget[e];
      if (slot[t] >= first) {
        probability[slot[t]] += rawWeight[e];
      } else {
        slot[t] = k;
        target[k] = t;
        probability[k++] = rawWeight[e];
      }
    }
    let out = 0;
    for (let i = first; i < k; i++) out += probability[i];
    if (out > 0) for (let i = first; i < k; i++) probability[i] /= out;
    rowStart[s + 1] = k;
  }
  return { rowStart, target: target.slice(0, k), probability: probability.slice(0, k) };
}
