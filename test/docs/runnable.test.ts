import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { fences, markdownPages, readPage, root, type CodeBlock } from "./markdown";

/**
 * Every fenced block marked runnable (```bash runnable) in README*.md and docs/ is run, and
 * must exit 0. Such a block holds only `mkt …` and `npm run …` commands (and # comments),
 * never `npm test` or `npm ci`. A transcript (```console runnable) holds commands after `$ `
 * and the output each must print: line for line, `…` standing for anything (lines, or the
 * rest of a line), so the figures a page shows are the figures the command gives. The blocks run in order, in a scratch copy of the project:
 * the sources and node_modules linked, package.json and the tsconfig files copied, its own
 * dist/ (so `npm run demo` rebuilds nothing the other tests read), the demo workbook written
 * first; `mkt` is the command line this build made (dist/lib/cli/main.js).
 */

const MARK = /^(bash|sh|console)\s+runnable$/;
const blocks: CodeBlock[] = markdownPages()
  .flatMap((p) => fences(readPage(p)))
  .filter((b) => MARK.test(b.info));
const where = (b: CodeBlock) => `${b.page}:${b.line}`;

const isTranscript = (b: CodeBlock) => b.info.startsWith("console");

function commandsOf(block: CodeBlock): string[] {
  const lines = block.content.split("\n").map((l) => l.trim());
  if (isTranscript(block)) return lines.filter((l) => l.startsWith("$ ")).map((l) => l.slice(2));
  return lines.filter((l) => l !== "" && !l.startsWith("#"));
}

/** A transcript's steps: each command with the output shown under it. */
function transcript(block: CodeBlock): { command: string; expected: string }[] {
  const steps: { command: string; lines: string[] }[] = [];
  for (const line of block.content.replace(/\n$/, "").split("\n")) {
    if (line.startsWith("$ ")) steps.push({ command: line.slice(2), lines: [] });
    else steps[steps.length - 1]?.lines.push(line);
  }
  return steps.map((s) => ({ command: s.command, expected: s.lines.join("\n").trimEnd() }));
}

/** The expected output as a pattern: literal text, `…` matching anything. */
function outputPattern(expected: string): RegExp {
  const parts = expected.split("…").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*?")}$`);
}

function run(script: string) {
  return spawnSync("bash", ["-e", "-o", "pipefail", "-c", script], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, PATH: `${join(scratch, ".bin")}:${process.env.PATH ?? ""}` },
    timeout: 240_000,
  });
}

let scratch = "";

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "mkt-docs-run-"));
  for (const name of ["src", "test", "build", "assets", "node_modules"])
    symlinkSync(resolve(root, name), join(scratch, name));
  for (const name of ["package.json", "tsconfig.json", "tsconfig.lib.json"])
    copyFileSync(resolve(root, name), join(scratch, name));
  const bin = join(scratch, ".bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "mkt"), `#!/bin/sh\nexec node "${resolve(root, "dist/lib/cli/main.js")}" "$@"\n`, {
    mode: 0o755,
  });
  mkdirSync(join(scratch, "dist/demo"), { recursive: true });
  const demo = spawnSync(
    "node",
    [resolve(root, "dist/lib/cli/main.js"), "demo", "--out", "dist/demo/campaign-scorecard-demo.xlsx", "--force"],
    { cwd: scratch, encoding: "utf8" },
  );
  expect(demo.status).toBe(0);
});

describe("runnable commands in the docs", () => {
  it("are marked in the front pages and the guides", () => {
    expect(blocks.filter((b) => b.page === "README.md").length).toBeGreaterThan(0);
    expect(blocks.length).toBeGreaterThan(4);
  });

  it.each(blocks.map((b) => [where(b), b] as const))("%s holds only mkt and npm run commands", (_w, block) => {
    const commands = commandsOf(block);
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) {
      expect(c).toMatch(/^(mkt|npm run) /);
      expect(c).not.toMatch(/\bnpm (test|ci|install)\b/);
    }
  });

  it.each(blocks.map((b) => [where(b), b] as const))(
    "%s exits 0, printing what the page shows",
    (_w, block) => {
      expect(existsSync(join(scratch, ".bin/mkt"))).toBe(true);
      const steps = isTranscript(block) ? transcript(block) : [{ command: block.content, expected: undefined }];
      for (const step of steps) {
        const result = run(step.command);
        if (result.status !== 0)
          throw new Error(
            `${where(block)}: ${step.command.trim()} exited ${result.status}:\n${result.stderr.slice(-2000)}`,
          );
        if (step.expected !== undefined) expect(result.stdout.trimEnd()).toMatch(outputPattern(step.expected));
      }
    },
    300_000,
  );
});
