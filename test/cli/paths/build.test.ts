import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPaths, streamPaths, type Phase } from "../../../src/cli/paths/build";
import type { PathRow } from "../../../src/core/paths/options";
import { openEngine, type Engine } from "../../../src/cli/paths/engine";
import { expandFiles } from "../../../src/cli/paths/input";
import { loadTouchRows } from "../../../src/cli/paths/load";
import { referencePaths } from "../../../src/core/paths/reference";
import type { PathOptions } from "../../../src/core/paths/options";
import { eventsCsv, generateEvents } from "../../core/paths/generate";
import { keyed } from "./compare";

const tmp = mkdtempSync(join(tmpdir(), "mkt-build-"));
const events = generateEvents(40, 11);
const CSV = join(tmp, "events.csv");
writeFileSync(CSV, eventsCsv(events));
const options: PathOptions = { lookbackDays: 30, repeats: "keep", maxSteps: 0 };

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(
  partitions: number,
  spill: string,
): Promise<{ built: Awaited<ReturnType<typeof buildPaths>>; paths: PathRow[]; phases: Phase[] }> {
  const engine: Engine = await openEngine({ memory: "200MB", threads: 2, tempDirectory: spill });
  try {
    const files = await expandFiles(engine, [CSV]);
    await loadTouchRows(engine, files, {});
    const phases: Phase[] = [];
    const built = await buildPaths(
      engine,
      { table: "events", options },
      { partitions, journeyColumn: "journey_id", progress: () => undefined, onPhase: (p) => phases.push(p) },
    );
    const paths: PathRow[] = [];
    for await (const batch of streamPaths(engine)) paths.push(...batch);
    return { built, paths, phases };
  } finally {
    engine.close();
  }
}

describe("buildPaths in parts", () => {
  it("splits the events once, counts the rows, skips parts no journey hashes to, and gives the one-part table", async () => {
    // Brackets and a star in the folder name are not a pattern.
    const spill = mkdtempSync(join(tmp, "spill [1] *-"));
    const journeys = new Set(events.map((e) => e.journey)).size;
    // More parts than journeys: some parts are empty.
    const parts = journeys * 3;
    const { built, paths, phases } = await run(parts, spill);
    const one = await run(1, spill);
    const want = referencePaths(events, options);

    expect(keyed(paths)).toEqual(keyed(want.paths));
    expect(keyed(one.paths)).toEqual(keyed(want.paths));
    expect(built.distinct).toBe(paths.length);
    expect(built.events).toBe(one.built.events);
    expect(built.withoutTouch.count).toBe(want.withoutTouch.length);

    expect(built.rowsRead).toBe(events.length);
    expect(one.built.rowsRead).toBeUndefined();
    expect(phases[0]).toEqual({ kind: "split", parts });
    expect(phases[1]).toEqual({ kind: "split", parts, rows: events.length });
    const run_ = phases.slice(2);
    expect(run_.every((p) => p.kind === "part" && p.parts === parts)).toBe(true);
    // Each journey is in one part: at most as many parts run as there are journeys, and at least one.
    expect(run_.length).toBeGreaterThan(0);
    expect(run_.length).toBeLessThanOrEqual(journeys);
    expect(one.phases).toEqual([]);
    // Nothing is left in the spill folder.
    expect(readdirSync(spill)).toEqual([]);
  });
});
