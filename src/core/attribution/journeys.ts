/**
 * Journeys in columnar form: every path's touches as interned channel ids in one flat
 * array, so a million paths cost a handful of typed arrays rather than a million objects.
 *
 * Path `i` is `touches[offsets[i] .. offsets[i + 1])`; `times` (when known) holds each
 * touch's time in days, aligned with `touches`.
 */
export interface Journeys {
  /** Channel names by id. */
  readonly channels: readonly string[];
  readonly pathCount: number;
  /** pathCount + 1 entries. */
  readonly offsets: Int32Array;
  /** Channel id of every touch. */
  readonly touches: Int32Array;
  /** Time of every touch in days (any origin), or undefined when touch times are unknown. */
  readonly times: Float64Array | undefined;
  readonly conversions: Float64Array;
  /** Conversion value per path, or undefined when no values were given. */
  readonly values: Float64Array | undefined;
  /** Journeys on the path that did not convert. */
  readonly nulls: Float64Array;
}

/** Grows typed arrays as paths are appended; interns channel names to ids. */
export class JourneyBuilder {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private offsets: Int32Array;
  private touches: Int32Array;
  private times: Float64Array | undefined;
  private conversions: Float64Array;
  private values: Float64Array | undefined;
  private nulls: Float64Array;
  private paths = 0;
  private touchCount = 0;

  constructor(
    capacity: number,
    private readonly withTimes: boolean,
    private readonly withValues: boolean,
  ) {
    const n = Math.max(4, capacity);
    this.offsets = new Int32Array(n + 1);
    this.touches = new Int32Array(n * 4);
    this.times = withTimes ? new Float64Array(n * 4) : undefined;
    this.conversions = new Float64Array(n);
    this.values = withValues ? new Float64Array(n) : undefined;
    this.nulls = new Float64Array(n);
  }

  /** The id of a channel name (already trimmed and non-empty). */
  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** Appends one touch to the path being built. */
  touch(channel: number, time = 0): void {
    if (this.touchCount === this.touches.length) this.growTouches();
    this.touches[this.touchCount] = channel;
    if (this.times) this.times[this.touchCount] = time;
    this.touchCount++;
  }

  /** Touches appended since the last `endPath`. */
  get openLength(): number {
    return this.touchCount - this.offsets[this.paths];
  }

  /** Drops the touches of the path being built. */
  discardPath(): void {
    this.touchCount = this.offsets[this.paths];
  }

  /** Closes the path being built with its counts. */
  endPath(conversions: number, nulls: number, value = 0): void {
    if (this.paths + 1 === this.conversions.length) this.growPaths();
    this.conversions[this.paths] = conversions;
    this.nulls[this.paths] = nulls;
    if (this.values) this.values[this.paths] = value;
    this.paths++;
    this.offsets[this.paths] = this.touchCount;
  }

  build(): Journeys {
    return {
      channels: this.names,
      pathCount: this.paths,
      offsets: this.offsets.subarray(0, this.paths + 1),
      touches: this.touches.subarray(0, this.touchCount),
      times: this.withTimes && this.times ? this.times.subarray(0, this.touchCount) : undefined,
      conversions: this.conversions.subarray(0, this.paths),
      values: this.withValues && this.values ? this.values.subarray(0, this.paths) : undefined,
      nulls: this.nulls.subarray(0, this.paths),
    };
  }

  private growTouches(): void {
    const size = this.touches.length * 2;
    this.touches = grow(this.touches, new Int32Array(size));
    if (this.times) this.times = grow(this.times, new Float64Array(size));
  }

  private growPaths(): void {
    const size = this.conversions.length * 2;
    this.offsets = grow(this.offsets, new Int32Array(size + 1));
    this.conversions = grow(this.conversions, new Float64Array(size));
    this.nulls = grow(this.nulls, new Float64Array(size));
    if (this.values) this.values = grow(this.values, new Float64Array(size));
  }
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Sum of a typed array with Neumaier compensation. */
export function total(values: Float64Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}
