import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DuckDBInstance } from "@duckdb/node-api";
import { referencePaths } from "../../../src/core/paths/reference";
import type { PathOptions, PathRow } from "../../../src/core/paths/options";
import { eventsCsv, generateEvents } from "../../core/paths/generate";
import { mkt } from "../../helpers/mkt";
import { flags, keyed } from "./compare";

const tmp = mkdtempSync(join(tmpdir(), "mkt-paths-"));
const events = generateEvents(3000, 7);
const CSV = join(tmp, "events.csv");
writeFileSync(CSV, eventsCsv(events));

interface JsonPaths {
  paths: { path: string; conversions: number; value: number; nulls: number }[];
  conversions_without_touch: number;
}

const CASES: PathOptions[] = [
  { lookbackDays: 30, repeats: "keep", maxSteps: 0 },
  { lookbackDays: 0, repeats: "collapse", maxSteps: 0 },
  { lookbackDays: 7, repeats: "first", maxSteps: 3 },
  { lookbackDays: 30, repeats: "keep", maxSteps: 2 },
];

describe("mkt paths on touch rows", () => {
  it.each(CASES)("equals the reference implementation (%o)", async (options) => {
    const { code, out, err } = await mkt("paths", CSV, "--format", "json", ...flags(options));
    expect(err).not.toMatch(/Error/);
    expect(code).toBe(0);
    const got = JSON.parse(out) as JsonPaths;
    const want = referencePaths(events, options);
    expect(got.paths.length).toBeGreaterThan(20);
    expect(keyed(got.paths)).toEqual(keyed(want.paths));
    expect(got.conversions_without_touch).toBe(want.withoutTouch.length);
    expect(want.withoutTouch.length).toBeGreaterThan(0);
  });

  it("gives the same table when the journeys are processed in parts (bounded memory)", async () => {
    const options = CASES[1];
    const tempDir = mkdtempSync(join(tmp, "spill-"));
    const { code, out } = await mkt(
      "paths",
      CSV,
      "--format",
      "json",
      "--partitions",
      "3",
      "--temp-dir",
      tempDir,
      ...flags(options),
    );
    expect(code).toBe(0);
    const got = JSON.parse(out) as JsonPaths;
    const want = referencePaths(events, options);
    expect(keyed(got.paths)).toEqual(keyed(want.paths));
    expect(got.conversions_without_touch).toBe(want.withoutTouch.length);
    // The staging database is removed from the folder afterwards.
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it("runs the printed DuckDB query on a table of the same rows to the same table", async () => {
    const options = CASES[2];
    const sql = (await mkt("paths", "--sql", "duckdb", ...flags(options))).out;
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    await c.run(
      `CREATE TABLE events AS SELECT journey_id, CAST("timestamp" AS TIMESTAMP) AS "timestamp", channel, CAST(conversion AS DOUBLE) AS conversion, CAST(value AS DOUBLE) AS value FROM read_csv('${CSV}', header = true, all_varchar = true)`,
    );
    const reader = await c.runAndReadAll(sql);
    const rows = reader.getRowObjects().map((r) => ({
      path: String(r.path),
      conversions: Number(r.total_conversions),
      value: Number(r.total_conversion_value),
      nulls: Number(r.total_null),
    }));
    c.closeSync();
    db.closeSync();
    expect(keyed(rows)).toEqual(keyed(referencePaths(events, options).paths));
  });

  it("reads times with an offset as UTC", async () => {
    const file = join(tmp, "offsets.csv");
    // 08:30+08:00 is 00:30Z: before the 01:00Z touch, though its text sorts after it.
    writeFileSync(
      file,
      "journey_id,timestamp,channel,conversion,value\nu1,2024-01-01T01:00:00Z,email,0,\nu1,2024-01-01T08:30:00+08:00,search,0,\nu1,2024-01-01 02:00:00,,1,5\n",
    );
    const { out } = await mkt("paths", file, "--format", "csv");
    expect(out).toBe("path,total_conversions,total_conversion_value,total_null\nsearch > email,1,5,0\n");
  });

  it("prints a readable table by default", async () => {
    const file = join(tmp, "small.csv");
    writeFileSync(
      file,
      "journey_id,timestamp,channel,conversion,value\nu1,2024-01-01,search,0,\nu1,2024-01-02,email,1,25\n",
    );
    const { code, out } = await mkt("paths", file);
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n")).toEqual([
      "path            total_conversions  total_conversion_value  total_null",
      "search > email                  1                      25           0",
    ]);
  });

  it("names the conversions left without a touch on stderr", async () => {
    const file = join(tmp, "lonely.csv");
    writeFileSync(
      file,
      "user_id,time,source,converted,revenue\nu1,2024-01-01,search,0,\nu1,2024-03-01,,1,10\nu2,2024-01-02,email,1,5\n",
    );
    const { code, out, err } = await mkt("paths", file, "--format", "csv");
    expect(code).toBe(0);
    expect(out).toBe("path,total_conversions,total_conversion_value,total_null\nemail,1,5,0\n");
    expect(err).toMatch(/1 conversion\(s\) had no touch .*u1 at 2024-03-01 00:00:00/);
  });

  it("takes a value column named as the conversion for both", async () => {
    const file = join(tmp, "revenue.csv");
    writeFileSync(file, "customer_id,date,渠道,value\nc1,2024-01-01,搜索,\nc1,2024-01-02,,99.5\nc2,2024-01-02,社交,\n");
    const { code, out } = await mkt("paths", file, "--format", "csv");
    expect(code).toBe(0);
    expect(out).toBe("path,total_conversions,total_conversion_value,total_null\n搜索,1,99.5,0\n社交,0,0,1\n");
  });

  it("writes .csv, .xlsx and .parquet files with the same rows", async () => {
    const base = join(tmp, "out");
    for (const ext of ["csv", "xlsx", "parquet"])
      expect((await mkt("paths", CSV, "--out", `${base}.${ext}`)).code).toBe(0);
    const want = JSON.parse((await mkt("paths", CSV, "--format", "json")).out) as JsonPaths;
    const csvLines = readFileSync(`${base}.csv`, "utf8").trim().split("\n");
    expect(csvLines[0]).toBe("path,total_conversions,total_conversion_value,total_null");
    expect(csvLines).toHaveLength(want.paths.length + 1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(`${base}.xlsx`);
    const sheet = wb.worksheets[0];
    expect(sheet.getCell("A1").value).toBe("path");
    expect(sheet.rowCount).toBe(want.paths.length + 1);
    const first = want.paths[0];
    expect([sheet.getCell("A2").value, sheet.getCell("B2").value]).toEqual([first.path, first.conversions]);
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    const parquet = (await c.runAndReadAll(`SELECT * FROM read_parquet('${base}.parquet')`)).getRowObjects();
    c.closeSync();
    db.closeSync();
    const rows: PathRow[] = parquet.map((r) => ({
      path: String(r.path),
      conversions: Number(r.total_conversions),
      value: Number(r.total_conversion_value),
      nulls: Number(r.total_null),
    }));
    expect(keyed(rows)).toEqual(keyed(want.paths));
    expect((await mkt("paths", CSV, "--out", `${base}.csv`)).err).toMatch(/exists; use --force/);
  });

  it("refuses --out before reading the events: a file that exists, an unknown type, the input itself", async () => {
    // The events hold a bad row: a refusal of --out comes first, so no run is spent on it.
    const bad = join(tmp, "bad-first.csv");
    writeFileSync(bad, "journey_id,timestamp,channel,conversion\nu1,yesterday,a,0\n");
    const there = join(tmp, "there.csv");
    writeFileSync(there, "keep\n");
    for (const [out, message] of [
      [there, /there\.csv exists; use --force/],
      [join(tmp, "paths.txt"), /--out must end in \.csv, \.xlsx or \.parquet/],
      [bad, /is the input .* itself/],
    ] as const) {
      const { code, err } = await mkt("paths", bad, "--out", out);
      expect({ code, err: err.trim() }).toEqual({ code: 2, err: expect.stringMatching(message) });
    }
    expect(readFileSync(there, "utf8")).toBe("keep\n");
  });

  it("reads several files by glob, TSV, NDJSON and Parquet alike", async () => {
    const dir = mkdtempSync(join(tmp, "glob-"));
    const half = Math.floor(events.length / 2);
    writeFileSync(join(dir, "a.csv"), eventsCsv(events.slice(0, half)));
    const tsv = eventsCsv(events.slice(half)).replace(/,/g, "\t");
    writeFileSync(join(dir, "b.tsv"), tsv);
    const ndjson = events
      .slice(0, 50)
      .map((e) =>
        JSON.stringify({
          journey_id: e.journey,
          timestamp: new Date(e.time).toISOString(),
          channel: e.channel,
          conversion: e.conversion,
          value: e.value,
        }),
      )
      .join("\n");
    writeFileSync(join(dir, "c.ndjson"), ndjson);
    const both = await mkt("paths", join(dir, "*.csv"), join(dir, "*.tsv"), "--format", "json");
    expect(both.code).toBe(0);
    expect(keyed((JSON.parse(both.out) as JsonPaths).paths)).toEqual(keyed(referencePaths(events, CASES[0]).paths));
    // Parquet with a native TIMESTAMP column, as a lake holds it.
    const parquet = join(dir, "d.parquet");
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    await c.run(
      `COPY (SELECT journey_id, CAST(CAST("timestamp" AS TIMESTAMPTZ) AS TIMESTAMP) AS "timestamp", channel, CAST(conversion AS INTEGER) AS conversion, CAST(value AS DOUBLE) AS value FROM read_csv('${CSV}', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    c.closeSync();
    db.closeSync();
    const pq = await mkt("paths", parquet, "--format", "json");
    expect(pq.code).toBe(0);
    expect(keyed((JSON.parse(pq.out) as JsonPaths).paths)).toEqual(keyed(referencePaths(events, CASES[0]).paths));
    const nd = await mkt("paths", join(dir, "c.ndjson"), "--format", "json");
    expect(nd.code).toBe(0);
    expect(keyed((JSON.parse(nd.out) as JsonPaths).paths)).toEqual(
      keyed(referencePaths(events.slice(0, 50), CASES[0]).paths),
    );
  });

  it.each([
    ["journey_id,timestamp,channel\nu1,2024-01-01,a\n", /has no column "conversion"/],
    [
      "journey_id,timestamp,channel,conversion\nu1,2024-01-01,a,0\nu1,yesterday,b,0\n",
      /bad\.csv: data row 2 has an unreadable timestamp/,
    ],
    [
      "journey_id,timestamp,channel,conversion\nu1,2024-01-01,a,0\nu1,2024-01-02,b,yes\n",
      /bad\.csv: data row 2 has a conversion that is not a number/,
    ],
    ["journey_id,timestamp,channel,conversion\n,2024-01-01,a,0\n", /data row 1 has a blank journey id/],
    [
      'journey_id,timestamp,channel,conversion\nu1,2024-01-01,"a,0\nu2,2024-01-02,b,1\n',
      /bad\.csv: line 2: Value with unterminated quote/,
    ],
    ["", /bad\.csv: is empty/],
  ])("refuses bad input in one line naming the file, row or field (%#)", async (text, message) => {
    const file = join(tmp, "bad.csv");
    writeFileSync(file, text);
    for (const parts of ["1", "2"]) {
      const { code, err } = await mkt("paths", file, "--partitions", parts);
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(err.trim().split("\n")).toHaveLength(1);
    }
  });

  it("refuses a missing file, an empty glob and bad options", async () => {
    expect((await mkt("paths", join(tmp, "nope.csv"))).err).toMatch(/nope\.csv: no such file/);
    expect((await mkt("paths", join(tmp, "none-*.parquet"))).err).toMatch(/matches no file/);
    expect((await mkt("paths", CSV, "--repeats", "twice")).err).toMatch(/--repeats must be/);
    expect((await mkt("paths", CSV, "--memory", "lots")).err).toMatch(/--memory must be a size/);
    expect((await mkt("paths", CSV, "--max-steps", "-1")).code).toBe(2);
    expect((await mkt("paths", CSV, "--channel", "default-group")).err).toMatch(/apply to --ga4/);
    expect((await mkt("paths", CSV, "--ga4", "--conversion-event", "buy now")).err).toMatch(
      /--conversion-event must be/,
    );
  });
});
