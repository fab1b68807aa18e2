export { score, scoreKpis, weightedScore, toCap, DEFAULT_CAP, WEIGHT_TOLERANCE, type ScoredKpi } from "./score";
export { ladderMultiplier, belowFirstRung, checkLadder, DEFAULT_LADDER, type Rung } from "./ladder";
export { toYesNo } from "./cells";
