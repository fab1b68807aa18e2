import { PATH_SEPARATOR } from "../options";
import { ga4Source } from "./ga4";
import type { Dialect, QuerySpec } from "./spec";

/**
 * The path query for engines with window functions (DuckDB, BigQuery, Spark SQL, Snowflake):
 * one statement, a chain of named steps whose last is `journey_paths` (one row per converting
 * or trailing path of a journey; `path` NULL for a conversion with no touch in its window).
 */
export type WindowDialect = Exclude<Dialect, "clickhouse">;

interface Syntax {
  readonly text: string;
  readonly double: string;
  readonly ts: string;
  /** `anchor - N days`. */
  minusDays(expr: string, days: number): string;
  /** The path: channels `ch` of a group in the order of `ts`, then `ch`. */
  orderedPath(): string;
  quote(id: string): string;
  table(name: string): string;
}

const SEP = `'${PATH_SEPARATOR}'`;

const SYNTAX: Record<WindowDialect, Syntax> = {
  duckdb: {
    text: "VARCHAR",
    double: "DOUBLE",
    ts: "TIMESTAMP",
    minusDays: (e, n) => `${e} - INTERVAL ${n} DAY`,
    orderedPath: () => `string_agg(ch, ${SEP} ORDER BY ts, ch)`,
    quote: (id) => `"${id}"`,
    table: (t) => t,
  },
  bigquery: {
    text: "STRING",
    double: "FLOAT64",
    ts: "TIMESTAMP",
    minusDays: (e, n) => `TIMESTAMP_SUB(${e}, INTERVAL ${n} DAY)`,
    orderedPath: () => `STRING_AGG(ch, ${SEP} ORDER BY ts, ch)`,
    quote: (id) => `\`${id}\``,
    table: (t) => (t.includes("`") ? t : `\`${t}\``),
  },
  spark: {
    text: "STRING",
    double: "DOUBLE",
    ts: "TIMESTAMP",
    minusDays: (e, n) => `${e} - INTERVAL ${n} DAYS`,
    orderedPath: () => `array_join(transform(array_sort(collect_list(struct(ts, ch))), x -> x.ch), ${SEP})`,
    quote: (id) => `\`${id}\``,
    table: (t) => t,
  },
  snowflake: {
    text: "VARCHAR",
    double: "DOUBLE",
    ts: "TIMESTAMP_NTZ",
    minusDays: (e, n) => `DATEADD(day, -${n}, ${e})`,
    orderedPath: () => `LISTAGG(ch, ${SEP}) WITHIN GROUP (ORDER BY ts, ch)`,
    quote: (id) => id,
    table: (t) => t,
  },
};

/** The touch rows as the query sees them: uid, ts, kind (0 touch, 1 conversion), ch, val. */
function eventsStep(dialect: WindowDialect, spec: QuerySpec): string {
  const s = SYNTAX[dialect];
  const source = spec.ga4 ? `(${ga4Source(dialect, s.table(spec.table), spec.ga4)})` : s.table(spec.table);
  const q = s.quote;
  return `src AS (
  SELECT CAST(${q("journey_id")} AS ${s.text}) AS uid,
         CAST(${q("timestamp")} AS ${s.ts}) AS ts,
         TRIM(CAST(${q("channel")} AS ${s.text})) AS ch,
         CAST(${q("conversion")} AS ${s.double}) AS conv,
         COALESCE(CAST(${q("value")} AS ${s.double}), 0) AS val
  FROM ${source} AS e
  WHERE ${q("journey_id")} IS NOT NULL AND ${q("timestamp")} IS NOT NULL
),
ev AS (
  SELECT uid, ts, 0 AS kind, ch, CAST(0 AS ${s.double}) AS val FROM src WHERE ch IS NOT NULL AND ch <> ''
  UNION ALL
  SELECT uid, ts, 1 AS kind, '' AS ch, val FROM src WHERE conv > 0
)`;
}

/** The query's named steps, ending in `journey_paths(uid, seg, path, converted, val, ts)`. */
export function windowSteps(dialect: WindowDialect, spec: QuerySpec): string {
  const s = SYNTAX[dialect];
  const { lookbackDays, repeats, maxSteps } = spec.options;
  const steps = [eventsStep(dialect, spec)];
  // seg: how many of the journey's conversions come before the row (a conversion: its own
  // rank). Touches come before conversions at equal times, conversions by value; the order of
  // touches among themselves does not change any seg, so the channel is not a sort key here.
  steps.push(`seg AS (
  SELECT uid, ts, kind, ch, val,
         SUM(kind) OVER (PARTITION BY uid ORDER BY ts, kind, val DESC ROWS UNBOUNDED PRECEDING) - kind AS seg
  FROM ev
)`);
  // Per segment: its conversion (at most one), and its anchor: the conversion's time, or
  // (the trailing segment) its last touch's. An aggregate and a join, not a second window sort.
  steps.push(`segments AS (
  SELECT uid, seg,
         MAX(kind) AS converted,
         SUM(val) AS val,
         MAX(CASE WHEN kind = 1 THEN ts END) AS conv_ts,
         COALESCE(MAX(CASE WHEN kind = 1 THEN ts END), MAX(ts)) AS anchor
  FROM seg GROUP BY uid, seg
)`);
  const lookback = lookbackDays > 0 ? ` AND s.ts >= ${s.minusDays("g.anchor", lookbackDays)}` : "";
  steps.push(`windowed AS (
  SELECT s.uid AS uid, s.seg AS seg, s.ts AS ts, s.ch AS ch
  FROM seg AS s JOIN segments AS g ON s.uid = g.uid AND s.seg = g.seg
  WHERE s.kind = 0${lookback}
)`);
  let last = "windowed";
  if (repeats === "collapse") {
    steps.push(`repeats AS (
  SELECT uid, seg, ts, ch FROM (
    SELECT uid, seg, ts, ch, LAG(ch) OVER (PARTITION BY uid, seg ORDER BY ts, ch) AS prev FROM windowed
  ) AS r WHERE prev IS NULL OR prev <> ch
)`);
    last = "repeats";
  } else if (repeats === "first") {
    steps.push(`repeats AS (
  SELECT uid, seg, ts, ch FROM (
    SELECT uid, seg, ts, ch, ROW_NUMBER() OVER (PARTITION BY uid, seg, ch ORDER BY ts) AS nth FROM windowed
  ) AS r WHERE nth = 1
)`);
    last = "repeats";
  }
  if (maxSteps > 0) {
    steps.push(`trimmed AS (
  SELECT uid, seg, ts, ch FROM (
    SELECT uid, seg, ts, ch, ROW_NUMBER() OVER (PARTITION BY uid, seg ORDER BY ts DESC, ch DESC) AS back FROM ${last}
  ) AS t WHERE back <= ${maxSteps}
)`);
    last = "trimmed";
  }
  steps.push(`touch_paths AS (
  SELECT uid, seg, ${s.orderedPath()} AS path FROM ${last} GROUP BY uid, seg
)`);
  steps.push(`journey_paths AS (
  SELECT g.uid AS uid, g.seg AS seg, p.path AS path, g.converted AS converted,
         CASE WHEN g.converted = 1 THEN g.val ELSE 0 END AS val, g.conv_ts AS ts
  FROM segments AS g LEFT JOIN touch_paths AS p ON g.uid = p.uid AND g.seg = p.seg
)`);
  return `WITH ${steps.join(",\n")}`;
}

/** The aggregation every dialect ends with, from `journey_paths`. */
export const FINAL_SELECT = `SELECT path,
       SUM(converted) AS total_conversions,
       SUM(val) AS total_conversion_value,
       SUM(1 - converted) AS total_null
FROM journey_paths
WHERE path IS NOT NULL
GROUP BY path
ORDER BY total_conversions DESC, total_null DESC, path`;

export function windowQuery(dialect: WindowDialect, spec: QuerySpec): string {
  return `${windowSteps(dialect, spec)}\n${FINAL_SELECT}`;
}
