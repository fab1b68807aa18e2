import { cellError, type Result } from "../errors";
import type { ChannelTotals } from "./credits";
import { total, type Journeys } from "./journeys";
import { chainRemovalEffects, markovCredits, shareByEffects } from "./markov";
import type { TransitionChain } from "./from-transitions";
import { MAX_STATES } from "./markov-chain";
import type { AttributionOptions, ModelName } from "./options";
import { applyRepeats } from "./repeats";
import { ruleCredits } from "./rules";
import { shapleyCredits } from "./shapley";

export interface ChannelCredit {
  readonly channel: string;
  readonly conversions: number;
  /** Conversion value credited, or null when the input had no values. */
  readonly value: number | null;
  /** conversions / total conversions. */
  readonly share: number;
}

export interface AttributionResult {
  readonly model: ModelName;
  readonly totalConversions: number;
  readonly totalValue: number | null;
  /** One entry per channel, most conversions first (then most value, then by name). */
  readonly channels: readonly ChannelCredit[];
}

/** Per-channel credits of a model, before sorting; undefined when the chain is too large. */
export function modelCredits(journeys: Journeys, options: AttributionOptions): ChannelTotals | undefined {
  const paths = applyRepeats(journeys, options.repeats);
  switch (options.model) {
    case "markov":
      return markovCredits(paths, options.order);
    case "shapley":
      return shapleyCredits(paths);
    default:
      return ruleCredits(paths, options.model, options);
  }
}

const clean = (x: number): number => (x === 0 ? 0 : x);

/** Attributes the journeys' conversions and value to channels with one model. */
export function attribute(journeys: Journeys, options: AttributionOptions): Result<AttributionResult> {
  const totalConversions = total(journeys.conversions);
  if (!(totalConversions > 0)) return cellError("#N/A", "attribution.noConversions");
  const credits = modelCredits(journeys, options);
  if (!credits) return cellError("#VALUE!", "attribution.tooManyStates", { order: options.order, limit: MAX_STATES });
  const totalValue = journeys.values ? total(journeys.values) : null;
  return creditResult(options.model, journeys.channels, credits, totalConversions, totalValue);
}

/**
 * Markov (order 1) from a transitions table rather than paths: the same chain, so the same
 * removal effects and credits as for the paths the transitions were counted from.
 */
export function attributeTransitions(t: TransitionChain): Result<AttributionResult> {
  if (!(t.totalConversions > 0)) return cellError("#N/A", "attribution.noConversions");
  const effects = chainRemovalEffects(t.chain, t.channels.length);
  const credits = shareByEffects(effects.removalEffects, t.totalConversions, t.totalValue ?? 0);
  return creditResult("markov", t.channels, credits, t.totalConversions, t.totalValue);
}

function creditResult(
  model: ModelName,
  names: readonly string[],
  credits: ChannelTotals,
  totalConversions: number,
  totalValue: number | null,
): AttributionResult {
  const hasValue = totalValue !== null;
  const channels: ChannelCredit[] = names.map((channel, c) => ({
    channel,
    conversions: clean(credits.conversions[c]),
    value: hasValue ? clean(credits.values[c]) : null,
    share: clean(credits.conversions[c] / totalConversions),
  }));
  channels.sort(
    (a, b) =>
      b.conversions - a.conversions ||
      (b.value ?? 0) - (a.value ?? 0) ||
      (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0),
  );
  return { model, totalConversions, totalValue, channels };
}
