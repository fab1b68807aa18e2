import { comparePathRows, PATH_SEPARATOR, type PathOptions, type PathRow } from "./options";

/**
 * The path semantics, written plainly: the reference the SQL of every dialect is tested
 * against. One row is a touch when its channel is not blank, a conversion when `conversion`
 * is above 0 (a row can be both: its touch comes first).
 */
export interface PathEvent {
  readonly journey: string;
  /** Any time unit, consistent with `dayLength`. */
  readonly time: number;
  readonly channel: string | null;
  readonly conversion: number | null;
  readonly value: number | null;
}

export interface ConversionWithoutTouch {
  readonly journey: string;
  readonly time: number;
  readonly value: number;
}

export interface ReferencePaths {
  readonly paths: PathRow[];
  readonly withoutTouch: ConversionWithoutTouch[];
}

interface Item {
  readonly time: number;
  /** 0 touch, 1 conversion: touches first at equal times. */
  readonly kind: 0 | 1;
  readonly channel: string;
  readonly value: number;
}

const byOrder = (a: Item, b: Item): number =>
  a.time - b.time ||
  a.kind - b.kind ||
  (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0) ||
  b.value - a.value;

function applyRepeats(channels: string[], repeats: PathOptions["repeats"]): string[] {
  if (repeats === "collapse") return channels.filter((c, i) => i === 0 || channels[i - 1] !== c);
  if (repeats === "first") return channels.filter((c, i) => channels.indexOf(c) === i);
  return channels;
}

/**
 * Per journey, in time order (touches before conversions at equal times, then by channel;
 * conversions at equal times by value, largest first): each conversion closes a path of
 * the touches since the previous conversion no older than the lookback; the touches after
 * the last conversion make one non-converting path, the lookback counted from the last of
 * them; then repeats, then the last `maxSteps` touches. `dayLength` is a day in time units.
 */
export function referencePaths(
  events: readonly PathEvent[],
  options: PathOptions,
  dayLength = 86_400_000,
): ReferencePaths {
  const journeys = new Map<string, Item[]>();
  for (const e of events) {
    let items = journeys.get(e.journey);
    if (!items) journeys.set(e.journey, (items = []));
    // Spaces around a channel are dropped (as SQL TRIM does), so blank means empty or spaces.
    const channel = (e.channel ?? "").replace(/^ +| +$/g, "");
    if (channel !== "") items.push({ time: e.time, kind: 0, channel, value: 0 });
    if ((e.conversion ?? 0) > 0) items.push({ time: e.time, kind: 1, channel: "", value: e.value ?? 0 });
  }
  const table = new Map<string, { conversions: number; value: number; nulls: number }>();
  const withoutTouch: ConversionWithoutTouch[] = [];
  const lookback = options.lookbackDays * dayLength;
  const close = (touches: Item[], anchor: number): string[] => {
    const kept = touches.filter((t) => options.lookbackDays <= 0 || t.time >= anchor - lookback).map((t) => t.channel);
    const repeated = applyRepeats(kept, options.repeats);
    return options.maxSteps > 0 ? repeated.slice(Math.max(0, repeated.length - options.maxSteps)) : repeated;
  };
  const add = (channels: string[], conversions: number, value: number, nulls: number): void => {
    const path = channels.join(PATH_SEPARATOR);
    const row = table.get(path) ?? { conversions: 0, value: 0, nulls: 0 };
    row.conversions += conversions;
    row.value += value;
    row.nulls += nulls;
    table.set(path, row);
  };
  for (const [journey, items] of journeys) {
    items.sort(byOrder);
    let touches: Item[] = [];
    for (const item of items) {
      if (item.kind === 0) {
        touches.push(item);
        continue;
      }
      const channels = close(touches, item.time);
      if (channels.length === 0) withoutTouch.push({ journey, time: item.time, value: item.value });
      else add(channels, 1, item.value, 0);
      touches = [];
    }
    if (touches.length > 0) add(close(touches, touches[touches.length - 1].time), 0, 0, 1);
  }
  const paths = [...table].map(([path, r]) => ({ path, ...r }));
  paths.sort(comparePathRows);
  return { paths, withoutTouch };
}
