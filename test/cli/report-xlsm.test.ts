import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";
import { openXlsx } from "../../src/ooxml";
import { richWorkbook } from "../fixtures/packages/rich-workbook";
import { readXlsx, recalculate } from "../helpers/libreoffice";

/**
 * `mkt report` on a macro-enabled workbook: the copy is an .xlsm whose every part, the VBA
 * project first, is the input's; `mkt check --out` and `mkt report --out` keep the
 * input's extension.
 */
function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

const dir = mkdtempSync(join(tmpdir(), "mkt-xlsm-"));
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
/** Parts the report may edit: the workbook's lists of sheets and their types, and the styles. */
const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

describe("mkt report on an .xlsm", () => {
  const input = join(dir, "rich.xlsm");
  beforeAll(() => writeFileSync(input, richWorkbook({ vba: true })));

  it("writes NAME-report.xlsm beside it, every part of the input kept, the report sheet first", async () => {
    const io = capture();
    expect(await runCli(["report", input], io)).toBe(0);
    const out = join(dir, "rich-report.xlsm");
    expect(io.stdout).toEqual([out]);
    const before = unzipSync(readFileSync(input));
    const after = unzipSync(readFileSync(out));
    expect(Buffer.from(after["xl/vbaProject.bin"]).equals(Buffer.from(before["xl/vbaProject.bin"]))).toBe(true);
    for (const [name, bytes] of Object.entries(before)) {
      expect(after[name]).toBeDefined();
      if (!EDITED.has(name)) expect([name, Buffer.from(after[name]).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    const text = (name: string) => strFromU8(after[name]);
    // Still a macro-enabled workbook, its VBA project still related and typed.
    expect(text("[Content_Types].xml")).toContain(
      `<Override PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN}"/>`,
    );
    expect(text("[Content_Types].xml")).toContain(
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`,
    );
    for (const m of strFromU8(before["xl/_rels/workbook.xml.rels"]).matchAll(/<Relationship\b[^>]*\/>/g))
      expect(text("xl/_rels/workbook.xml.rels")).toContain(m[0]);
    expect(text("xl/workbook.xml")).toContain(`<definedName name="Spend">'Data'!$B$2:$B$5</definedName>`);
    expect(openXlsx(new Uint8Array(readFileSync(out))).sheetNames).toEqual(["Evaluation report", "Data", "Pivot"]);

    // LibreOffice opens it and sees the same sheets.
    const [converted] = await recalculate([out]);
    const wb = await readXlsx(converted);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Evaluation report", "Data", "Pivot"]);
  }, 240_000);

  it.each([
    [
      "report",
      "rich.xlsm",
      "copy.xlsx",
      /copy\.xlsx: the input .*rich\.xlsm is a macro-enabled workbook .* will not open in Excel\. Name an \.xlsm file/,
    ],
    [
      "check",
      "rich.xlsm",
      "copy.xlsx",
      /copy\.xlsx: the input .*rich\.xlsm is a macro-enabled workbook .* will not open in Excel\. Name an \.xlsm file/,
    ],
    [
      "report",
      "plain.xlsx",
      "copy.xlsm",
      /copy\.xlsm: the input .*plain\.xlsx is a workbook without macros .* saved as \.xlsm it will not open in Excel/,
    ],
    [
      "check",
      "plain.xlsx",
      "copy.xlsm",
      /copy\.xlsm: the input .*plain\.xlsx is a workbook without macros .* saved as \.xlsm it will not open in Excel/,
    ],
    ["check", "rich.xlsm", "copy.csv", /copy\.csv: the input .*rich\.xlsm is a macro-enabled workbook/],
  ])("mkt %s %s --out %s is refused with the reason, nothing written", async (command, name, outName, message) => {
    const file = join(dir, name);
    if (!existsSync(file)) writeFileSync(file, richWorkbook({ vba: name.endsWith(".xlsm") }));
    const out = join(dir, outName);
    const io = capture();
    expect(await runCli([command, file, "--out", out], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("mkt check --out keeps an .xlsm an .xlsm, its macros byte for byte", async () => {
    const out = join(dir, "flagged.xlsm");
    expect(await runCli(["check", input, "--out", out, "--today", "2023-09-01"], capture())).toBe(1);
    const after = unzipSync(readFileSync(out));
    expect(
      Buffer.from(after["xl/vbaProject.bin"]).equals(Buffer.from(unzipSync(readFileSync(input))["xl/vbaProject.bin"])),
    ).toBe(true);
    expect(strFromU8(after["[Content_Types].xml"])).toContain(`ContentType="${MACRO_MAIN}"`);
  });
});
