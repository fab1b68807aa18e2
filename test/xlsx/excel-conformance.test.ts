import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEMPLATE_IDS } from "../../src/core/templates";
import { clearPackageFlags, openXlsx } from "../../src/ooxml";
import { runAttribution } from "../../src/taskpane/views/attribution-run";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { validatePackages } from "../helpers/ooxml-validate";
import { mkt } from "../helpers/mkt";

/**
 * Everything the product writes opens in Excel without a repair prompt: each package
 * passes the ECMA-376 schemas after Markup Compatibility processing and the semantic
 * rules Excel enforces (test/helpers/ooxml-validate). Every template alone and all
 * together, in both languages, blank and with sample rows; the demo; its report copy;
 * its flagged copy and that copy cleared; an attribution result, on a new workbook and
 * added to the templates.
 */
const LOCALES = ["en-US", "zh-CN"] as const;
const dir = mkdtempSync(join(tmpdir(), "mkt-conformance-"));
const written = new Map<string, Uint8Array>();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(name: string, ...args: string[]): Promise<Uint8Array> {
  const out = join(dir, `${name}.xlsx`);
  const r = await mkt(...args, "--out", out);
  if (r.code !== 0 && r.code !== 1) throw new Error(`mkt ${args.join(" ")}: ${r.err}`);
  const bytes = new Uint8Array(readFileSync(out));
  written.set(name, bytes);
  return bytes;
}

const PATHS_HEADER = ["path", "total_conversions", "total_conversion_value", "total_null"];
const PATHS = [
  ["Search > Social > Email", 12, 1200, 30],
  ["Social > Search", 7, 560, 44],
  ["Email", 3, 90, 12],
  ["Search > Display > Search", 5, 700, 20],
];

async function attribution(locale: (typeof LOCALES)[number], base?: Uint8Array): Promise<Uint8Array> {
  let bytes: Uint8Array | undefined;
  const outcome = await runAttribution(
    {
      applyPlan: async (plan) => {
        const r = await planToXlsx(plan, base);
        bytes = r.bytes;
        return r.summary;
      },
    },
    { source: "Paths!A1:D5", header: PATHS_HEADER, rows: PATHS },
    { paths: 0, conversions: 1, values: 2, nulls: 3 },
    { model: "markov", order: 1 },
    locale,
  );
  if (!outcome.ok || !bytes) throw new Error(outcome.ok ? "nothing written" : outcome.message);
  return bytes;
}

const NAMES: string[] = [];
for (const lang of LOCALES) {
  for (const sample of [false, true]) {
    for (const id of [...TEMPLATE_IDS, "all"]) NAMES.push(`scaffold ${id} ${lang}${sample ? " --sample" : ""}`);
  }
  NAMES.push(`demo ${lang}`, `report of the demo ${lang}`, `flagged demo ${lang}`, `flagged demo ${lang}, cleared`);
  NAMES.push(`attribution result ${lang}`, `attribution result ${lang} added to the templates`);
}

let results: Map<string, string[]>;

beforeAll(async () => {
  for (const lang of LOCALES) {
    for (const sample of [false, true]) {
      for (const id of [...TEMPLATE_IDS, "all"])
        await run(
          `scaffold ${id} ${lang}${sample ? " --sample" : ""}`,
          "scaffold",
          id,
          "--lang",
          lang,
          ...(sample ? ["--sample"] : []),
        );
    }
    await run(`demo ${lang}`, "demo", "--lang", lang);
    const demo = join(dir, `demo ${lang}.xlsx`);
    await run(`report of the demo ${lang}`, "report", demo, "--lang", lang);
    const flagged = await run(`flagged demo ${lang}`, "check", demo, "--lang", lang);
    written.set(`flagged demo ${lang}, cleared`, clearPackageFlags(openXlsx(flagged)).bytes);
    written.set(`attribution result ${lang}`, await attribution(lang));
    const templates = written.get(`scaffold all ${lang}`);
    written.set(`attribution result ${lang} added to the templates`, await attribution(lang, templates));
  }
  const names = [...written.keys()];
  const validations = validatePackages(names.map((n) => written.get(n) as Uint8Array));
  results = new Map(names.map((n, i) => [n, validations[i].problems]));
}, 600_000);

test("every output listed was written and validated", () => {
  expect([...results.keys()].sort()).toEqual([...NAMES].sort());
});

test.each(NAMES)("%s has no part Excel would repair", (name) => {
  expect(results.get(name)).toEqual([]);
});
