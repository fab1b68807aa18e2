import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { toCsv, toJson, toTable } from "../../../src/cli/paths/output";
import { compareCodePoints, type PathOptions } from "../../../src/core/paths/options";
import { referencePaths, type PathEvent } from "../../../src/core/paths/reference";
import { random } from "../../core/paths/generate";
import { mkt } from "../../helpers/mkt";

const tmp = mkdtempSync(join(tmpdir(), "mkt-stream-out-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Channel names that sort differently by UTF-16 code unit and by code point (an emoji, above
// U+FFFF, against a full-width "！", U+FF01), that CSV must quote, and that a spreadsheet
// would run as a formula.
const NAMES = ["search", "搜索", "😀 live", "！promo", "a,b", 'say "hi"', "=cmd", "email"];
const HOUR = 3_600_000;
const BASE = Date.UTC(2024, 0, 1);

/** Journeys whose paths are mostly distinct: more distinct paths than one DuckDB chunk (2,048 rows). */
function events(journeys: number): PathEvent[] {
  const r = random(5);
  const out: PathEvent[] = [];
  for (let j = 0; j < journeys; j++) {
    const journey = `u${j}`;
    let time = BASE + j * HOUR;
    const steps = 1 + Math.floor(r() * 4);
    for (let k = 0; k < steps; k++) {
      const channel = r() < 0.5 ? NAMES[Math.floor(r() * NAMES.length)] : `c${Math.floor(r() * 900)}`;
      out.push({ journey, time, channel, conversion: 0, value: null });
      time += HOUR;
    }
    // Whole values: sums are exact in any order, so the texts compare exactly.
    if (r() < 0.7) out.push({ journey, time, channel: null, conversion: 1, value: Math.floor(r() * 50) });
  }
  return out;
}

const quote = (text: string): string => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const EVENTS = events(6000);
const CSV = join(tmp, "events.csv");
writeFileSync(
  CSV,
  [
    "journey_id,timestamp,channel,conversion,value",
    ...EVENTS.map(
      (e) =>
        `${e.journey},${new Date(e.time).toISOString()},${quote(e.channel ?? "")},${e.conversion},${e.value ?? ""}`,
    ),
  ].join("\n") + "\n",
);
const OPTIONS: PathOptions = { lookbackDays: 0, repeats: "keep", maxSteps: 0 };
const WANT = referencePaths(EVENTS, OPTIONS).paths;
const FLAGS = ["--lookback-days", "0"];

describe("mkt paths writes the path table as it reads it from DuckDB", () => {
  it("has more distinct paths than one chunk, and the names that order and quoting test", () => {
    expect(WANT.length).toBeGreaterThan(2 * 2048);
    const paths = WANT.map((r) => r.path);
    for (const name of NAMES) expect(paths.some((p) => p.includes(name))).toBe(true);
  });

  it("prints CSV and JSON on stdout equal to the whole table's, in code point order", async () => {
    const csv = await mkt("paths", CSV, "--format", "csv", ...FLAGS);
    expect(csv.code).toBe(0);
    expect(csv.out).toBe(`${toCsv({ kind: "paths", rows: WANT })}\n`);
    const json = await mkt("paths", CSV, "--format", "json", ...FLAGS);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(toJson({ kind: "paths", rows: WANT }, 0)));
    const table = await mkt("paths", CSV, ...FLAGS);
    expect(table.out).toBe(`${toTable({ kind: "paths", rows: WANT })}\n`);
  });

  it("writes --out .csv and .parquet in the same order", async () => {
    const out = join(tmp, "paths.csv");
    expect((await mkt("paths", CSV, "--out", out, ...FLAGS)).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(`${toCsv({ kind: "paths", rows: WANT })}\n`);

    const parquet = join(tmp, "paths.parquet");
    expect((await mkt("paths", CSV, "--out", parquet, ...FLAGS)).code).toBe(0);
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    const read = await c.runAndReadAll(`SELECT path FROM read_parquet('${parquet}')`);
    c.closeSync();
    db.closeSync();
    expect(read.getRowObjectsJS().map((r) => r.path)).toEqual(WANT.map((r) => r.path));
  });
});

describe("compareCodePoints", () => {
  it("orders as the UTF-8 bytes do, where JavaScript's < does not", () => {
    expect("😀" < "！").toBe(true);
    expect(compareCodePoints("😀", "！")).toBeGreaterThan(0);
    const r = random(9);
    const pool = ["a", "z", "é", "搜", "\ue000", "\uffef", "😀", "𝔸", "\u0000", "~"];
    const word = (): string =>
      Array.from({ length: Math.floor(r() * 4) }, () => pool[Math.floor(r() * pool.length)]).join("");
    for (let i = 0; i < 3000; i++) {
      const a = word();
      const b = word();
      const bytes = Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
      expect([a, b, Math.sign(compareCodePoints(a, b))]).toEqual([a, b, bytes]);
    }
  });
});
