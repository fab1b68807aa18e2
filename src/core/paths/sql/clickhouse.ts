import { PATH_SEPARATOR } from "../options";
import type { QuerySpec } from "./spec";

/**
 * The path query for ClickHouse, with arrays rather than window functions (which came in
 * 21.x; Debian ships 18.16), so it runs on old and new servers and on a `Distributed`
 * table alike: each journey's events are gathered with groupArray and sorted (touches
 * before conversions at equal times, then by channel, conversions by value, largest
 * first); arrayCumSum numbers the segments (conversions before each event); arrayJoin
 * yields one row per segment, whose touches in the window make the path.
 */
export function clickhouseSteps(spec: QuerySpec): string {
  const { lookbackDays, repeats, maxSteps } = spec.options;
  // The anchor goes into the lambda as an array argument, not a capture (see below).
  const windowed =
    lookbackDays > 0
      ? `arrayFilter((t, a) -> t.1 >= a - ${lookbackDays * 86400}, touches, arrayResize([anchor], length(touches), anchor))`
      : "touches";
  let path = `arrayMap(t -> t.3, ${windowed})`;
  const stages = [`${path} AS chs0`];
  let last = "chs0";
  if (repeats === "collapse") {
    stages.push(`arrayFilter((x, i) -> i = 1 OR x != ${last}[i - 1], ${last}, arrayEnumerate(${last})) AS chs1`);
    last = "chs1";
  } else if (repeats === "first") {
    stages.push(`arrayFilter((x, i) -> indexOf(${last}, x) = i, ${last}, arrayEnumerate(${last})) AS chs1`);
    last = "chs1";
  }
  if (maxSteps > 0) {
    stages.push(`arraySlice(${last}, -${maxSteps}) AS chs2`);
    last = "chs2";
  }
  path = last;
  // ClickHouse 18.16 misses a column captured by a lambda when it is an alias of the same
  // level or used nowhere else (the filter then sees a default value, or fails): the anchor
  // comes from the level below and enters the lambda as an argument.
  return `SELECT uid, k AS seg, converted, val, conv_ts AS ts,
       if(length(${path}) = 0, NULL, arrayStringConcat(${path}, '${PATH_SEPARATOR}')) AS path
FROM (
  SELECT uid, k, converted, val, conv_ts, anchor,
         ${stages.join(",\n         ")}
  FROM (
  SELECT uid, k, touches,
         length(conv) AS converted,
         if(length(conv) = 1, -(conv[1].4), 0) AS val,
         if(length(conv) = 1, conv[1].1, toDateTime(0)) AS conv_ts,
         if(length(conv) = 1, conv[1].1, arrayReduce('max', arrayMap(t -> t.1, touches))) AS anchor
  FROM (
    SELECT uid, ev, segs, arrayJoin(range(toUInt64(arraySum(arrayMap(e -> e.2, ev)) + 1))) AS k,
           arrayFilter((e, s) -> s = k AND e.2 = 1, ev, segs) AS conv,
           arrayFilter((e, s) -> s = k AND e.2 = 0, ev, segs) AS touches
    FROM (
      SELECT uid, ev, arrayMap((e, c) -> c - e.2, ev, arrayCumSum(arrayMap(e -> e.2, ev))) AS segs
      FROM (
        SELECT uid, arraySort(groupArray((ts, kind, ch, negval))) AS ev
        FROM (
          SELECT toString(journey_id) AS uid, toDateTime(timestamp) AS ts, toUInt8(0) AS kind,
                 replaceRegexpAll(ifNull(toString(channel), ''), '^ +| +$', '') AS ch, toFloat64(0) AS negval
          FROM ${spec.table}
          WHERE isNotNull(channel) AND replaceRegexpAll(ifNull(toString(channel), ''), '^ +| +$', '') != '' AND isNotNull(journey_id) AND isNotNull(timestamp)
          UNION ALL
          SELECT toString(journey_id) AS uid, toDateTime(timestamp) AS ts, toUInt8(1) AS kind,
                 '' AS ch, -ifNull(toFloat64(value), 0) AS negval
          FROM ${spec.table}
          WHERE ifNull(toFloat64(conversion), 0) > 0 AND isNotNull(journey_id) AND isNotNull(timestamp)
        )
        GROUP BY uid
      )
    )
  )
  )
)
WHERE converted = 1 OR length(${path}) > 0`;
}

export function clickhouseQuery(spec: QuerySpec): string {
  return `SELECT path,
       sum(converted) AS total_conversions,
       sum(val) AS total_conversion_value,
       sum(1 - converted) AS total_null
FROM (
${clickhouseSteps(spec)}
)
WHERE isNotNull(path)
GROUP BY path
ORDER BY total_conversions DESC, total_null DESC, path`;
}
