import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { builtCli } from "../../helpers/built-cli";

const tmp = mkdtempSync(join(tmpdir(), "mkt-interrupt-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Touch rows enough for a run of a few seconds in parts. */
async function writeEvents(path: string, rows: number): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await c.run(`COPY (
    SELECT 'u' || (hash(i * 7) % ${rows / 8}) AS journey_id,
           TIMESTAMP '2024-01-01' + to_seconds(hash(i) % 7776000) AS timestamp,
           ['search', 'social', 'email', ''][CAST(1 + hash(i * 5) % 4 AS BIGINT)] AS channel,
           CASE WHEN hash(i * 3) % 12 = 0 THEN 1 ELSE 0 END AS conversion
    FROM range(${rows}) AS t(i)) TO '${path}' (HEADER)`);
  c.closeSync();
  db.closeSync();
}

describe("mkt paths stopped by Ctrl-C", () => {
  it("stops with exit 130 and one line, removing its temporary files and writing no output", async () => {
    const events = join(tmp, "events.csv");
    await writeEvents(events, 3_000_000);
    const spill = join(tmp, "spill");
    mkdirSync(spill);
    const out = join(tmp, "paths.csv");
    const child = spawn(
      process.execPath,
      [builtCli(), "paths", events, "--partitions", "4", "--temp-dir", spill, "--out", out],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Once the events are being split into parts in the temporary folder, the run is under way.
    const started = Date.now();
    while (!readdirSync(spill).some((f) => f.startsWith("parts-")) && child.exitCode === null) {
      if (Date.now() - started > 60_000) throw new Error("the run never began to split the events");
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(child.exitCode).toBeNull();
    child.kill("SIGINT");
    const code = await exited;
    expect({ code, stderr: stderr.trim() }).toEqual({
      code: 130,
      stderr: "mkt paths: interrupted; its temporary files are removed",
    });
    expect(readdirSync(spill)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
