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
  private readonly names: string[] = [];
  /** Hash table of channel ids + 1 (0 = empty), and each id's hash. */
  private slots = new Int32Array(256);
  private hashes = new Int32Array(64);
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
    this.touches = new Int32Array(n * 8);
    this.times = withTimes ? new Float64Array(n * 8) : undefined;
    this.conversions = new Float64Array(n);
    this.values = withValues ? new Float64Array(n) : undefined;
    this.nulls = new Float64Array(n);
  }

  /**
   * Pieces of paths as they stand between ">" (spaces kept) seen so far, in a hash table
   * like the channels' one: each piece's text, hash and channel id (-1: blank).
   */
  private pieceSlots = new Int32Array(256);
  private readonly pieceTexts: string[] = [];
  private pieceHashes = new Int32Array(64);
  private pieceIds = new Int32Array(64);

  /**
   * The channel id of the piece `text[start, end)` once trimmed, or -1 when it is blank;
   * `hash` is `textHash` of the piece, which the caller computes while it looks for the ">".
   * A piece seen before costs one comparison; only a new one is trimmed and interned.
   */
  internPiece(text: string, start: number, end: number, hash: number): number {
    const mask = this.pieceSlots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const k = this.pieceSlots[slot] - 1;
      if (k < 0) break;
      if (this.pieceHashes[k] === hash && sameText(this.pieceTexts[k], text, start, end)) return this.pieceIds[k];
      slot = (slot + 1) & mask;
    }
    const piece = text.slice(start, end);
    const name = piece.trim();
    const id = name.length === 0 ? -1 : this.intern(name);
    const k = this.pieceTexts.length;
    this.pieceTexts.push(piece);
    if (k === this.pieceHashes.length) {
      this.pieceHashes = grow(this.pieceHashes, new Int32Array(k * 2));
      this.pieceIds = grow(this.pieceIds, new Int32Array(k * 2));
    }
    this.pieceHashes[k] = hash;
    this.pieceIds[k] = id;
    this.pieceSlots[slot] = k + 1;
    if ((k + 1) * 2 > this.pieceSlots.length)
      this.pieceSlots = rehash(this.pieceSlots.length * 2, this.pieceHashes, k + 1);
    return id;
  }

  /** The id of a channel name (already trimmed and non-empty). */
  intern(name: string): number {
    return this.internRange(name, 0, name.length);
  }

  /**
   * The id of the channel named by `text[start, end)`, without slicing the text unless
   * the name is new: an open-addressing table hashed over the characters themselves.
   */
  internRange(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const id = this.slots[slot] - 1;
      if (id < 0) break;
      if (this.hashes[id] === h && sameText(this.names[id], text, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.names.length;
    this.names.push(text.slice(start, end));
    if (id === this.hashes.length) this.hashes = grow(this.hashes, new Int32Array(id * 2));
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.slots = rehash(this.slots.length * 2, this.hashes, id + 1);
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

/** The FNV-1a hash of a text, one character code at a time: HASH_START, then hashStep for each. */
export const HASH_START = 0x811c9dc5;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** A hash table of `count` entries (index + 1 by slot, 0 empty) with `size` slots. */
function rehash(size: number, hashes: Int32Array, count: number): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < count; k++) {
    let slot = hashes[k] & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = k + 1;
  }
  return slots;
}

function sameText(name: string, text: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
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
