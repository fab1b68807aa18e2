import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { runCli } from "../../src/cli/run";
import { saveWorkbook } from "../../src/xlsx/workbook-io";
import { runMeasured } from "../helpers/built-cli";
import { NS, oneSheetWorkbook, xml, zipParts } from "../fixtures/packages/parts";
import { richWorkbook } from "../fixtures/packages/rich-workbook";
import { buildCheckWorkbook } from "../xlsx/dirty-workbook";

/**
 * Hostile and broken input fed to `mkt check` and `mkt attribute`: every case ends with
 * exit 0, 1 or 2, at most one line on stderr and no stack trace, within a bounded time.
 * In-process for speed (runs bounded per property); a few cases also through the built
 * CLI in a child process, where a signal or an exit 3 would show.
 */
const dir = mkdtempSync(join(tmpdir(), "mkt-fuzz-"));
let seq = 0;
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const CASE_MS = 10_000;
export const counts: Record<string, number> = {};

function file(ext: string, bytes: Uint8Array | string): string {
  const path = join(dir, `case-${seq++}${ext}`);
  writeFileSync(path, bytes);
  return path;
}

async function expectTidy(label: string, args: string[]): Promise<void> {
  counts[label] = (counts[label] ?? 0) + 1;
  const out: string[] = [];
  const err: string[] = [];
  const started = Date.now();
  const code = await runCli(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  const elapsed = Date.now() - started;
  const lines = err
    .join("\n")
    .split("\n")
    .filter((l) => l !== "");
  if (![0, 1, 2].includes(code) || lines.length > 1 || /\n\s+at /.test(err.join("\n")) || elapsed > CASE_MS) {
    throw new Error(
      `${label}: mkt ${args.join(" ")} -> exit ${code} in ${elapsed} ms, stderr: ${err.join("\n").slice(0, 500)}`,
    );
  }
}

const both = (path: string) => [
  ["check", path, "--today", "2023-09-01"],
  ["attribute", path, "--model", "markov"],
];

let valid: Uint8Array[] = [];
beforeAll(async () => {
  valid = [richWorkbook(), await saveWorkbook(buildCheckWorkbook({ dirty: true }))];
});

afterAll(() => {
  console.log(`fuzz cases run: ${JSON.stringify(counts)}`);
});

describe("fuzzing mkt check and mkt attribute", () => {
  it("truncated workbooks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (which, at) => {
          const bytes = valid[which];
          const path = file(".xlsx", bytes.subarray(0, Math.floor(bytes.length * at)));
          for (const args of both(path)) await expectTidy("truncated zip", args);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("workbooks with bytes flipped", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (which, flips) => {
          const bytes = Uint8Array.from(valid[which]);
          for (const [at, b] of flips) bytes[Math.floor(at * (bytes.length - 1))] = b;
          const path = file(".xlsx", bytes);
          for (const args of both(path)) await expectTidy("flipped bytes", args);
          // And the flagged copy, patched into whatever of the package survived.
          await expectTidy("flipped bytes, --out", [
            "check",
            path,
            "--out",
            `${path}.flagged.xlsx`,
            "--today",
            "2023-09-01",
          ]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("random bytes named .xlsx and .csv", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(".xlsx", ".csv"), async (bytes, ext) => {
        for (const args of both(file(ext, bytes))) await expectTidy("random bytes", args);
      }),
      { numRuns: RUNS },
    );
  });

  it("huge and nonsense declared dimensions and cell references", async () => {
    const ref = fc.oneof(
      fc.constantFrom("A1", "XFD1048576", "XFE1", "A1048577", "ZZZZ99999999", "A0", "", "1A", "$A$1"),
      fc.tuple(fc.stringMatching(/^[A-Z]{1,4}$/), fc.integer({ min: 0, max: 2_000_000 })).map(([c, r]) => `${c}${r}`),
    );
    await fc.assert(
      fc.asyncProperty(ref, ref, fc.array(fc.tuple(ref, fc.integer()), { maxLength: 6 }), async (a, b, cells) => {
        const data = cells.map(([r, v]) => `<row><c r="${r}"><v>${v}</v></c></row>`).join("");
        const path = file(".xlsx", zipParts(oneSheetWorkbook(data, { before: `<dimension ref="${a}:${b}"/>` })));
        for (const args of both(path)) await expectTidy("huge dimensions", args);
      }),
      { numRuns: RUNS },
    );
  });

  it("deeply nested XML in a sheet and in the shared strings", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 200_000 }),
        fc.constantFrom("sheet", "strings", "workbook"),
        async (depth, where) => {
          const deep = `${"<x>".repeat(depth)}${"</x>".repeat(depth)}`;
          const parts = oneSheetWorkbook(
            where === "sheet" ? `<row r="1"><c r="A1" t="inlineStr"><is>${deep}</is></c></row>` : "",
          );
          if (where === "strings") {
            parts["xl/sharedStrings.xml"] = xml(`<sst xmlns="${NS.main}"><si>${deep}<t>a</t></si></sst>`);
            parts["xl/_rels/workbook.xml.rels"] = String(parts["xl/_rels/workbook.xml.rels"]).replace(
              "</Relationships>",
              `<Relationship Id="rId9" Type="${NS.doc}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
            );
          }
          if (where === "workbook")
            parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace("<sheets>", `${deep}<sheets>`);
          for (const args of both(file(".xlsx", zipParts(parts)))) await expectTidy("deep XML", args);
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it("random CSV", async () => {
    const field = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "path",
        "total_conversions",
        "a > b",
        '"3"',
        '"',
        "\r",
        "\n",
        "=1+1",
        "-1",
        "1e309",
        "NaN",
        "搜索 > 邮件",
      ),
      fc.double().map(String),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("\n", "\r\n", "\r"),
        async (rows, sep, eol) => {
          const text = [["path", "total_conversions"], ...rows].map((r) => r.join(sep)).join(eol);
          await expectTidy("random CSV", ["attribute", file(".csv", text), "--model", "linear"]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("through the built CLI in a child process: no signal, no exit 3, one line at most", () => {
    const cases = [
      file(".xlsx", valid[0].subarray(0, Math.floor(valid[0].length / 2))),
      file(
        ".xlsx",
        Uint8Array.from({ length: 3000 }, (_, k) => (k * 7919) % 256),
      ),
      file(
        ".xlsx",
        zipParts(
          oneSheetWorkbook(
            `<row r="1"><c r="A1" t="inlineStr"><is>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</is></c></row>`,
          ),
        ),
      ),
    ];
    for (const path of cases) {
      for (const args of both(path)) {
        counts["child process"] = (counts["child process"] ?? 0) + 1;
        const run = runMeasured(args, 30_000);
        expect(run.signal).toBeNull();
        expect([0, 1, 2]).toContain(run.status);
        expect(run.stderr.trimEnd().split("\n").length).toBeLessThanOrEqual(1);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(run.maxRssMb).toBeLessThan(600);
      }
    }
  });
});
