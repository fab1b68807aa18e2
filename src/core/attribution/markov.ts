import { absorptionProbabilities, conversionProbability, DENSE_LIMIT } from "./absorb";
import type { ChannelTotals } from "./credits";
import { total, type Journeys } from "./journeys";
import { buildChain, FIRST_STATE, START, type Chain } from "./markov-chain";

export interface RemovalEffects {
  /** P(conversion) from START with every channel present. */
  readonly conversionProbability: number;
  /** Per channel id: 1 - P(conversion without the channel) / P(conversion). */
  readonly removalEffects: Float64Array;
}

/**
 * Removal effects on the order-k absorbing chain, solved exactly: removing a channel
 * sends every transition into a state holding it to null. Undefined when the chain is
 * too large (see MAX_STATES).
 */
export function removalEffects(
  journeys: Journeys,
  order: number,
  denseLimit = DENSE_LIMIT,
): RemovalEffects | undefined {
  const chain = buildChain(journeys, order);
  if (!chain) return undefined;
  return chainRemovalEffects(chain, journeys.channels.length, denseLimit);
}

/** Removal effects of every channel of a built chain (see removalEffects). */
export function chainRemovalEffects(chain: Chain, channelCount: number, denseLimit = DENSE_LIMIT): RemovalEffects {
  const order = chain.order;
  const removed = new Uint8Array(chain.stateCount);
  const dense = chain.stateCount - FIRST_STATE + 1 <= denseLimit;
  const warm = dense ? undefined : absorptionProbabilities(chain);
  const base = warm ? warm[START] : conversionProbability(chain, removed, denseLimit);
  const effects = new Float64Array(channelCount);
  if (base <= 0) return { conversionProbability: base, removalEffects: effects };
  // States holding each channel, from the tuples.
  const holding: number[][] = Array.from({ length: channelCount }, () => []);
  for (let s = FIRST_STATE; s < chain.stateCount; s++) {
    for (let j = 0; j < order; j++) {
      const c = chain.tuples[s * order + j];
      if (c >= 0 && holding[c][holding[c].length - 1] !== s) holding[c].push(s);
    }
  }
  for (let c = 0; c < channelCount; c++) {
    if (holding[c].length === 0) continue;
    removed.fill(0);
    for (const s of holding[c]) removed[s] = 1;
    const without = conversionProbability(chain, removed, denseLimit, warm);
    effects[c] = Math.max(0, 1 - without / base);
  }
  return { conversionProbability: base, removalEffects: effects };
}

/**
 * Markov attribution: each channel gets total conversions (and total value) in
 * proportion to its removal effect, conversions_c = C x RE_c / sum(RE).
 */
export function markovCredits(journeys: Journeys, order: number, denseLimit = DENSE_LIMIT): ChannelTotals | undefined {
  const effects = removalEffects(journeys, order, denseLimit);
  if (!effects) return undefined;
  return shareByEffects(
    effects.removalEffects,
    total(journeys.conversions),
    journeys.values ? total(journeys.values) : 0,
  );
}

/** Conversions and value per channel in proportion to the removal effects. */
export function shareByEffects(re: Float64Array, totalConversions: number, totalValue: number): ChannelTotals {
  const channelCount = re.length;
  const conversions = new Float64Array(channelCount);
  const values = new Float64Array(channelCount);
  const sumRe = total(re);
  if (sumRe <= 0) return { conversions, values };
  for (let c = 0; c < channelCount; c++) {
    conversions[c] = (totalConversions * re[c]) / sumRe;
    values[c] = (totalValue * re[c]) / sumRe;
  }
  return { conversions, values };
}
