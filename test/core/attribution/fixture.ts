import { readFileSync } from "fs";
import { resolve } from "path";
import { parseCsv } from "../../../src/cli/csv";
import { journeysFromPaths, type Journeys } from "../../../src/core/attribution";
import { isCellError } from "../../../src/core/errors";

/** ChannelAttribution's reference data, read from ../shared (never copied into the repo). */
export const FIXTURES = resolve(__dirname, "../../../../shared/fixtures/channelattribution");

export function readFixture(name: string): { header: string[]; rows: unknown[][] } {
  return parseCsv(readFileSync(resolve(FIXTURES, name), "utf8"), { numbers: true });
}

export function column(table: { header: string[]; rows: unknown[][] }, name: string): unknown[] {
  const i = table.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return table.rows.map((r) => r[i]);
}

/** Data.csv as journeys. */
export function fixtureJourneys(): Journeys {
  const data = readFixture("Data.csv");
  const j = journeysFromPaths({
    paths: column(data, "path"),
    conversions: column(data, "total_conversions"),
    values: column(data, "total_conversion_value"),
    nulls: column(data, "total_null"),
  });
  if (isCellError(j)) throw new Error(j.message);
  return j;
}
