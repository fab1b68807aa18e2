import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { InputProblemError } from "../../src/ooxml";
import { PreviewSession } from "../../src/preview/session";
import { validateAgainstMany } from "../helpers/ooxml-validate";
import { mkt } from "../helpers/mkt";

/**
 * Every workbook of the real-world corpus (test/fixtures/corpus, README there: files from
 * Excel, LibreOffice, Google Sheets, Numbers, WPS, Apache POI, Strict Open XML and
 * fuzzers) through `check`, `check --out`, `report`, `attribute` and `pace`: each ends with exit
 * 0, 1 or 2 and at most one line on stderr, never an internal error; the preview opens it
 * or says what is wrong; and no part of a written copy is made invalid by us (the
 * validator against the original).
 */
const CORPUS = join(__dirname, "../fixtures/corpus");
const FILES = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(CORPUS, d.name)).map((f) => join(d.name, f)))
  .sort();

interface Run {
  readonly args: string[];
  readonly code: number;
  readonly err: string[];
}

const dir = mkdtempSync(join(tmpdir(), "mkt-corpus-"));
const copies: { file: string; copy: string }[] = [];
const started = Date.now();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<Run> {
  try {
    const r = await mkt(...args);
    return { args, code: r.code, err: r.err.split("\n").filter((l) => l.length > 0) };
  } catch (e) {
    // runCli threw: the executable would print "internal error" and exit 3
    return { args, code: 3, err: [`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`] };
  }
}

test("the corpus holds the files its README lists", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(150);
  const readme = readFileSync(join(CORPUS, "README.md"), "utf8");
  for (const f of FILES) expect(readme).toContain(f);
});

describe.each(FILES)("%s", (file) => {
  const path = join(CORPUS, file);
  const ext = extname(file);
  const stem = file.replace(/[/\\]/g, "-");

  test("check, check --out, report, attribute and pace end with 0, 1 or 2 and one line at most", async () => {
    const flagged = join(dir, `${stem}-flagged${ext}`);
    const report = join(dir, `${stem}-report${ext}`);
    const runs = [
      await run(["check", path]),
      await run(["check", path, "--out", flagged]),
      await run(["report", path, "--out", report]),
      await run(["attribute", path, "--model", "last_touch"]),
      await run(["pace", path, "--target", "1000", "--start", "2024-01-01", "--end", "2024-01-31"]),
    ];
    for (const r of runs) {
      const said = `mkt ${r.args[0]} ${basename(path)} (exit ${r.code}): ${r.err.join(" / ")}`;
      expect({ said, ok: [0, 1, 2].includes(r.code) }).toEqual({ said, ok: true });
      expect({ said, lines: r.err.length <= 1 }).toEqual({ said, lines: true });
      if (r.code === 2) expect({ said, lines: r.err.length }).toEqual({ said, lines: 1 });
      expect(r.err.join("\n")).not.toMatch(/internal error|\n\s+at |Error: /);
    }
    for (const copy of [flagged, report]) if (existsSync(copy)) copies.push({ file: path, copy });
  });

  test("the preview opens it, or says in one line what is wrong with it", async () => {
    const bytes = readFileSync(path);
    const opened = await new PreviewSession()
      .open(basename(path), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
      .then(
        () => "opened",
        (e: unknown) => (e instanceof InputProblemError ? "input problem" : `crash: ${String(e)}`),
      );
    expect(["opened", "input problem"]).toContain(opened);
  });
});

test("a report on a workbook whose relationships name a chart part the zip lacks is bad input", async () => {
  const fuzzed = join(CORPUS, "poi/clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx");
  const r = await run(["report", fuzzed, "--out", join(dir, "broken-chart.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.err).toEqual([expect.stringMatching(/^mkt report: .*xl\/charts\/.*cannot be unpacked/)]);
});

test("no written copy has a part made invalid by us", () => {
  expect(copies.length).toBeGreaterThan(100);
  const originals = new Map(copies.map((c) => [c.file, new Uint8Array(readFileSync(c.file))]));
  const results = validateAgainstMany(
    copies.map((c) => ({
      written: new Uint8Array(readFileSync(c.copy)),
      original: originals.get(c.file) as Uint8Array,
    })),
  );
  const bad = results.flatMap((v, i) => v.problems.map((p) => `${basename(copies[i].copy)}: ${p}`));
  expect(bad).toEqual([]);
  console.log(
    `corpus: ${FILES.length} files, ${copies.length} copies validated, ${results.reduce((n, v) => n + v.partsChecked, 0)} changed parts checked, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});
