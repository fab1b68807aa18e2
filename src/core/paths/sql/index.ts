import { clickhouseQuery } from "./clickhouse";
import { isGa4Dialect } from "./ga4";
import type { Dialect, QuerySpec } from "./spec";
import { windowQuery } from "./window";

export {
  DIALECTS,
  EVENT_NAME,
  TABLE_NAME,
  type Dialect,
  type Ga4Channel,
  type Ga4Source,
  type QuerySpec,
} from "./spec";
export { FINAL_SELECT, windowSteps } from "./window";
export { GA4_DIALECTS, isGa4Dialect } from "./ga4";

/** The one query of a dialect, options applied; undefined when the dialect has no GA4 variant and `spec.ga4` is set. */
export function pathsQuery(dialect: Dialect, spec: QuerySpec): string | undefined {
  if (spec.ga4 && !isGa4Dialect(dialect)) return undefined;
  return dialect === "clickhouse" ? clickhouseQuery(spec) : windowQuery(dialect, spec);
}
