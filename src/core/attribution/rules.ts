import { Credits, type ChannelTotals } from "./credits";
import type { Journeys } from "./journeys";

/** The rule-based models; each splits a path's conversions and value over its touches. */
export type RuleModel = "first" | "last" | "linear" | "position" | "time_decay";

export interface RuleSettings {
  readonly firstWeight: number;
  readonly lastWeight: number;
  /** Days when touch times are known, touches otherwise. */
  readonly halfLife: number;
}

/**
 * Credits every channel by a rule. A touch's share of its path:
 * - first: 1 for the first touch; last: 1 for the last touch;
 * - linear: 1/n for each of the n touches (repeats counted);
 * - position: first f, last l, the middle n-2 touches (1-f-l)/(n-2) each; one touch 1,
 *   two touches f/(f+l) and l/(f+l) (50/50 with the default 40/20/40);
 * - time_decay: 2^(-t/h) normalised over the path, t the time from the touch to the
 *   path's last touch (days when known, else the number of touches in between).
 */
export function ruleCredits(journeys: Journeys, model: RuleModel, settings: RuleSettings): ChannelTotals {
  const { offsets, touches, conversions, values, pathCount } = journeys;
  const credits = new Credits(journeys.channels.length);
  const weights: number[] = [];
  for (let p = 0; p < pathCount; p++) {
    const conv = conversions[p];
    const value = values ? values[p] : 0;
    if (conv === 0 && value === 0) continue;
    const start = offsets[p];
    const end = offsets[p + 1];
    const n = end - start;
    if (n === 0) continue;
    switch (model) {
      case "first":
        credits.add(touches[start], conv, value);
        break;
      case "last":
        credits.add(touches[end - 1], conv, value);
        break;
      case "linear": {
        const c = conv / n;
        const v = value / n;
        for (let i = start; i < end; i++) credits.add(touches[i], c, v);
        break;
      }
      case "position":
        positionWeights(n, settings, weights);
        for (let i = 0; i < n; i++) credits.add(touches[start + i], conv * weights[i], value * weights[i]);
        break;
      case "time_decay":
        decayWeights(journeys, start, end, settings.halfLife, weights);
        for (let i = 0; i < n; i++) credits.add(touches[start + i], conv * weights[i], value * weights[i]);
        break;
    }
  }
  return credits.totals();
}

/** U-shaped weights of a path of n touches, written into `out`. */
export function positionWeights(n: number, settings: RuleSettings, out: number[]): void {
  out.length = n;
  const f = settings.firstWeight;
  const l = settings.lastWeight;
  if (n === 1) {
    out[0] = 1;
  } else if (n === 2) {
    out[0] = f + l > 0 ? f / (f + l) : 0.5;
    out[1] = 1 - out[0];
  } else {
    const middle = (1 - f - l) / (n - 2);
    out[0] = f;
    for (let i = 1; i < n - 1; i++) out[i] = middle;
    out[n - 1] = l;
  }
}

/** Time-decay weights of the touches start..end, normalised to 1, written into `out`. */
export function decayWeights(journeys: Journeys, start: number, end: number, halfLife: number, out: number[]): void {
  const n = end - start;
  out.length = n;
  const times = journeys.times;
  let total = 0;
  if (times) {
    const lastTime = times[end - 1];
    for (let i = 0; i < n; i++) {
      const w = Math.pow(2, -Math.max(0, lastTime - times[start + i]) / halfLife);
      out[i] = w;
      total += w;
    }
  } else {
    // Ages are 0, 1, 2, ... touches back from the last: powers of one ratio.
    const ratio = Math.pow(2, -1 / halfLife);
    let w = 1;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = w;
      total += w;
      w *= ratio;
    }
  }
  for (let i = 0; i < n; i++) out[i] /= total;
}
