/**
 * Multi-touch attribution: journeys in (aggregated paths or touch rows), credit per
 * channel out, with rule-based, Markov (exact removal effects) and Shapley models.
 */
export { attribute, attributeTransitions, modelCredits, type AttributionResult, type ChannelCredit } from "./attribute";
export type { ColumnLabel } from "./cells";
export type { ChannelTotals } from "./credits";
export { chainFromTransitions, type TransitionChain, type TransitionColumns } from "./from-transitions";
export {
  addPathRow,
  appendPath,
  journeysFromPaths,
  PATH_ARGUMENTS,
  type PathColumns,
  type PathLabels,
} from "./from-paths";
export { journeysFromTouches, type TouchColumns, type TouchLabels } from "./from-touches";
export {
  findColumn,
  guessPathColumns,
  guessTouchColumns,
  normaliseHeader,
  type PathColumnGuess,
  type TouchColumnGuess,
} from "./guess-columns";
export { JourneyBuilder, type Journeys } from "./journeys";
export { removalEffects, type RemovalEffects } from "./markov";
export {
  attributionOptionsSchema,
  MODELS,
  parseAttributionOptions,
  parseOptionsText,
  REPEATS,
  toModel,
  type AttributionOptions,
  type AttributionOptionsInput,
  type ModelName,
  type RepeatHandling,
} from "./options";
export { applyRepeats } from "./repeats";
export { attributionTable } from "./table";
