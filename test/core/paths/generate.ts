import type { PathEvent } from "../../../src/core/paths/reference";

/** A seeded generator (mulberry32): the same events on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ["search", "social", "email", "display", "direct", "affiliate"];
const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);

/**
 * Touch rows with the cases that matter drawn often: equal times (whole hours over a few
 * weeks), touches exactly a lookback before a conversion, blank channels, rows that are a
 * touch and a conversion, repeated channels, conversions at equal times, users without touches.
 */
export function generateEvents(journeys: number, seed = 1): PathEvent[] {
  const r = random(seed);
  const events: PathEvent[] = [];
  for (let j = 0; j < journeys; j++) {
    const journey = `u${j}`;
    const n = 1 + Math.floor(r() * 8);
    let time = BASE + Math.floor(r() * 60) * DAY;
    for (let k = 0; k < n; k++) {
      const step = r();
      // Same time, exactly 30 days, or a few hours later.
      time += step < 0.15 ? 0 : step < 0.25 ? 30 * DAY : step < 0.3 ? 7 * DAY : Math.floor(r() * 72) * 3_600_000;
      const blank = r() < 0.1;
      const channel = blank ? (r() < 0.5 ? "" : null) : CHANNELS[Math.floor(r() * r() * CHANNELS.length)];
      const converts = r() < 0.2;
      const value = converts ? Math.round(r() * 20000) / 100 : null;
      events.push({ journey, time, channel, conversion: converts ? 1 : 0, value });
    }
  }
  return events;
}

/** As CSV touch rows (timestamp as ISO 8601 text, UTC). */
export function eventsCsv(events: readonly PathEvent[]): string {
  const lines = events.map(
    (e) => `${e.journey},${new Date(e.time).toISOString()},${e.channel ?? ""},${e.conversion ?? ""},${e.value ?? ""}`,
  );
  return ["journey_id,timestamp,channel,conversion,value", ...lines].join("\n") + "\n";
}
