import type { Journeys } from "./journeys";
import type { RepeatHandling } from "./options";

/**
 * Applies a repeat policy to every path:
 * - `keep`: every touch counts (a > a > b stays a > a > b);
 * - `collapse`: consecutive repeats become one touch (a > a > b > a becomes a > b > a);
 * - `first`: only each channel's first touch is kept (a > b > a > c becomes a > b > c).
 * A kept touch keeps its own time. Counts and values are unchanged.
 */
export function applyRepeats(journeys: Journeys, repeats: RepeatHandling): Journeys {
  if (repeats === "keep") return journeys;
  const { offsets, touches, times, pathCount } = journeys;
  const outOffsets = new Int32Array(pathCount + 1);
  const outTouches = new Int32Array(touches.length);
  const outTimes = times ? new Float64Array(touches.length) : undefined;
  // `seen[c] === path + 1` marks channel c as already in the current path (no clearing needed).
  const seen = new Int32Array(journeys.channels.length);
  let k = 0;
  for (let p = 0; p < pathCount; p++) {
    const end = offsets[p + 1];
    for (let i = offsets[p]; i < end; i++) {
      const c = touches[i];
      if (repeats === "collapse") {
        if (i > offsets[p] && touches[i - 1] === c) continue;
      } else {
        if (seen[c] === p + 1) continue;
        seen[c] = p + 1;
      }
      outTouches[k] = c;
      if (outTimes && times) outTimes[k] = times[i];
      k++;
    }
    outOffsets[p + 1] = k;
  }
  return {
    ...journeys,
    offsets: outOffsets,
    touches: outTouches.subarray(0, k),
    times: outTimes ? outTimes.subarray(0, k) : undefined,
  };
}
