import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { PathRow } from "../../core/paths/options";
import { windowSteps, type QuerySpec } from "../../core/paths/sql";
import { UsageError } from "../io";
import { sqlIdentifier, sqlString, type Engine } from "./engine";
import { duckMessage } from "./input";
import { BAD_ROW } from "./load";

export interface BuiltPaths {
  /** Conversions and trailing paths (before equal paths add up). */
  readonly events: number;
  /** Event rows read, when counted (a run in parts counts them as it splits them). */
  readonly rowsRead?: number;
  /** Distinct paths in the table `result_paths`, which `streamPaths` reads. */
  readonly distinct: number;
  readonly withoutTouch: { readonly count: number; readonly examples: readonly { journey: string; time: string }[] };
}

/** A phase of a run in parts: the events copied into parts (with the rows copied once known), then part `part` of `parts`. */
export type Phase =
  | { readonly kind: "split"; readonly parts: number; readonly rows?: number }
  | { readonly kind: "part"; readonly part: number; readonly parts: number };

export interface BuildSettings {
  /** Journeys are processed in this many parts (by a hash of their id), each within the memory limit. */
  readonly partitions: number;
  /** The column holding the journey id in `spec.table` (for the parts). */
  readonly journeyColumn: string;
  readonly progress: (percent: number, rows: number) => void;
  /** Told when a phase of a run in parts begins: the copy into parts, then each part. */
  readonly onPhase?: (phase: Phase) => void;
  /** Stops the run between steps once aborted (the running query is interrupted by the caller). */
  readonly signal?: AbortSignal;
  /** Names the first bad row (throws); called when the query met one. */
  readonly onBadRow?: () => Promise<never>;
}

function failure(e: unknown): UsageError {
  const message = duckMessage(e);
  if (/out of memory|could not allocate|failed to (allocate|pin)/i.test(message))
    return new UsageError(`out of memory within the limit (${message}): give more with --memory, or more --partitions`);
  return new UsageError(message);
}

/**
 * Runs the DuckDB query `mkt paths --sql duckdb` prints: its steps into `journey_paths`,
 * then its final aggregation into `result_paths`, so the conversions left without a touch
 * can be counted and named from the same table. With several partitions the events are
 * first written once, in one pass, into a Parquet folder per part (the journeys whose id
 * hashes to it) in the temp folder; then each part runs alone, reading only its own folder,
 * and the parts' path tables add up: memory stays with the largest part, whatever the size
 * of the input.
 */
export async function buildPaths(engine: Engine, spec: QuerySpec, settings: BuildSettings): Promise<BuiltPaths> {
  const k = Math.max(1, Math.floor(settings.partitions));
  let events = 0;
  let withoutTouch = 0;
  let examples: { journey: string; time: string }[] = [];
  let rowsRead: number | undefined;
  const stage = join(engine.tempDirectory, `parts-${process.pid}`);
  try {
    if (k > 1) {
      settings.onPhase?.({ kind: "split", parts: k });
      const copied = await engine.withProgress(
        () =>
          engine.rows(
            `COPY (SELECT *, hash(${sqlIdentifier(settings.journeyColumn)}) % ${k} AS mkt_part FROM ${spec.table})
             TO ${sqlString(stage)} (FORMAT parquet, PARTITION_BY (mkt_part))`,
          ),
        settings.progress,
      );
      rowsRead = Number(copied[0]?.Count ?? 0);
      settings.onPhase?.({ kind: "split", parts: k, rows: rowsRead });
    }
    await engine.run(
      "CREATE TEMP TABLE partial_paths (path VARCHAR, total_conversions HUGEINT, total_conversion_value DOUBLE, total_null HUGEINT)",
    );
    for (let part = 0; part < k; part++) {
      settings.signal?.throwIfAborted();
      let table = spec.table;
      if (k > 1) {
        // A part no journey hashes to has no folder. Its files are named one by one, not by
        // a glob, which would read brackets or stars in --temp-dir as a pattern.
        const folder = join(stage, `mkt_part=${part}`);
        if (!existsSync(folder)) continue;
        const files = readdirSync(folder).filter((f) => f.endsWith(".parquet"));
        settings.onPhase?.({ kind: "part", part: part + 1, parts: k });
        await engine.run(
          `CREATE OR REPLACE TEMP VIEW part_events AS SELECT * FROM read_parquet([${files.map((f) => sqlString(join(folder, f))).join(", ")}], hive_partitioning = false)`,
        );
        table = "part_events";
      }
      const steps = windowSteps("duckdb", { ...spec, table });
      await engine.withProgress(
        () => engine.run(`CREATE TEMP TABLE journey_paths AS ${steps}\nSELECT * FROM journey_paths`),
        settings.progress,
      );
      await engine.run(
        `INSERT INTO partial_paths SELECT path, SUM(converted), SUM(val), SUM(1 - converted) FROM journey_paths WHERE path IS NOT NULL GROUP BY path`,
      );
      const counts = await engine.rows(
        "SELECT count(*) AS n, count(*) FILTER (WHERE path IS NULL AND converted = 1) AS lonely FROM journey_paths",
      );
      events += Number(counts[0].n);
      withoutTouch += Number(counts[0].lonely);
      const some = await engine.rows(
        "SELECT uid, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM journey_paths WHERE path IS NULL AND converted = 1 ORDER BY uid, ts LIMIT 5",
      );
      examples = [...examples, ...some.map((e) => ({ journey: String(e.uid), time: String(e.t) }))]
        .sort((a, b) => (a.journey < b.journey ? -1 : a.journey > b.journey ? 1 : a.time < b.time ? -1 : 1))
        .slice(0, 5);
      // Dropped before the next part is built, so two parts' journeys are never held at once.
      await engine.run("DROP TABLE journey_paths");
    }
    // The printed query's final aggregation (FINAL_SELECT; its ORDER BY is streamPaths'), adding up the parts' tables.
    await engine.run(`CREATE TEMP TABLE result_paths AS
SELECT path, SUM(total_conversions) AS total_conversions, SUM(total_conversion_value) AS total_conversion_value,
       SUM(total_null) AS total_null
FROM partial_paths GROUP BY path`);
    await engine.run("DROP TABLE partial_paths");
  } catch (e) {
    settings.signal?.throwIfAborted();
    if (settings.onBadRow && duckMessage(e).includes(BAD_ROW)) await settings.onBadRow();
    throw failure(e);
  } finally {
    if (k > 1) rmSync(stage, { recursive: true, force: true });
  }
  const distinct = Number((await engine.rows("SELECT count(*) AS n FROM result_paths"))[0].n);
  return { events, rowsRead, distinct, withoutTouch: { count: withoutTouch, examples } };
}

/** The order of the path table: comparePathRows' (DuckDB sorts text by code point). */
export const PATH_ORDER = "ORDER BY total_conversions DESC, total_null DESC, path";

/**
 * The path table `buildPaths` left in `result_paths`, in comparePathRows' order, one DuckDB
 * chunk (2,048 rows) at a time: DuckDB sorts it (spilling if it must) and Node never holds
 * more than a chunk, whatever the number of distinct paths. The connection is busy until
 * the last chunk is read.
 */
export async function* streamPaths(engine: Engine): AsyncGenerator<PathRow[]> {
  const result = await engine.connection.stream(
    `SELECT path, CAST(total_conversions AS DOUBLE), total_conversion_value, CAST(total_null AS DOUBLE) FROM result_paths ${PATH_ORDER}`,
  );
  for await (const rows of result.yieldRowsJs())
    yield rows.map((r) => ({
      path: r[0] as string,
      conversions: r[1] as number,
      value: r[2] as number,
      nulls: r[3] as number,
    }));
}
