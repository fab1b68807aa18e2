import { readFileSync } from "fs";
import { resolve } from "path";
import { loadCommands } from "../../src/cli/commands";
import { cliReferenceMarkdown, exitStatus, optionTexts } from "../../src/cli/reference";
import { root } from "./markdown";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildReference, renderMarkdown, renderHtml } = require("../../build/functions-reference");

/**
 * The generated pages are committed, so they can be read in the repository without a build,
 * and they cannot drift: each must equal what `npm run docs` makes from the current build
 * (dist/functions.json and its zh-CN translation, the command definitions of src/cli).
 */

const read = (file: string) => readFileSync(resolve(root, file), "utf8");

/** A committed generated page equals what the generator makes now; if not, says how to refresh it. */
function expectCurrent(file: string, generated: string): void {
  const committed = read(file);
  if (committed === generated) return;
  const a = committed.split("\n");
  const b = generated.split("\n");
  const line = a.findIndex((l, i) => l !== b[i]);
  throw new Error(
    `${file} is stale: run \`npm run build && npm run docs\` and commit it. ` +
      `First difference at line ${line + 1}:\n  committed: ${a[line] ?? "(end)"}\n  generated: ${b[line] ?? "(end)"}`,
  );
}
const json = (file: string) => JSON.parse(read(file));
const metadata = json("dist/functions.json") as { functions: { id: string; parameters: { name: string }[] }[] };
const built = buildReference(
  metadata,
  json("dist/functions.zh-CN.json"),
  json("src/functions/reference/examples.json"),
);

describe("the functions reference", () => {
  it("has an example for every function and a default for every optional parameter", () => {
    expect(built.errors).toEqual([]);
  });

  it.each([
    ["docs/functions.md", "en-US"],
    ["docs/zh-CN/functions.md", "zh-CN"],
  ])("%s equals what the build generates (npm run docs rewrites it)", (file, locale) => {
    expectCurrent(file, renderMarkdown(built.reference, locale));
  });

  it("names every function and every parameter the build registers", () => {
    const page = read("docs/functions.md");
    for (const fn of metadata.functions) {
      expect(page).toContain(`## MKT.${fn.id}\n`);
      for (const p of fn.parameters) expect(page).toContain(`| \`${p.name}\` |`);
    }
  });

  it("is the help page the add-in ships, in both languages (dist/help.html, dist/help.zh-CN.html)", () => {
    // The production build minifies the pages, so they are compared by their text, not byte for byte.
    const text = (html: string) =>
      html
        .replace(/<style>[\s\S]*?<\/style>/g, " ")
        .replace(/<[^>]*>/g, " ")
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/\s+/g, " ")
        .trim();
    for (const [file, locale] of [
      ["dist/help.html", "en-US"],
      ["dist/help.zh-CN.html", "zh-CN"],
    ] as const) {
      const shipped = read(file);
      expect(text(shipped)).toBe(text(renderHtml(built.reference, locale)));
      for (const fn of built.reference.functions as { anchor: string }[])
        expect(shipped).toMatch(new RegExp(`id="?${fn.anchor}"?[\\s>]`));
    }
  });

  it("reports a function without an example and an optional parameter without a default", () => {
    const table = json("src/functions/reference/examples.json");
    delete table.ROI;
    delete table.ATTRIBUTE.defaults.model;
    table.NOPE = { examples: [] };
    const { errors } = buildReference(metadata, json("dist/functions.zh-CN.json"), table);
    expect(errors).toEqual(
      expect.arrayContaining([
        "src/functions/reference/examples.json: ROI: missing (every function needs at least one example)",
        'src/functions/reference/examples.json: ATTRIBUTE: optional parameter "model" has no default',
        "src/functions/reference/examples.json: entry for unknown function NOPE",
      ]),
    );
  });
});

describe("the command reference (docs/cli.md)", () => {
  it("equals what the command definitions generate (npm run docs rewrites it)", async () => {
    expectCurrent("docs/cli.md", cliReferenceMarkdown(await loadCommands()));
  });

  it("has a section, the options and the exit status of every command", async () => {
    const page = read("docs/cli.md");
    for (const [name, command] of Object.entries(await loadCommands())) {
      expect(page).toContain(`## mkt ${name}\n`);
      for (const option of Object.keys(command.options ?? {})) expect(page).toContain(`| \`--${option}\``);
      expect(page).toContain(`Exit status: ${exitStatus(command.usage)}.`);
    }
  });

  it("takes each option's description from the usage text, continuation lines included", () => {
    const usage = [
      "Usage: mkt x FILE [--out FILE]",
      "",
      "  --out FILE   where to write",
      "               (never overwritten)",
      "  --first W --last W weights",
      "  --path-col, --null-col      column names",
      "",
      "Exit status: 0 done, 1 findings, 2 bad input.",
    ].join("\n");
    const texts = optionTexts(usage);
    expect(Object.fromEntries(texts)).toEqual({
      out: "where to write (never overwritten)",
      first: "weights",
      last: "weights",
      "path-col": "column names",
      "null-col": "column names",
    });
    expect(exitStatus(usage)).toBe("0 done, 1 findings, 2 bad input");
  });
});
