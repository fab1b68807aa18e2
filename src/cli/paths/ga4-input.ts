import { UsageError } from "../io";
import type { Column, EventFile } from "./input";

/**
 * The fields of GA4's BigQuery export the path query reads
 * (https://support.google.com/analytics/answer/7029846, "[GA4] BigQuery Export schema").
 */
const NEEDED: readonly { readonly path: string; readonly test: (columns: ReadonlyMap<string, string>) => boolean }[] = [
  { path: "event_name", test: (c) => c.has("event_name") },
  { path: "event_timestamp", test: (c) => c.has("event_timestamp") },
  { path: "event_params", test: (c) => /key/.test(c.get("event_params") ?? "") },
  {
    path: "collected_traffic_source.manual_source",
    test: (c) => /manual_source/.test(c.get("collected_traffic_source") ?? ""),
  },
  {
    path: "collected_traffic_source.manual_medium",
    test: (c) => /manual_medium/.test(c.get("collected_traffic_source") ?? ""),
  },
  { path: "ecommerce.purchase_revenue", test: (c) => /purchase_revenue/.test(c.get("ecommerce") ?? "") },
];

export function checkGa4Columns(file: EventFile, columns: readonly Column[], userId: boolean): void {
  const byName = new Map(columns.map((c) => [c.name, c.type]));
  const user = userId ? "user_id" : "user_pseudo_id";
  const missing = [user, ...NEEDED.filter((n) => !n.test(byName)).map((n) => n.path)].filter(
    (p) => p !== user || !byName.has(user),
  );
  if (missing.length > 0)
    throw new UsageError(`${file.path} is not a GA4 export: it has no field ${missing.join(", ")}`);
}

/** The first row of a file whose timestamp or event name cannot be read, as (rn, problem); rows without a user are skipped, not refused. */
export function ga4Problems(reader: string): string {
  return `SELECT rn, problem FROM (
  SELECT row_number() OVER () AS rn,
         CASE WHEN TRY_CAST(event_timestamp AS BIGINT) IS NULL THEN 'an unreadable event_timestamp (microseconds since 1970)'
              WHEN event_name IS NULL THEN 'no event_name' END AS problem
  FROM ${reader}
) WHERE problem IS NOT NULL ORDER BY rn LIMIT 1`;
}
