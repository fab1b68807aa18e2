import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCheckWorkbook } from "../xlsx/dirty-workbook";
import { checkOut, writeOut } from "../../src/cli/out-file";
import { mkt } from "../helpers/mkt";

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

let dir: string;
let input: string;
let inputHash: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mkt-out-"));
  input = join(dir, "dirty.xlsx");
  await buildCheckWorkbook({ dirty: true }).xlsx.writeFile(input);
  inputHash = hash(input);
});

/** Each command that writes, with the rest of a call that would succeed, given an --out. */
const WRITERS: Record<string, (out: string) => string[]> = {
  check: (out) => ["check", input, "--today", "2023-09-01", "--out", out],
  scaffold: (out) => ["scaffold", "metric-matrix", "--out", out],
  demo: (out) => ["demo", "--out", out],
};

/** A refusal: exit 2, nothing on stdout, one line on stderr matching `message`. */
async function expectRefusal(args: string[], message: RegExp): Promise<void> {
  const { code, out, err } = await mkt(...args);
  expect({ code, out }).toEqual({ code: 2, out: "" });
  expect(err.split("\n").filter(Boolean)).toHaveLength(1);
  expect(err).toMatch(message);
}

describe("--out never loses anything", () => {
  it.each(Object.keys(WRITERS))("%s never overwrites an existing file without --force", async (name) => {
    const out = join(dir, `${name}-precious.xlsx`);
    writeFileSync(out, "precious");
    await expectRefusal(WRITERS[name](out), /precious\.xlsx exists; use --force to overwrite it$/m);
    expect(readFileSync(out, "utf8")).toBe("precious");
    const forced = await mkt(...WRITERS[name](out), "--force");
    expect(forced.code).not.toBe(2);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it.each(Object.keys(WRITERS))("%s refuses a missing folder with one line, and creates none", async (name) => {
    const missing = join(dir, `no-such-folder-${name}`);
    await expectRefusal(WRITERS[name](join(missing, "out.xlsx")), /the folder .*no-such-folder-\w+ does not exist/);
    expect(existsSync(missing)).toBe(false);
  });

  it.each([
    ["the input itself", () => input],
    ["a symbolic link to the input", () => symlink(input, "link.xlsx")],
    ["a hard link to the input", () => hardlink(input, "hard.xlsx")],
    ["a path through ..", () => `${dir}/sub/../dirty.xlsx`],
    ["a link to the input's folder", () => join(symlink(dir, "folder-link"), "dirty.xlsx")],
  ])("check refuses %s as --out, even with --force, input unchanged", async (_, make) => {
    const out = make();
    for (const force of [[], ["--force"]]) {
      await expectRefusal(
        [...WRITERS.check(out), ...force],
        /is the input .*dirty\.xlsx itself: the input is never modified/,
      );
      expect(hash(input)).toBe(inputHash);
    }
  });

  it("with --force replaces a link at --out, not the file it points to", async () => {
    const other = join(dir, "other.xlsx");
    writeFileSync(other, "someone else's");
    const out = symlink(other, "points-elsewhere.xlsx");
    const { code } = await mkt(...WRITERS.scaffold(out), "--force");
    expect(code).toBe(0);
    expect(readFileSync(other, "utf8")).toBe("someone else's");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("refuses a link to a missing file and a folder as --out", async () => {
    const dangling = symlink(join(dir, "gone.xlsx"), "dangling.xlsx");
    await expectRefusal(WRITERS.check(dangling), /is a link to a missing file/);
    expect(existsSync(join(dir, "gone.xlsx"))).toBe(false);
  });
});

describe("writeOut from a stream", () => {
  async function* failing(): AsyncGenerator<string> {
    yield "path,total_conversions\n";
    throw new Error("the source failed half-way");
  }

  it("writes the parts as they come, and removes a new file left half-written", async () => {
    const whole = join(dir, "streamed.csv");
    const parts = async function* (): AsyncGenerator<string> {
      yield "a\n";
      yield "b\n";
    };
    await writeOut(await checkOut(whole, { force: false }), parts());
    expect(readFileSync(whole, "utf8")).toBe("a\nb\n");

    const half = join(dir, "half.csv");
    await expect(writeOut(await checkOut(half, { force: false }), failing())).rejects.toThrow();
    expect(existsSync(half)).toBe(false);
  });

  it("with --force keeps the old file when the new one fails half-way", async () => {
    const old = join(dir, "kept.csv");
    writeFileSync(old, "old\n");
    await expect(writeOut(await checkOut(old, { force: true }), failing())).rejects.toThrow();
    expect(readFileSync(old, "utf8")).toBe("old\n");
  });
});

function symlink(target: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) symlinkSync(target, path);
  return path;
}

function hardlink(target: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) linkSync(target, path);
  return path;
}
