import { readFileSync } from "fs";
import { resolve } from "path";
import { parseCsv } from "../../../src/core/format/csv";
import { journeysFromPaths, type Journeys } from "../../../src/core/attribution";
import { isCellError } from "../../../src/core/errors";

/**
 * Synthetic journeys with ChannelAttribution 2.0.7's results and the exact Markov results
 * (test/fixtures/attribution-reference, see its README).
 */
export const FIXTURES = resolve(__dirname, "../../fixtures/attribution-reference");

/** The journeys file of the reference set. */
export const PATHS_FILE = "paths.csv";

export function readFixture(name: string): { header: string[]; rows: unknown[][] } {
  return parseCsv(readFileSync(resolve(FIXTURES, name), "utf8"), { numbers: true });
}

export function column(table: { header: string[]; rows: unknown[][] }, name: string): unknown[] {
  const i = table.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return table.rows.map((r) => r[i]);
}

/** paths.csv as journeys. */
export function fixtureJourneys(): Journeys {
  const data = readFixture(PATHS_FILE);
  const j = journeysFromPaths({
    paths: column(data, "path"),
    conversions: column(data, "total_conversions"),
    values: column(data, "total_conversion_value"),
    nulls: column(data, "total_null"),
  });
  if (isCellError(j)) throw new Error(j.message);
  return j;
}
