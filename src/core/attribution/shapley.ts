import { Credits, type ChannelTotals } from "./credits";
import type { Journeys } from "./journeys";

/**
 * Exact Shapley values over channel coalitions, with the characteristic function
 *
 *     v(S) = total conversions of the paths whose set of channels is a subset of S
 *
 * (the "coalition" game: a coalition earns the conversions it could have produced on
 * its own). Writing f(T) for the conversions of paths whose channel set is exactly T,
 * v(S) = sum over T within S of f(T): a sum of unanimity games, whose Shapley values
 * are known in closed form. Each channel of T receives f(T) / |T|:
 *
 *     phi_i = sum over paths p containing i of conversions_p / |channels(p)|
 *
 * This is the Shapley value itself, not an approximation: it is exact for any number of
 * channels, in one pass over the touches, where enumerating 2^n coalitions stops being
 * practical past about 20 channels. Value is attributed with the same game on value.
 */
export function shapleyCredits(journeys: Journeys): ChannelTotals {
  const { offsets, touches, conversions, values, pathCount } = journeys;
  const credits = new Credits(journeys.channels.length);
  const seen = new Int32Array(journeys.channels.length);
  const members: number[] = [];
  for (let p = 0; p < pathCount; p++) {
    const conv = conversions[p];
    const value = values ? values[p] : 0;
    if (conv === 0 && value === 0) continue;
    members.length = 0;
    for (let i = offsets[p]; i < offsets[p + 1]; i++) {
      const c = touches[i];
      if (seen[c] === p + 1) continue;
      seen[c] = p + 1;
      members.push(c);
    }
    const k = members.length;
    for (const c of members) credits.add(c, conv / k, value / k);
  }
  return credits.totals();
}
