import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PathOptions } from "../../../src/core/paths/options";
import { eventsCsv, generateEvents } from "../../core/paths/generate";
import { startClickHouse, type ClickHouseCluster } from "../../helpers/clickhouse";
import { mkt } from "../../helpers/mkt";
import { flags, keyed } from "./compare";

/**
 * The ClickHouse query on a real distributed engine: two clickhouse-server shards on
 * loopback, a Distributed table over them, the events dealt alternately to each (so most
 * journeys are split across shards), and its result equal to what `mkt paths` (DuckDB) gives.
 */
const events = generateEvents(2000, 5);
const CASES: PathOptions[] = [
  { lookbackDays: 30, repeats: "keep", maxSteps: 0 },
  { lookbackDays: 7, repeats: "collapse", maxSteps: 3 },
  { lookbackDays: 0, repeats: "first", maxSteps: 0 },
];

const tsv = (part: number): string =>
  events
    .filter((_, i) => i % 2 === part)
    .map((e) =>
      [
        e.journey,
        new Date(e.time).toISOString().slice(0, 19).replace("T", " "),
        e.channel === null ? "\\N" : e.channel,
        String(e.conversion ?? 0),
        e.value === null ? "\\N" : String(e.value),
      ].join("\t"),
    )
    .join("\n") + "\n";

describe("the ClickHouse query on two shards", () => {
  let cluster: ClickHouseCluster;
  const tmp = mkdtempSync(join(tmpdir(), "mkt-paths-ch-"));
  const csv = join(tmp, "events.csv");

  beforeAll(async () => {
    writeFileSync(csv, eventsCsv(events));
    cluster = await startClickHouse(2);
    const local =
      "CREATE TABLE events_local (journey_id String, timestamp DateTime, channel Nullable(String), conversion Float64, value Nullable(Float64)) ENGINE = MergeTree ORDER BY (journey_id, timestamp)";
    for (const shard of [0, 1]) {
      await cluster.query(local, shard);
      await cluster.query("INSERT INTO events_local FORMAT TabSeparated", shard, tsv(shard));
    }
    await cluster.query(
      "CREATE TABLE events AS events_local ENGINE = Distributed(shards, default, events_local, rand())",
    );
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it("spreads the events over both shards", async () => {
    const counts = await Promise.all([0, 1].map((s) => cluster.query("SELECT count() FROM events_local", s)));
    expect(counts.map(Number)).toEqual([Math.ceil(events.length / 2), Math.floor(events.length / 2)]);
    expect(Number(await cluster.query("SELECT count() FROM events"))).toBe(events.length);
  });

  it.each(CASES)("gives the table mkt paths gives (%o)", async (options) => {
    const sql = (await mkt("paths", "--sql", "clickhouse", ...flags(options))).out.trim().replace(/;$/, "");
    const out = await cluster.query(`${sql} FORMAT JSONEachRow`);
    const rows = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, string | number>)
      .map((r) => ({
        path: String(r.path),
        conversions: Number(r.total_conversions),
        value: Number(r.total_conversion_value),
        nulls: Number(r.total_null),
      }));
    const duck = JSON.parse((await mkt("paths", csv, "--format", "json", ...flags(options))).out) as {
      paths: { path: string; conversions: number; value: number; nulls: number }[];
    };
    expect(rows.length).toBeGreaterThan(20);
    expect(keyed(rows)).toEqual(keyed(duck.paths));
  });
});
