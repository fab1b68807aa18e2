import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { column, FIXTURES, PATHS_FILE, readFixture } from "../core/attribution/fixture";
import { callFunction, range as cells, type CellInput } from "../functions/excel-model";
import { mkt } from "../helpers/mkt";

const DATA = resolve(FIXTURES, PATHS_FILE);

interface JsonResult {
  model: string;
  channels: { channel: string; conversions: number; value: number | null; share: number }[];
}

describe("mkt attribute", () => {
  const tmp = mkdtempSync(join(tmpdir(), "mkt-attribute-"));

  it("prints JSON that matches ChannelAttribution's linear touch to 1e-9", async () => {
    const { code, out } = await mkt("attribute", DATA, "--model", "linear", "--format", "json");
    expect(code).toBe(0);
    const result = JSON.parse(out) as JsonResult;
    expect(result.model).toBe("linear");
    const expected = readFixture("expected_heuristic.csv");
    const names = column(expected, "channel_name") as string[];
    const want = column(expected, "linear_touch_conversions") as number[];
    names.forEach((name, i) => {
      const got = result.channels.find((c) => c.channel === name);
      expect(Math.abs((got?.conversions ?? NaN) - want[i]) / want[i]).toBeLessThan(1e-9);
    });
  });

  it.each(["first", "last", "linear", "position", "time_decay", "markov", "shapley"])(
    "gives the same numbers as MKT.ATTRIBUTE for %s",
    async (model) => {
      const { out } = await mkt("attribute", DATA, "--model", model, "--format", "json", "--repeats", "collapse");
      const cli = (JSON.parse(out) as JsonResult).channels.map((c) => [c.channel, c.conversions, c.value, c.share]);
      const data = readFixture(PATHS_FILE);
      const range = (name: string) => cells(column(data, name).map((v) => [v as CellInput]));
      const table = await callFunction(
        "MKT.ATTRIBUTE",
        range("path"),
        range("total_conversions"),
        model,
        range("total_conversion_value"),
        range("total_null"),
        "repeats=collapse",
      );
      expect(Array.isArray(table) && table.slice(1)).toEqual(cli);
    },
  );

  it("reads .xlsx with other column names, and ; or , CSV alike", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Journeys");
    sheet.addRow(["Route", "Sales", "Revenue"]);
    sheet.addRow(["搜索 > 邮件", 3, 30]);
    sheet.addRow([{ richText: [{ text: "邮件" }] }, { formula: "1+1", result: 2 }, 20]);
    const xlsx = join(tmp, "paths.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const flags = [
      "--path-col",
      "Route",
      "--conversions-col",
      "Sales",
      "--value-col",
      "Revenue",
      "--model",
      "last",
      "--format",
      "csv",
    ];
    const fromXlsx = await mkt("attribute", xlsx, ...flags);
    expect(fromXlsx).toEqual({ code: 0, err: "", out: "channel,conversions,value,share\n邮件,5,50,1\n搜索,0,0,0\n" });
    const csv = join(tmp, "paths.csv");
    writeFileSync(csv, 'Route,Sales,Revenue\n"搜索 > 邮件",3,30\n邮件,2,20\n');
    expect(await mkt("attribute", csv, ...flags)).toEqual(fromXlsx);
  });

  it("reads touch rows", async () => {
    const csv = join(tmp, "touches.csv");
    writeFileSync(
      csv,
      "journey_id;timestamp;channel;conversion\nu1;2026-01-01;search;0\nu1;2026-01-02;email;1\nu2;2026-01-01;email;0\n",
    );
    const { code, out } = await mkt("attribute", csv, "--model", "first", "--format", "json");
    expect(code).toBe(0);
    expect((JSON.parse(out) as JsonResult).channels).toEqual([
      { channel: "search", conversions: 1, value: null, share: 1 },
      { channel: "email", conversions: 0, value: null, share: 0 },
    ]);
  });

  it("prints a table with a localised header", async () => {
    const { out } = await mkt("attribute", DATA, "--model", "first", "--lang", "zh-CN");
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^渠道\s+转化\s+价值\s+占比$/);
    const expected = readFixture("expected_heuristic.csv");
    const first = column(expected, "first_touch_conversions") as number[];
    const top = first.indexOf(Math.max(...first));
    const total = first.reduce((s, x) => s + x, 0);
    const [name, conv, value, share] = lines[1].split(/\s+/);
    expect(name).toBe(column(expected, "channel_name")[top]);
    expect(conv).toBe(first[top].toFixed(4));
    expect(value).toBe((column(expected, "first_touch_value")[top] as number).toFixed(4));
    expect(share).toBe(`${((first[top] / total) * 100).toFixed(2)}%`);
    expect(lines).toHaveLength(expected.rows.length + 1);
  });

  it.each([
    [["attribute", DATA], "mkt attribute: --model is required"],
    [
      ["attribute", DATA, "--model", "magic"],
      'mkt attribute: model must be one of first, last, linear, position, time_decay, markov, shapley, not "magic"',
    ],
    [["attribute", DATA, "--model", "markov", "--order", "9"], "mkt attribute: --order: Too big"],
    [["attribute", DATA, "--model", "markov", "--repeats", "some"], "mkt attribute: --repeats:"],
    [
      ["attribute", DATA, "--model", "linear", "--format", "xml"],
      'mkt attribute: --format must be table, csv or json, not "xml"',
    ],
    [["attribute", DATA, "--model", "linear", "--colour"], "mkt attribute: unknown option --colour"],
    [["attribute", "missing.csv", "--model", "linear"], "mkt attribute: missing.csv: no such file"],
    [["attribute", "--model", "linear"], "mkt attribute: FILE is missing"],
  ])("exits 2 with one line for %j", async (args, message) => {
    const { code, err, out } = await mkt(...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(err.slice(0, message.length)).toBe(message);
  });

  it("exits 2 with one line for a file that is not a workbook, or has no usable columns", async () => {
    const fake = join(tmp, "fake.xlsx");
    writeFileSync(fake, "not a zip\nat all");
    const broken = await mkt("attribute", fake, "--model", "linear");
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^mkt attribute: .*fake\.xlsx: not an \.xlsx workbook \(.*\)\n$/);
    const empty = join(tmp, "empty.csv");
    writeFileSync(empty, "");
    const none = await mkt("attribute", empty, "--model", "linear");
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      `mkt attribute: ${empty} has no column "path" (paths) nor "journey_id" (touch rows); its columns: \n`,
    );
  });

  it("names the file row and column of bad data", async () => {
    const csv = join(tmp, "bad.csv");
    writeFileSync(csv, "path;total_conversions\na > b;1\nb;-4\n");
    const { code, err } = await mkt("attribute", csv, "--model", "linear");
    expect(code).toBe(2);
    expect(err).toBe(`mkt attribute: ${csv}: total_conversions is negative (-4) at row 3, column 2\n`);
  });

  it("runs as the compiled bin in a child process", () => {
    const root = resolve(__dirname, "../..");
    // Emits even when another module has a type error; this test is about the bin.
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { cwd: root });
    const bin = join(root, "dist/lib/cli/main.js");
    const ok = spawnSync(process.execPath, [bin, "attribute", DATA, "--model", "markov", "--format", "json"], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    const markov = readFixture("expected_markov_order1_exact.csv");
    const channels = (JSON.parse(ok.stdout) as JsonResult).channels;
    column(markov, "channel_name").forEach((name, i) =>
      expect(channels.find((c) => c.channel === name)?.conversions).toBeCloseTo(
        column(markov, "total_conversions")[i] as number,
        8,
      ),
    );
    const bad = spawnSync(process.execPath, [bin, "attribute", DATA, "--model", "nope"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });
});
