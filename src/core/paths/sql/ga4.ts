import { channelGroupSql } from "../channel-group";
import type { WindowDialect } from "./window";
import type { Ga4Source } from "./spec";

/**
 * GA4 export dialects: the export lives in BigQuery; DuckDB reads its NDJSON/Parquet files;
 * Spark reads them from a lake; Snowflake holds them loaded with the nested fields as VARIANT.
 */
export const GA4_DIALECTS = ["duckdb", "bigquery", "spark", "snowflake"] as const;

interface Ga4Syntax {
  readonly micros: (e: string) => string;
  /** The `value` event parameter as a number. */
  readonly paramValue: string;
  readonly matches: (expr: string, regex: string) => string;
  readonly text: string;
  readonly double: string;
  readonly ts: string;
  /** A field of a nested record, as text or a number. */
  readonly field?: (record: string, name: string, type: string) => string;
}

const dotted = (record: string, name: string): string => `${record}.${name}`;

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
  snowflake: {
    micros: (e) => `TO_TIMESTAMP_NTZ(CAST(${e} AS NUMBER), 6)`,
    paramValue: ["double_value", "float_value", "int_value"]
      .map(
        (k) =>
          `CAST(GET_PATH(GET(FILTER(event_params, p -> CAST(GET(p, 'key') AS VARCHAR) = 'value'), 0), 'value.${k}') AS DOUBLE)`,
      )
      .join(", ")
      .replace(/^/, "COALESCE(")
      .concat(")"),
    // REGEXP_LIKE matches the whole text; REGEXP_INSTR finds a match anywhere, as the others do.
    matches: (e, r) => `REGEXP_INSTR(${e}, '${r}') > 0`,
    text: "VARCHAR",
    double: "DOUBLE",
    ts: "timestamp",
    field: (record, name, type) => `CAST(GET_PATH(${record}, '${name}') AS ${type})`,
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
  const field = s.field ?? ((record: string, name: string) => dotted(record, name));
  const source = `COALESCE(NULLIF(${field("collected_traffic_source", "manual_source", s.text)}, ''), '(direct)')`;
  const medium = `COALESCE(NULLIF(${field("collected_traffic_source", "manual_medium", s.text)}, ''), '(none)')`;
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
         CASE WHEN ${isConversion} THEN COALESCE(CAST(${field("ecommerce", "purchase_revenue", s.double)} AS ${s.double}), ${s.paramValue}) END AS value
  FROM ${table}`;
}
