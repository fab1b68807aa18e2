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
  /** The path: the non-null channels `pch` of a group in the order of `ts`, then `pch`. */
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
    orderedPath: () => `string_agg(pch, ${SEP} ORDER BY ts, pch)`,
    quote: (id) => `"${id}"`,
    table: (t) => t,
  },
  bigquery: {
    text: "STRING",
    double: "FLOAT64",
    ts: "TIMESTAMP",
    minusDays: (e, n) => `TIMESTAMP_SUB(${e}, INTERVAL ${n} DAY)`,
    orderedPath: () => `STRING_AGG(pch, ${SEP} ORDER BY ts, pch)`,
    quote: (id) => `\`${id}\``,
    table: (t) => (t.includes("`") ? t : `\`${t}\``),
  },
  spark: {
    text: "STRING",
    double: "DOUBLE",
    ts: "TIMESTAMP",
    minusDays: (e, n) => `${e} - INTERVAL ${n} DAYS`,
    orderedPath: () =>
      `array_join(transform(array_sort(collect_list(CASE WHEN pch IS NOT NULL THEN struct(ts, pch) END)), x -> x.pch), ${SEP})`,
    quote: (id) => `\`${id}\``,
    table: (t) => t,
  },
  snowflake: {
    text: "VARCHAR",
    double: "DOUBLE",
    ts: "TIMESTAMP_NTZ",
    minusDays: (e, n) => `DATEADD(day, -${n}, ${e})`,
    orderedPath: () => `LISTAGG(pch, ${SEP}) WITHIN GROUP (ORDER BY ts, pch)`,
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
  SELECT uid, ts, k.kind AS kind,
         CASE WHEN k.kind = 0 THEN ch ELSE '' END AS ch,
         CASE WHEN k.kind = 1 THEN val ELSE CAST(0 AS ${s.double}) END AS val
  FROM src CROSS JOIN (SELECT 0 AS kind UNION ALL SELECT 1 AS kind) AS k
  WHERE (k.kind = 0 AND ch IS NOT NULL AND ch <> '') OR (k.kind = 1 AND conv > 0)
)`;
}

/**
 * The query's named steps, ending in `journey_paths(uid, seg, path, converted, val, ts)`.
 * One pipeline, each step read once (a step read twice is materialised whole by some
 * engines, DuckDB among them, outside its memory limit): one window sort gives every row
 * its segment and anchor; the touches outside the lookback drop out; repeats and trimming
 * are row windows within a segment; one aggregate per segment makes its path.
 */
export function windowSteps(dialect: WindowDialect, spec: QuerySpec): string {
  const s = SYNTAX[dialect];
  const { lookbackDays, repeats, maxSteps } = spec.options;
  const steps = [eventsStep(dialect, spec)];
  // seg: how many of the journey's conversions come before the row (a conversion: its own
  // rank). Touches come before conversions at equal times, conversions by value; the order
  // of touches among themselves changes no seg, so the channel is not a sort key here.
  // anchor: the time of the conversion closing the row's segment (the first conversion from
  // the row on), or for the trailing touches the journey's last time, which is theirs.
  const order = "PARTITION BY uid ORDER BY ts, kind, val DESC";
  steps.push(`w AS (
  SELECT uid, ts, kind, ch, val,
         SUM(kind) OVER (${order} ROWS UNBOUNDED PRECEDING) - kind AS seg,
         COALESCE(MIN(CASE WHEN kind = 1 THEN ts END) OVER (${order} ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING),
                  MAX(ts) OVER (${order} ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) AS anchor
  FROM ev
)`);
  const lookback = lookbackDays > 0 ? ` WHERE kind = 1 OR ts >= ${s.minusDays("anchor", lookbackDays)}` : "";
  steps.push(`windowed AS (
  SELECT uid, seg, ts, kind, ch, val FROM w${lookback}
)`);
  let last = "windowed";
  // Conversions ride along in their own partition (kind 1, one per segment) and are always kept.
  if (repeats === "collapse") {
    steps.push(`repeats AS (
  SELECT uid, seg, ts, kind, ch, val FROM (
    SELECT uid, seg, ts, kind, ch, val,
           LAG(ch) OVER (PARTITION BY uid, seg, kind ORDER BY ts, ch) AS prev
    FROM windowed
  ) AS r WHERE kind = 1 OR prev IS NULL OR prev <> ch
)`);
    last = "repeats";
  } else if (repeats === "first") {
    steps.push(`repeats AS (
  SELECT uid, seg, ts, kind, ch, val FROM (
    SELECT uid, seg, ts, kind, ch, val,
           ROW_NUMBER() OVER (PARTITION BY uid, seg, kind, ch ORDER BY ts) AS nth
    FROM windowed
  ) AS r WHERE kind = 1 OR nth = 1
)`);
    last = "repeats";
  }
  if (maxSteps > 0) {
    steps.push(`trimmed AS (
  SELECT uid, seg, ts, kind, ch, val FROM (
    SELECT uid, seg, ts, kind, ch, val,
           ROW_NUMBER() OVER (PARTITION BY uid, seg, kind ORDER BY ts DESC, ch DESC) AS back
    FROM ${last}
  ) AS t WHERE kind = 1 OR back <= ${maxSteps}
)`);
    last = "trimmed";
  }
  steps.push(`journey_paths AS (
  SELECT uid, seg,
         NULLIF(${s.orderedPath()}, '') AS path,
         MAX(kind) AS converted,
         SUM(val) AS val,
         MAX(CASE WHEN kind = 1 THEN ts END) AS ts
  FROM (SELECT uid, seg, ts, kind, val, ch, CASE WHEN kind = 0 THEN ch END AS pch FROM ${last}) AS j
  GROUP BY uid, seg
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
