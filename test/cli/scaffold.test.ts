import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { freeFilePath } from "../../src/cli/commands/xlsx-out";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";
import { TEMPLATE_IDS } from "../../src/core/templates";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

async function sheetsOf(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const dir = mkdtempSync(join(tmpdir(), "mkt-scaffold-"));

describe("mkt scaffold", () => {
  it("writes the named templates in the chosen language, with sample rows", async () => {
    const io = capture();
    const out = join(dir, "two.xlsx");
    const code = await runCli(
      ["scaffold", "evaluation-summary", "channel-efficiency", "--lang", "zh-CN", "--sample", "--out", out],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout.join("\n")).toContain(out);
    const wb = await sheetsOf(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["效果评估分析汇总表", "渠道效能分析表"]);
    expect(wb.getWorksheet("效果评估分析汇总表")!.getCell("A2").value).toBe("新增付费用户数");
    expect(wb.getWorksheet("效果评估分析汇总表")!.getCell("H2").formula).toMatch(/^IF\(/);
  });
  it("writes the appraisal with its sample rows, formulas and the panel beside the table", async () => {
    const out = join(dir, "appraisal.xlsx");
    expect(await runCli(["scaffold", "appraisal", "--lang", "zh-CN", "--sample", "--out", out], capture())).toBe(0);
    const ws = (await sheetsOf(out)).getWorksheet("绩效考核表")!;
    expect(ws.getCell("A1").value).toBe("人员/团队");
    expect(ws.getCell("A2").value).toBe("李娜");
    expect(ws.getCell("W2").formula).toMatch(/_xlfn\.RANK\.EQ\(/);
    expect(ws.getCell("AA1").value).toBeNull();
    expect(ws.getCell("AA2").value).toMatch(/^奖金阶梯/);
    expect([ws.getCell("AA4").value, ws.getCell("AB4").value]).toEqual([0.8, 1]);
  });
  it("writes every template for all, without samples by default", async () => {
    const out = join(dir, "all.xlsx");
    expect(await runCli(["scaffold", "all", "--out", out], capture())).toBe(0);
    const wb = await sheetsOf(out);
    expect(wb.worksheets).toHaveLength(TEMPLATE_IDS.length);
    expect(wb.getWorksheet("Evaluation summary")!.getCell("A2").value).toBeNull();
  });
  it("rejects an unknown template with one line listing the valid ids (exit 2)", async () => {
    const io = capture();
    const out = join(dir, "bad.xlsx");
    expect(await runCli(["scaffold", "evaluation-sumary", "--out", out], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0].split("\n")).toHaveLength(1);
    for (const id of TEMPLATE_IDS) expect(io.stderr[0]).toContain(id);
    expect(() => statSync(out)).toThrow();
  });
  it("never overwrites --out unless --force", async () => {
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "precious");
    const io = capture();
    expect(await runCli(["scaffold", "metric-matrix", "--out", out], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/exists; use --force/);
    expect(readFileSync(out, "utf8")).toBe("precious");
    expect(await runCli(["scaffold", "metric-matrix", "--out", out, "--force"], capture())).toBe(0);
    expect((await sheetsOf(out)).worksheets.map((w) => w.name)).toEqual(["Metric matrix"]);
  });
  it.each([
    [["scaffold", "all"], /--out/],
    [["scaffold", "--out", "x.xlsx"], /at least one template/],
    [["scaffold", "all", "--out", "x.xlsx", "--lang", "fr"], /--lang must be/],
    [["scaffold", "all", "--out", "x.csv"], /must end in \.xlsx/],
    [["scaffold", "all", "--out"], /--out needs a value/],
    [["scaffold", "all", "--bogus", "--out", "x.xlsx"], /unknown option --bogus/],
  ])("bad input %j is exit 2 with one line", async (args, message) => {
    const io = capture();
    expect(await runCli(args, io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(message);
  });
});

describe("mkt demo", () => {
  it("writes the complete sample workbook and prints its path", async () => {
    const io = capture();
    const out = join(dir, "demo.xlsx");
    expect(await runCli(["demo", "--out", out, "--lang", "zh-CN"], io)).toBe(0);
    expect(io.stdout).toEqual([out]);
    const wb = await sheetsOf(out);
    expect(wb.worksheets).toHaveLength(TEMPLATE_IDS.length + 1);
    const appraisal = wb.getWorksheet("绩效考核表")!;
    const roles = new Set<unknown>();
    for (let r = 2; appraisal.getCell(`A${r}`).value; r++) roles.add(appraisal.getCell(`B${r}`).value);
    expect([...roles]).toEqual(["策划", "执行", "数据分析", "销售部", "客服部"]);
    // The analysis sheets with their sample rows: the funnel's first stage, the decay's first day, the first order.
    expect(wb.getWorksheet("漏斗分析表")!.getCell("A2").value).toBe("广告曝光");
    expect(wb.getWorksheet("活动衰减曲线")!.getCell("B2").value).toBe(1200);
    expect(wb.getWorksheet("留存与复购")!.getCell("A2").value).toBe("C01");
    const attribution = wb.getWorksheet("归因分析")!;
    expect(attribution.getCell("A1").value).toBe("转化路径");
    // Every model hands out all conversions of the paths, no more, no less.
    let pathTotal = 0;
    for (let r = 2; typeof attribution.getCell(`B${r}`).value === "number"; r++)
      pathTotal += attribution.getCell(`B${r}`).value as number;
    for (const col of ["F", "G", "H", "I"]) {
      let credited = 0;
      for (let r = 2; typeof attribution.getCell(`${col}${r}`).value === "number"; r++)
        credited += attribution.getCell(`${col}${r}`).value as number;
      expect(credited).toBeCloseTo(pathTotal, 9);
    }
    expect(attribution.getCell("E1").note).toBeDefined();
  });
  it("picks a free default name instead of overwriting", () => {
    const taken = join(dir, "campaign-scorecard-demo.xlsx");
    writeFileSync(taken, "x");
    expect(freeFilePath(taken)).toBe(join(dir, "campaign-scorecard-demo (2).xlsx"));
    expect(freeFilePath(join(dir, "free.xlsx"))).toBe(join(dir, "free.xlsx"));
  });
});
