#!/usr/bin/env node
/*
 * Writes the generated pages of docs/ from the build: docs/functions.md and
 * docs/zh-CN/functions.md from dist/functions.json and dist/functions.zh-CN.json (with
 * src/functions/reference/examples.json), docs/cli.md from the command definitions
 * compiled into dist/lib. Run after `npm run build`; test/docs/generated.test.ts fails
 * while a committed page differs from what this writes.
 */
const { existsSync, readFileSync, writeFileSync } = require("node:fs");
const { resolve } = require("node:path");
const { buildReference, renderMarkdown } = require("../build/functions-reference");

const root = resolve(__dirname, "..");
const need = [
  "dist/functions.json",
  "dist/functions.zh-CN.json",
  "dist/lib/cli/commands.js",
  "dist/lib/cli/reference.js",
];
const missing = need.filter((f) => !existsSync(resolve(root, f)));
if (missing.length > 0) {
  process.stderr.write(`npm run docs: ${missing.join(", ")} missing; run npm run build first\n`);
  process.exit(2);
}
const read = (f) => JSON.parse(readFileSync(resolve(root, f), "utf8"));
const { reference, errors } = buildReference(
  read("dist/functions.json"),
  read("dist/functions.zh-CN.json"),
  read("src/functions/reference/examples.json"),
);
if (errors.length > 0) {
  process.stderr.write(`npm run docs: ${errors.join("\n")}\n`);
  process.exit(1);
}
const { loadCommands } = require(resolve(root, "dist/lib/cli/commands.js"));
const { cliReferenceMarkdown } = require(resolve(root, "dist/lib/cli/reference.js"));
loadCommands().then((commands) => {
  const pages = {
    "docs/functions.md": renderMarkdown(reference, "en-US"),
    "docs/zh-CN/functions.md": renderMarkdown(reference, "zh-CN"),
    "docs/cli.md": cliReferenceMarkdown(commands),
  };
  for (const [file, text] of Object.entries(pages)) {
    writeFileSync(resolve(root, file), text);
    process.stdout.write(`${file}\n`);
  }
});
