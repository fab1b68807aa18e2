import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";

/** `--theme FILE.json` on scaffold and demo: the same reader and the same messages as on report. */
function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined);

const dir = mkdtempSync(join(tmpdir(), "mkt-theme-"));
const themeFile = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const BRAND = themeFile(
  "brand.json",
  JSON.stringify({
    header: { fill: "#0B6E4F", font: "#FFFFF0" },
    good: { fill: "#D0F0E0", font: "#004020" },
    series: ["#7F007F", "#F4A259"],
  }),
);

describe("--theme on scaffold and demo", () => {
  it("scaffold writes the header rows and level tones in the theme's colours", async () => {
    const out = join(dir, "themed.xlsx");
    const plain = join(dir, "plain.xlsx");
    expect(
      await runCli(["scaffold", "evaluation-summary", "--sample", "--theme", BRAND, "--out", out], capture()),
    ).toBe(0);
    expect(await runCli(["scaffold", "evaluation-summary", "--sample", "--out", plain], capture())).toBe(0);
    const themed = (await workbook(out)).worksheets[0];
    const before = (await workbook(plain)).worksheets[0];
    expect(fillOf(themed.getCell("A1"))).toBe("FF0B6E4F");
    expect(themed.getCell("A1").font?.color?.argb).toBe("FFFFFFF0");
    expect(fillOf(before.getCell("A1"))).toBe("FF1F4E78");
    const dxfFills = (ws: ExcelJS.Worksheet) =>
      JSON.stringify((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings);
    expect(dxfFills(themed)).toContain("D0F0E0");
    expect(dxfFills(before)).not.toContain("D0F0E0");
  });

  it("demo writes every sheet's header and every chart's series in the theme's colours", async () => {
    const io = capture();
    const out = join(dir, "demo.xlsx");
    expect(await runCli(["demo", "--theme", BRAND, "--out", out], io)).toBe(0);
    const wb = await workbook(out);
    expect(wb.worksheets.length).toBeGreaterThan(10);
    for (const ws of wb.worksheets) expect([ws.name, fillOf(ws.getCell("A1"))]).toEqual([ws.name, "FF0B6E4F"]);
    const charts = Object.entries(unzipSync(new Uint8Array(readFileSync(out)))).filter(([name]) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name),
    );
    expect(charts.length).toBe(5); // funnel, decay, natural growth, attribution, campaign monitor
    for (const [name, bytes] of charts)
      expect([name, new TextDecoder().decode(bytes).includes('<a:srgbClr val="7F007F"/>')]).toEqual([name, true]);
  });

  it.each([
    ["scaffold", ["scaffold", "all"]],
    ["demo", ["demo"]],
  ])("%s refuses a bad theme with exit 2, naming the file and the field, and writes nothing", async (_, args) => {
    const cases: [string, RegExp][] = [
      [themeFile("wrong.json", JSON.stringify({ series: ["#000000", "red"] })), /: series\.1: a colour as "#RRGGBB"$/],
      [themeFile("tone.json", JSON.stringify({ bad: { fill: "#FFFFFF" } })), /: bad\.font: /],
      [themeFile("extra.json", JSON.stringify({ headr: { fill: "#FFFFFF" } })), /headr/],
      [themeFile("broken.json", "{not json"), /: not JSON/],
      [join(dir, "missing.json"), /: no such file$/],
    ];
    for (const [file, message] of cases) {
      const io = capture();
      const out = join(dir, `refused-${args[0]}.xlsx`);
      expect(await runCli([...args, "--theme", file, "--out", out], io)).toBe(2);
      expect(io.stderr.join("\n")).toContain(`--theme ${file}`);
      expect(io.stderr.join("\n")).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });
});
