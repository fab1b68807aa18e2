import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { buildCheckWorkbook, cellSnapshot, PLANTED } from "../xlsx/dirty-workbook";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

let dir: string;
let dirty: string;
let clean: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mkt-check-"));
  dirty = join(dir, "dirty.xlsx");
  clean = join(dir, "clean.xlsx");
  await buildCheckWorkbook({ dirty: true }).xlsx.writeFile(dirty);
  await buildCheckWorkbook({ dirty: false }).xlsx.writeFile(clean);
});

interface Row {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  value: unknown;
  message: string;
}

async function json(args: string[]): Promise<{ code: number; rows: Row[] }> {
  const c = capture();
  const code = await runCli(["check", ...args, "--format", "json", "--today", "2023-09-01"], c.io);
  return { code, rows: JSON.parse(c.out.join("")) as Row[] };
}

describe("mkt check", () => {
  it("finds every planted anomaly at its cell, and nothing else, exit 1", async () => {
    const { code, rows } = await json([dirty]);
    expect(code).toBe(1);
    expect(rows.map((r) => `${r.rule}@${r.sheet}!${r.cell}`).sort()).toEqual([...PLANTED].sort());
    for (const r of rows) expect(Object.keys(r)).toEqual(["rule", "severity", "sheet", "cell", "value", "message"]);
    const missing = rows.find((r) => r.rule === "missing");
    expect(missing).toMatchObject({ value: null, severity: "error" });
    expect(rows.find((r) => r.cell === "E10")).toMatchObject({ value: "1,200" });
  });

  it("is clean on the clean twin: exit 0", async () => {
    const { code, rows } = await json([clean]);
    expect(rows).toEqual([]);
    expect(code).toBe(0);
    const c = capture();
    expect(await runCli(["check", clean, "--today", "2023-09-01"], c.io)).toBe(0);
    expect(c.out.join("\n")).toMatch(/No findings/);
  });

  it("checks one sheet and chosen rules", async () => {
    const { rows } = await json([dirty, "--sheet", "汇总"]);
    expect(rows.map((r) => r.cell)).toEqual(["C2", "C3"]);
    const only = await json([dirty, "--rules", "funnel,types"]);
    expect(new Set(only.rows.map((r) => r.rule))).toEqual(new Set(["funnel", "types"]));
  });

  it("speaks Chinese when asked", async () => {
    const { rows } = await json([dirty, "--sheet", "行动", "--lang", "zh-CN"]);
    expect(rows[0].message).toContain("计划完成时间 2023-08-20 已过");
  });

  it("prints a table with one line per finding", async () => {
    const c = capture();
    expect(await runCli(["check", dirty, "--today", "2023-09-01"], c.io)).toBe(1);
    const text = c.out.join("\n");
    expect(text).toContain("渠道数据!D4");
    expect(text).toContain(`${PLANTED.length} findings.`);
  });

  it.each([
    [["check", "NOPE.xlsx"], /NOPE\.xlsx: no such file/],
    [["check", "__SELF__", "--sheet", "Nope"], /no sheet named "Nope"/],
    [["check", "__SELF__", "--rules", "spelling"], /unknown rule "spelling"/],
    [["check", "__SELF__", "--format", "xml"], /--format must be table or json/],
    [["check", "__SELF__", "--today", "2023-02-30"], /--today must be a date/],
    [["check"], /which workbook/],
  ])("bad input %j: exit 2 with one line", async (argv, message) => {
    const c = capture();
    const args = argv.map((a) => (a === "__SELF__" ? dirty : a));
    expect(await runCli(args, c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).not.toContain("\n");
    expect(c.err[0]).toMatch(message);
  });

  it("a file that is not a workbook: exit 2", async () => {
    const text = join(dir, "notes.xlsx");
    await writeFile(text, "just some text");
    const c = capture();
    expect(await runCli(["check", text], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/notes\.xlsx: not an \.xlsx workbook/);
  });

  it("bad settings: exit 2 naming the field", async () => {
    const settings = join(dir, "settings.json");
    await writeFile(settings, JSON.stringify({ crossSource: { tolerance: -1 } }));
    const c = capture();
    expect(await runCli(["check", dirty, "--settings", settings], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/crossSource\.tolerance/);
  });

  it("honours settings: a wider tolerance drops the cross-source finding", async () => {
    const settings = join(dir, "wide.json");
    await writeFile(settings, JSON.stringify({ crossSource: { tolerance: 0.2 } }));
    const { rows } = await json([dirty, "--settings", settings]);
    expect(rows.some((r) => r.rule === "crossSource")).toBe(false);
    expect(rows).toHaveLength(PLANTED.length - 1);
  });

  it("writes a flagged copy: same values and formulas, input untouched, flags in place", async () => {
    const before = createHash("sha256")
      .update(await readFile(dirty))
      .digest("hex");
    const out = join(dir, "flagged.xlsx");
    const c = capture();
    expect(await runCli(["check", dirty, "--out", out, "--today", "2023-09-01"], c.io)).toBe(1);
    expect(
      createHash("sha256")
        .update(await readFile(dirty))
        .digest("hex"),
    ).toBe(before);
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(dirty);
    const flagged = new ExcelJS.Workbook();
    await flagged.xlsx.readFile(out);
    const names = input.worksheets.map((w) => w.name);
    expect(cellSnapshot(flagged, names)).toEqual(cellSnapshot(input, names));
    const ws = flagged.getWorksheet("渠道数据")!;
    expect(ws.getCell("D4").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(String(ws.getCell("D4").note)).toContain("[Campaign Scorecard]");
    expect(String(ws.getCell("F6").note)).toMatch(/^checked by Li \(F6\)\n\n\[Campaign Scorecard\]/);
    expect(ws.getCell("A2").fill).toMatchObject({ fgColor: { argb: "FF92D050" } });
    expect(
      ws.getCell("A3").fill?.type === "pattern" ? (ws.getCell("A3").fill as ExcelJS.FillPattern).pattern : "none",
    ).not.toBe("solid");
    expect(flagged.getWorksheet("Data checks")).toBeDefined();
  });

  it("says on stderr when a rule stopped at its cap", async () => {
    const settings = join(dir, "cap.json");
    await writeFile(settings, JSON.stringify({ maxFindingsPerRule: 1 }));
    const c = capture();
    expect(
      await runCli(["check", dirty, "--settings", settings, "--format", "json", "--today", "2023-09-01"], c.io),
    ).toBe(1);
    expect(c.err.join("\n")).toMatch(/渠道数据: rule outliers stopped at 1 findings/);
    expect((JSON.parse(c.out.join("")) as unknown[]).length).toBeLessThan(PLANTED.length);
  });

  it("refuses to write the copy over its input", async () => {
    const c = capture();
    expect(await runCli(["check", dirty, "--out", dirty], c.io)).toBe(2);
  });
});
