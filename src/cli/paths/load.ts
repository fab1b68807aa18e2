import { UsageError } from "../io";
import { type Engine } from "./engine";
import {
  describe,
  duckMessage,
  reader,
  touchMapping,
  typedSelect,
  type EventFile,
  type TouchColumnFlags,
} from "./input";
import { checkGa4Columns, ga4Problems } from "./ga4-input";

const ROLE_TEXT: Readonly<Record<string, string>> = {
  journey: "a blank journey id",
  time: "an unreadable timestamp (give ISO 8601 text such as 2024-05-01 13:45:00 or 2024-05-01T13:45:00Z)",
  conversion: "a conversion that is not a number",
  value: "a value that is not a number",
};

/** Names the first bad row of the first file that has one; called only once a problem is known. */
async function firstBadRow(engine: Engine, selects: readonly { file: EventFile; sql: string }[]): Promise<never> {
  await engine.run("SET threads = 1");
  await engine.run("SET preserve_insertion_order = true");
  for (const { file, sql } of selects) {
    const rows = await engine.rows(
      `SELECT rn, problem FROM (SELECT problem, row_number() OVER () AS rn FROM (${sql})) WHERE problem IS NOT NULL ORDER BY rn LIMIT 1`,
    );
    if (rows.length > 0) {
      const rn = Number(rows[0].rn);
      const field = String(rows[0].problem);
      throw new UsageError(`${file.path}: data row ${rn} has ${ROLE_TEXT[field] ?? field}`);
    }
  }
  throw new UsageError("a row of the input cannot be read");
}

/** The message DuckDB's error() raises on a bad row; the row is then found and named. */
export const BAD_ROW = "mkt-paths: unreadable row";

/**
 * Creates the view `events` (touch-row columns, typed) over the files. The files are read
 * once, by the path query itself: a bad row makes it fail with BAD_ROW (DuckDB's error()),
 * and only then are the files read again to name the first bad row (see nameBadRow).
 */
export async function loadTouchRows(
  engine: Engine,
  files: readonly EventFile[],
  flags: TouchColumnFlags,
): Promise<TouchSource> {
  const selects: { file: EventFile; sql: string }[] = [];
  for (const file of files)
    selects.push({ file, sql: typedSelect(file, touchMapping(file, await describe(engine, file), flags)) });
  const all = selects.map((s) => `(${s.sql})`).join("\nUNION ALL\n");
  await engine.run(
    `CREATE TEMP VIEW events AS SELECT
       CASE WHEN problem IS NULL THEN journey_id ELSE error('${BAD_ROW}') END AS journey_id,
       CASE WHEN problem IS NULL THEN "timestamp" ELSE error('${BAD_ROW}') END AS "timestamp",
       channel, conversion, value FROM (${all})`,
  );
  return { nameBadRow: () => firstBadRow(engine, selects) };
}

export interface TouchSource {
  /** Throws a UsageError naming the first bad row of the files (after the query met one). */
  nameBadRow(): Promise<never>;
}

/** Creates the view `ga4_export` over GA4 export files after checking they hold the fields the query reads. */
export async function loadGa4(engine: Engine, files: readonly EventFile[], userId: boolean): Promise<number> {
  for (const file of files) checkGa4Columns(file, await describe(engine, file), userId);
  const all = files.map((f) => `SELECT * FROM ${reader(f)}`).join("\nUNION ALL BY NAME\n");
  await engine.run(`CREATE TEMP VIEW ga4_export AS ${all}`);
  let problems: Record<string, unknown>[];
  try {
    problems = await engine.rows(
      `SELECT count(*) AS n FROM ga4_export WHERE TRY_CAST(event_timestamp AS BIGINT) IS NULL OR event_name IS NULL`,
    );
  } catch (e) {
    throw new UsageError(`${files.length === 1 ? files[0].path : "input"}: ${duckMessage(e)}`);
  }
  if (Number(problems[0].n) === 0) return Number((await engine.rows("SELECT count(*) AS n FROM ga4_export"))[0].n);
  // Name the first bad row: one thread, rows in file order.
  await engine.run("SET threads = 1");
  await engine.run("SET preserve_insertion_order = true");
  for (const file of files) {
    let bad: Record<string, unknown>[];
    try {
      bad = await engine.rows(ga4Problems(reader(file)));
    } catch (e) {
      throw new UsageError(`${file.path}: ${duckMessage(e)}`);
    }
    if (bad.length > 0)
      throw new UsageError(`${file.path}: data row ${Number(bad[0].rn)} has ${String(bad[0].problem)}`);
  }
  throw new UsageError("a row of the input cannot be read");
}
