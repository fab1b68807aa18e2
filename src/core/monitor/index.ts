/** While the campaign runs: pacing against a target, Holt-Winters forecasts and their bands. */
export {
  fitHoltWinters,
  smoothWith,
  minimumDays,
  type HoltWintersFit,
  type Smoothing,
  type StartStates,
} from "./holt-winters";
export { forecastAhead, oneStepHalfWidth, pointForecast, errorVariance, zFor, type ForecastPoint } from "./forecast";
export { pace, paceStatus, DEFAULT_AT_RISK, type Pace, type PaceInput, type PaceMethod, type PaceStatus } from "./pace";
export { readSeries, dateStep, onGrid, type SeriesDay } from "./series";
export { paceGrid, paceTable, forecastGrid, toPaceMethod, seasonFor, statusText, MAX_HORIZON } from "./grids";
