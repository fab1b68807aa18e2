import { analysisBench } from "./analysis.bench";
import { attributionBench } from "./attribution.bench";
import { checksBench } from "./checks.bench";
import { monitorBench } from "./monitor.bench";
import { pathsBench } from "./paths.bench";
import { readBench } from "./read.bench";
import { reportBench } from "./report.bench";
import { statsBench } from "./stats.bench";
import type { Bench } from "./harness";

/** Every benchmark `npm run bench` runs, in order. Adding one is one line here. */
export const benches: readonly Bench[] = [
  attributionBench,
  checksBench,
  readBench,
  statsBench,
  analysisBench,
  monitorBench,
  reportBench,
  pathsBench,
];
