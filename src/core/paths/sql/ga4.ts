import { channelGroupSql } from "../channel-group";
import type { WindowDialect } from "./window";
import type { Ga4Source } from "./spec";

/** GA4 export dialects: the export lives in BigQuery; DuckDB reads its NDJSON/Parquet files; Spark reads them from a lake. */
export const GA4_DIALECTS = ["duckdb", "bigquery", "spark"] as const;

interface Ga4Syntax {
  readonly micros: (e: string) => string;
  /** The `value` event parameter as a number. */
  readonly paramValue: string;
  readonly matches: (expr: string, regex: string) => string;
  readonly text: string;
  readonly double: string;
  readonly ts: string;
}

const SYNTAX: Record<(typeof GA4_DIALECTS)[number], Ga4Syntax> = {
  duckdb: {
    micros: (e) => `make_timestamp(CAST(${e} AS BIGINT))`,
    paramValue: `list_filter(list_transform(event_params, p -> CASE WHEN p.key = 'value' THEN COALESCE(p.value.double_value, p.value.float_value, CAST(p.value.int_value AS DOUBLE)) END), x -> x IS NOT NULL)[1]`,
    matches: (e, r) => `regexp_full_match(${e}, '${r}')`,
    text: "VARCHAR",
    double: "DOUBLE",
    ts: '"timestamp"',
  },
  bigquery: {
    micros: (e) => `TIMESTAMP_MICROS(${e})`,
    paramValue: `(SELECT COALESCE(p.value.double_value, p.value.float_value, CAST(p.value.int_value AS FLOAT64)) FROM UNNEST(event_params) AS p WHERE p.key = 'value' LIMIT 1)`,
    matches: (e, r) => `REGEXP_CONTAINS(${e}, r'${r}')`,
    text: "STRING",
    double: "FLOAT64",
    ts: "`timestamp`",
  },
  spark: {
    micros: (e) => `timestamp_micros(${e})`,
    paramValue: `aggregate(filter(event_params, p -> p.key = 'value'), CAST(NULL AS DOUBLE), (acc, p) -> COALESCE(acc, p.value.double_value, p.value.float_value, CAST(p.value.int_value AS DOUBLE)))`,
    matches: (e, r) => `(${e} RLIKE '${r}')`,
    text: "STRING",
    double: "DOUBLE",
    ts: "`timestamp`",
  },
};

export function isGa4Dialect(d: string): d is (typeof GA4_DIALECTS)[number] {
  return (GA4_DIALECTS as readonly string[]).includes(d);
}

/**
 * The GA4 export as touch rows: a `session_start` event is a touch whose channel is
 * `source / medium` of `collected_traffic_source` (`(direct) / (none)` when absent) or its
 * default channel group; an event named `conversionEvent` is a conversion worth
 * `ecommerce.purchase_revenue`, else its `value` parameter.
 */
export function ga4Source(dialect: WindowDialect, table: string, ga4: Ga4Source): string {
  if (!isGa4Dialect(dialect)) throw new Error(`no GA4 query for ${dialect}`);
  const s = SYNTAX[dialect];
  const source = `COALESCE(NULLIF(collected_traffic_source.manual_source, ''), '(direct)')`;
  const medium = `COALESCE(NULLIF(collected_traffic_source.manual_medium, ''), '(none)')`;
  const channel =
    ga4.channel === "default-group"
      ? channelGroupSql(`LOWER(${source})`, `LOWER(${medium})`, s.matches)
      : `CONCAT(${source}, ' / ', ${medium})`;
  const user = ga4.userId ? "user_id" : "user_pseudo_id";
  const isConversion = `event_name = '${ga4.conversionEvent}'`;
  return `SELECT CAST(${user} AS ${s.text}) AS journey_id,
         ${s.micros("event_timestamp")} AS ${s.ts},
         CASE WHEN event_name = 'session_start' THEN ${channel} END AS channel,
         CASE WHEN ${isConversion} THEN 1 ELSE 0 END AS conversion,
         CASE WHEN ${isConversion} THEN COALESCE(CAST(ecommerce.purchase_revenue AS ${s.double}), ${s.paramValue}) END AS value
  FROM ${table}`;
}
