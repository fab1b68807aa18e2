/** Funnel, decay, cohorts, repurchase and natural-growth baselines (issue: where the funnel leaks, how fast a campaign fades). */
export {
  funnelStages,
  funnelTable,
  funnelFlag,
  funnelGrid,
  FUNNEL_TOLERANCE,
  type FunnelInput,
  type FunnelStage,
  type SpillCell,
} from "./funnel";
export { fitDecay, decayTable, decayGrid, type DecayFit, type DecayPoint } from "./decay";
export {
  cohortMatrix,
  cohortTable,
  cohortGrid,
  cohortLabel,
  periodIndex,
  toCohortPeriod,
  type CohortMatrix,
  type CohortPeriod,
} from "./cohort";
export { weightedRetention, retentionRow } from "./retention";
export { repurchase, repurchaseTable, repurchaseGrid, type Repurchase, type RepurchaseSegment } from "./repurchase";
export { deseason, did, didTable, toBaselineMode, type BaselineMode, type DidResult } from "./baseline";
export { readOrders, groupOrders, type Orders } from "./orders";
