import type { PathOptions } from "../options";

export const DIALECTS = ["duckdb", "bigquery", "spark", "snowflake", "clickhouse"] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Where a GA4 touch's channel comes from. */
export type Ga4Channel = "source-medium" | "default-group";

export interface Ga4Source {
  /** `user_id` (signed-in users) instead of `user_pseudo_id` (devices). */
  readonly userId: boolean;
  /** The event that is a conversion (GA4 event names: letters, digits, underscores). */
  readonly conversionEvent: string;
  readonly channel: Ga4Channel;
}

/** What one generated query reads and how it builds paths. */
export interface QuerySpec {
  /** The table (or view) read: touch rows, or the GA4 export when `ga4` is set. */
  readonly table: string;
  readonly ga4?: Ga4Source;
  readonly options: PathOptions;
}

/** A table name a query may name: dotted identifiers, a BigQuery wildcard, project ids with hyphens, or quoted parts. */
export const TABLE_NAME = /^(?:[A-Za-z_][\w$-]*\*?|`[^`]+`|"[^"]+")(?:\.(?:[A-Za-z_][\w$-]*\*?|`[^`]+`|"[^"]+"))*$/;
export const EVENT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
