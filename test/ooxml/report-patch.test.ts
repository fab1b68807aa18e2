import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { runCli } from "../../src/cli/run";
import type { CliIO } from "../../src/cli/io";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { openXlsx } from "../../src/ooxml";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { computed, readXlsx, recalculate } from "../helpers/libreoffice";
import { richWorkbook, richWorkbookParts } from "../fixtures/packages/rich-workbook";
import { zipParts } from "../fixtures/packages/parts";

/**
 * `mkt report` writes its sheet into the original package: every part of the input (its
 * charts, images, pivots, defined names, VBA) is in the report copy byte for byte, except
 * the lists that name the new sheet and styles.xml, which only grow.
 */
const dir = mkdtempSync(join(tmpdir(), "mkt-report-patch-"));

function capture(): CliIO & { stderr: string[] } {
  const stderr: string[] = [];
  return { stderr, out: () => undefined, err: (s) => stderr.push(s) };
}

const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

async function report(input: Uint8Array, name: string, lang: "en-US" | "zh-CN" = "en-US") {
  const file = join(dir, name);
  writeFileSync(file, input);
  const out = join(dir, `report-${name}`);
  const io = capture();
  expect(await runCli(["report", file, "--out", out, "--lang", lang], io)).toBe(0);
  return { out, bytes: new Uint8Array(readFileSync(out)), stderr: io.stderr.join("\n") };
}

function expectPartsKept(before: Uint8Array, after: Uint8Array): Record<string, Uint8Array> {
  const a = unzipSync(before);
  const b = unzipSync(after);
  for (const [name, bytes] of Object.entries(a)) {
    if (name.endsWith("/")) continue; // a folder entry, not a part
    expect({ name, present: b[name] !== undefined }).toEqual({ name, present: true });
    if (!EDITED.has(name))
      expect({ name, same: Buffer.from(b[name]).equals(Buffer.from(bytes)) }).toEqual({ name, same: true });
  }
  return b;
}

describe("the report copy is the input package, patched", () => {
  it("keeps every part of a workbook with a chart, an image, a pivot and a defined name", async () => {
    const input = richWorkbook();
    const { bytes, stderr } = await report(input, "rich.xlsx");
    const after = expectPartsKept(input, bytes);
    expect(stderr).not.toMatch(/not in the report copy/);
    const pkg = openXlsx(bytes);
    expect(pkg.sheetNames[0]).toBe("Evaluation report");
    expect(pkg.sheetNames.slice(1)).toEqual(openXlsx(input).sheetNames);
    const wb = strFromU8(after["xl/workbook.xml"]);
    expect(wb).toContain(`<definedName name="Spend">'Data'!$B$2:$B$5</definedName>`);
    expect(wb).toMatch(/<workbookView activeTab="0"\/>/);
  });

  it("leaves the user's selected sheet active, so the workbook never opens with two sheets grouped", async () => {
    const parts = richWorkbookParts();
    const sheet = String(parts["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<sheetView workbookViewId="0">');
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
      '<sheetView workbookViewId="0">',
      '<sheetView tabSelected="1" workbookViewId="0">',
    );
    const input = zipParts(parts);
    const { bytes } = await report(input, "selected.xlsx");
    const after = expectPartsKept(input, bytes);
    expect(openXlsx(bytes).sheetNames[0]).toBe("Evaluation report");
    expect(strFromU8(after["xl/workbook.xml"])).toMatch(/<workbookView activeTab="1"\/>/);
  });

  it.each(["en-US", "zh-CN"] as const)(
    "keeps the %s demo's parts, puts the report first with its chart, number formats and page setup; LibreOffice opens it",
    async (lang) => {
      const input = (await planToXlsx(buildDemoPlan(lang))).bytes;
      const { out, bytes } = await report(input, `demo-${lang}.xlsx`, lang);
      const after = expectPartsKept(input, bytes);
      const name = lang === "zh-CN" ? "评估报告" : "Evaluation report";
      const pkg = openXlsx(bytes);
      expect(pkg.sheetNames[0]).toBe(name);
      const part = pkg.sheets[0].part;
      const sheetXml = strFromU8(after[part]);
      expect(sheetXml).toMatch(/<pageSetup orientation="(portrait|landscape)" fitToWidth="1" fitToHeight="[012]"\/>/);
      expect(sheetXml).toContain("<oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter>");
      expect(sheetXml).toMatch(/<drawing (xmlns:r="[^"]+" )?r:id="rId\d+"\/>/);
      // The report adds three charts: ROI by channel, the attribution doughnut and the decay trend.
      const before = Object.keys(unzipSync(input)).filter((n) => n.startsWith("xl/charts/"));
      expect(Object.keys(after).filter((n) => n.startsWith("xl/charts/"))).toHaveLength(before.length + 3);
      // The cohort heat map is a colour scale, placed where the worksheet schema wants it
      // (ECMA-376 sml.xsd CT_Worksheet: conditionalFormatting after sheetData, before hyperlinks).
      expect(sheetXml).toMatch(/<conditionalFormatting sqref="C\d+:H\d+"><cfRule type="colorScale" priority="1">/);
      const order = ["sheetData", "conditionalFormatting", "hyperlinks", "pageMargins", "pageSetup", "drawing"].map(
        (tag) => sheetXml.indexOf(`<${tag}`),
      );
      expect(order.every((at) => at > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // The user's selected sheet stays the active one (activating the report would group the two).
      const selected = openXlsx(input).sheets.findIndex((s) =>
        /tabSelected="1"/.test(strFromU8(unzipSync(input)[s.part])),
      );
      const activeTab = /<workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(strFromU8(after["xl/workbook.xml"]))?.[1];
      expect(activeTab).toBe(selected < 0 ? "0" : String(selected + 1));
      expect(strFromU8(after["xl/styles.xml"])).toMatch(/<numFmt numFmtId="\d+" formatCode="0\.0%"\/>/);

      const [converted] = await recalculate([out]);
      const wb = await readXlsx(converted);
      expect(wb.worksheets[0].name).toBe(name);
      expect(wb.worksheets.map((w) => w.name).slice(1)).toEqual(openXlsx(input).sheetNames);
      // The KPI table's achievement column keeps its percent format and its formula's value.
      const ws = wb.worksheets[0];
      let found = false;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.numFmt === "0.0%" && typeof computed(ws, cell.address) === "number") found = true;
        }),
      );
      expect(found).toBe(true);
      // Every number the report computes (shares, rates, ROI...) is what LibreOffice computes
      // from the source cells: the cached results core wrote equal the recalculated ones.
      const mine = (await readXlsx(out)).worksheets[0];
      let compared = 0;
      mine.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const cached = cell.result;
          const again = computed(ws, cell.address);
          if (typeof cached === "number") {
            expect({ cell: cell.address, value: again }).toEqual({
              cell: cell.address,
              value: expect.closeTo(cached, 9),
            });
            compared++;
          }
        }),
      );
      expect(compared).toBeGreaterThan(60);
    },
  );
});
