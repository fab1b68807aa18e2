import type { PathRow } from "../../core/paths/options";
import { FINAL_SELECT, windowSteps, type QuerySpec } from "../../core/paths/sql";
import { UsageError } from "../io";
import type { Engine } from "./engine";
import { duckMessage } from "./input";
import { BAD_ROW } from "./load";

export interface BuiltPaths {
  /** Events (touches and conversions) the paths were built from. */
  readonly events: number;
  readonly paths: PathRow[];
  readonly withoutTouch: { readonly count: number; readonly examples: readonly { journey: string; time: string }[] };
}

/**
 * Runs the DuckDB query `mkt paths --sql duckdb` prints, in two statements: its steps into
 * the table `journey_paths`, then its final aggregation (into `result_paths`), so the
 * conversions left without a touch can be counted and named from the same table.
 */
export async function buildPaths(
  engine: Engine,
  spec: QuerySpec,
  progress: (percent: number, rows: number) => void,
  onBadRow?: () => Promise<never>,
): Promise<BuiltPaths> {
  try {
    await engine.withProgress(
      () =>
        engine.run(`CREATE TEMP TABLE journey_paths AS ${windowSteps("duckdb", spec)}\nSELECT * FROM journey_paths`),
      progress,
    );
    await engine.run(`CREATE TEMP TABLE result_paths AS ${FINAL_SELECT}`);
  } catch (e) {
    const message = duckMessage(e);
    if (onBadRow && message.includes(BAD_ROW)) await onBadRow();
    if (/out of memory|could not allocate/i.test(message))
      throw new UsageError(`out of memory within the limit (${message}): give more with --memory, or fewer --threads`);
    throw new UsageError(message);
  }
  const rows = await engine.rows("SELECT * FROM result_paths");
  const paths = rows.map((r) => ({
    path: String(r.path),
    conversions: Number(r.total_conversions),
    value: Number(r.total_conversion_value),
    nulls: Number(r.total_null),
  }));
  const events = await engine.rows("SELECT count(*) AS n FROM journey_paths");
  const count = await engine.rows("SELECT count(*) AS n FROM journey_paths WHERE path IS NULL AND converted = 1");
  const examples = await engine.rows(
    "SELECT uid, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM journey_paths WHERE path IS NULL AND converted = 1 ORDER BY uid, ts LIMIT 5",
  );
  return {
    events: Number(events[0].n),
    paths,
    withoutTouch: {
      count: Number(count[0].n),
      examples: examples.map((e) => ({ journey: String(e.uid), time: String(e.t) })),
    },
  };
}
