import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCommandArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/io";
import { mkt } from "../helpers/mkt";

const dir = mkdtempSync(join(tmpdir(), "mkt-args-"));
const paths = join(dir, "paths.csv");
writeFileSync(paths, "Path;Total Conversions;Revenue\nsearch > email;3;30\nemail;1;10\n");

/** A call of each command that would run, given the rest of its arguments. */
const COMMANDS: Record<string, string[]> = {
  attribute: ["attribute", paths, "--model", "last"],
  check: ["check", join(dir, "none.xlsx")],
  scaffold: ["scaffold", "all", "--out", join(dir, "s.xlsx")],
  demo: ["demo", "--out", join(dir, "d.xlsx")],
  abtest: ["abtest", "--control", "200/1000", "--variant", "250/1000"],
  samplesize: ["samplesize", "--baseline", "0.2", "--mde", "0.02"],
};

describe("one argument parser for every mkt command", () => {
  it.each(Object.keys(COMMANDS))("%s refuses --lang fr-FR with exit 2 and one line", async (name) => {
    const { code, out, err } = await mkt(...COMMANDS[name], "--lang", "fr-FR");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`mkt ${name}: --lang must be en-US or zh-CN, not "fr-FR"\n`);
  });

  it.each(Object.keys(COMMANDS))("%s answers --help and -h with its usage, exit 0", async (name) => {
    for (const flag of ["--help", "-h"]) {
      const { code, out, err } = await mkt(name, flag);
      expect(code).toBe(0);
      expect(err).toBe("");
      expect(out).toMatch(new RegExp(`^Usage: mkt ${name} `));
      expect(out).toMatch(/--lang/);
    }
  });

  it.each(Object.keys(COMMANDS))("%s names an unknown option and a missing value the same way", async (name) => {
    const unknown = await mkt(...COMMANDS[name], "--colour");
    expect(unknown).toEqual({ code: 2, out: "", err: `mkt ${name}: unknown option --colour\n` });
    const missing = await mkt(...COMMANDS[name], "--lang");
    expect(missing).toEqual({ code: 2, out: "", err: `mkt ${name}: --lang needs a value\n` });
  });

  it("takes --flag=value and --flag value alike, and refuses a value on a switch", () => {
    const options = { out: { type: "string" }, force: { type: "boolean", default: false } } as const;
    const a = parseCommandArgs(["x", "--out=a.xlsx", "--lang", "zh-CN"], options);
    expect(a).toEqual({ values: { out: "a.xlsx", force: false, lang: "zh-CN" }, positionals: ["x"], lang: "zh-CN" });
    expect(parseCommandArgs(["--out", "b.xlsx"], options).lang).toBe("en-US");
    expect(() => parseCommandArgs(["--force=yes"], options)).toThrow(new UsageError("--force takes no value"));
    expect(() => parseCommandArgs(["--out", "--force"], options)).toThrow(new UsageError("--out needs a value"));
  });
});

describe("column names on the command line match as in the task pane", () => {
  it("recognises Path / Total Conversions / Revenue headers without options", async () => {
    const { code, out } = await mkt(...COMMANDS.attribute, "--format", "json");
    expect(code).toBe(0);
    const result = JSON.parse(out) as { channels: { channel: string; conversions: number; value: number }[] };
    expect(result.channels).toEqual([
      { channel: "email", conversions: 4, value: 40, share: 1 },
      { channel: "search", conversions: 0, value: 0, share: 0 },
    ]);
  });

  it("matches --path-col regardless of case, spaces and hyphens", async () => {
    const csv = join(dir, "route.csv");
    writeFileSync(csv, "Route Name,Sales\nsearch > email,3\n");
    const json = async (...cols: string[]) =>
      (await mkt("attribute", csv, "--model", "first", "--format", "json", ...cols)).out;
    const exact = await json("--path-col", "Route Name", "--conversions-col", "Sales");
    expect(exact).toContain('"channel":"search","conversions":3');
    expect(await json("--path-col", "route-name", "--conversions-col", "SALES")).toBe(exact);
    const wrong = await mkt("attribute", csv, "--model", "first", "--path-col", "Routes", "--conversions-col", "Sales");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe(
      `mkt attribute: ${csv} has no column "Routes" (--path-col); its columns: Route Name, Sales\n`,
    );
  });

  it("recognises touch-row headers in Chinese, and a journey column is not taken for paths", async () => {
    const zh = join(dir, "touches-zh.csv");
    writeFileSync(zh, "用户ID,时间,渠道,是否转化\nu1,2026-01-01,搜索,0\nu1,2026-01-02,邮件,1\n");
    const en = join(dir, "touches-en.csv");
    writeFileSync(en, "Journey,Time,Channel,Converted\nu1,2026-01-01,search,0\nu1,2026-01-02,email,1\n");
    for (const [file, first] of [
      [zh, "搜索"],
      [en, "search"],
    ]) {
      const { code, out, err } = await mkt("attribute", file, "--model", "first", "--format", "json");
      expect(err).toBe("");
      expect(code).toBe(0);
      expect((JSON.parse(out) as { channels: { channel: string; conversions: number }[] }).channels[0]).toMatchObject({
        channel: first,
        conversions: 1,
      });
    }
  });
});
