import { t } from "../../src/i18n/catalog";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { buildTemplatesPlan } from "../../src/core/templates";
import { planToXlsx } from "../../src/xlsx/plan-file";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

const dir = mkdtempSync(join(tmpdir(), "mkt-report-"));

describe("mkt report", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "writes the %s demo's report first, with its chart, and regenerates in place",
    async (lang) => {
      const demo = join(dir, `demo-${lang}.xlsx`);
      writeFileSync(demo, (await planToXlsx(buildDemoPlan(lang))).bytes);
      const out = join(dir, `report-${lang}.xlsx`);
      const io = capture();
      expect(await runCli(["report", demo, "--out", out, "--lang", lang], io)).toBe(0);
      expect(io.stdout).toEqual([out]);
      const wb = await load(out);
      const name = lang === "zh-CN" ? "评估报告" : "Evaluation report";
      expect(wb.worksheets[0].name).toBe(name);
      expect(wb.worksheets).toHaveLength(buildDemoPlan(lang).sheets.length + 1);
      const verdict = String(wb.worksheets[0].getCell("A5").value);
      expect(verdict).toMatch(lang === "zh-CN" ? /3 个目标中 2 个达成基础值/ : /2 of 3 goals reached base/);
      // The demo's own charts are kept byte for byte; the report adds three: ROI by channel
      // (column), the attribution shares (doughnut) and the decay sheet's trend (line).
      const chartsIn = (file: string) => {
        const parts = unzipSync(readFileSync(file));
        return new Map(
          Object.keys(parts)
            .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
            .map((n) => [n, Buffer.from(parts[n]).toString("utf8")]),
        );
      };
      const own = chartsIn(demo);
      const written = chartsIn(out);
      for (const [n, xml] of own) expect(written.get(n)).toBe(xml);
      const added = [...written].filter(([n]) => !own.has(n));
      const kinds = added.map(([, xml]) => (/<c:(\w+Chart)>/.exec(xml) ?? [])[1]);
      expect(kinds.sort()).toEqual(["barChart", "doughnutChart", "lineChart"]);
      const column = wb.worksheets[0].getColumn(1).values.map(String);
      for (const key of ["rpt.quality", "rpt.ab", "rpt.funnel", "rpt.decay", "rpt.attr", "rpt.cohort"] as const)
        expect(column).toContain(t(lang, key));
      // Regenerate on the report file: still one report sheet, first.
      const again = join(dir, `again-${lang}.xlsx`);
      expect(await runCli(["report", out, "--out", again, "--lang", lang], capture())).toBe(0);
      const names = (await load(again)).worksheets.map((w) => w.name);
      expect(names.filter((n) => n === name)).toHaveLength(1);
      expect(names[0]).toBe(name);
      // The previous report's charts went with its sheet.
      expect(chartsIn(again).size).toBe(own.size + 3);
    },
  );

  it("reports on a workbook with only a summary: no channel block, no chart", async () => {
    const file = join(dir, "summary-only.xlsx");
    writeFileSync(
      file,
      (await planToXlsx(buildTemplatesPlan(["evaluation-summary"], { locale: "en-US", sample: true }))).bytes,
    );
    const out = join(dir, "summary-only-report.xlsx");
    expect(await runCli(["report", file, "--out", out], capture())).toBe(0);
    const texts = (await load(out)).worksheets[0].getColumn(1).values.map(String);
    expect(texts).toContain("Goals and KPIs");
    expect(texts).not.toContain("Channels");
    expect(Object.keys(unzipSync(readFileSync(out))).some((n) => n.startsWith("xl/charts/"))).toBe(false);
  });

  it("takes the company's colours from --theme, and refuses a bad theme naming the field", async () => {
    const demo = join(dir, "theme-demo.xlsx");
    writeFileSync(demo, (await planToXlsx(buildDemoPlan("en-US"))).bytes);
    const theme = join(dir, "theme.json");
    writeFileSync(theme, JSON.stringify({ series: ["#7F007F"] }));
    const out = join(dir, "themed.xlsx");
    expect(await runCli(["report", demo, "--out", out, "--theme", theme], capture())).toBe(0);
    const charts = Object.entries(unzipSync(readFileSync(out))).filter(([n]) => n.startsWith("xl/charts/"));
    const themed = charts.filter(([, b]) => new TextDecoder().decode(b).includes('<a:srgbClr val="7F007F"/>'));
    // The report's three charts take the theme; the demo's own charts are left as they were.
    expect(themed).toHaveLength(3);
    writeFileSync(theme, JSON.stringify({ accent: "navy" }));
    const io = capture();
    expect(await runCli(["report", demo, "--out", join(dir, "t2.xlsx"), "--theme", theme], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/--theme .*theme\.json: accent: a colour as "#RRGGBB"/);
    writeFileSync(theme, "{not json");
    const io2 = capture();
    expect(await runCli(["report", demo, "--out", join(dir, "t3.xlsx"), "--theme", theme], io2)).toBe(2);
    expect(io2.stderr.join("\n")).toMatch(/not JSON/);
  });

  it("refuses bad input with exit 2 and one line", async () => {
    const notXlsx = join(dir, "bad.xlsx");
    writeFileSync(notXlsx, "not a zip");
    const io = capture();
    expect(await runCli(["report", notXlsx, "--out", join(dir, "x.xlsx")], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/bad\.xlsx/);
    expect(await runCli(["report", join(dir, "missing.xlsx")], capture())).toBe(2);
    expect(await runCli(["report", notXlsx, "--pdf", join(dir, "x.txt")], capture())).toBe(2);
  });
});
