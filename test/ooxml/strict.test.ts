import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { dateToSerial, ymdToSerial, type RawCell } from "../../src/core/sheet";
import { openXlsx, readSheetCells, readSheetGrid, type XlsxPackage } from "../../src/ooxml";
import { PreviewSession } from "../../src/preview/session";
import { recalculate } from "../helpers/libreoffice";
import { mkt } from "../helpers/mkt";

/**
 * Strict Open XML (ISO/IEC 29500 Strict, namespaces under http://purl.oclc.org/ooxml/):
 * read as its Transitional twin reads, and refused with one line where a copy would be
 * written. The Strict files and their twins are Excel's, from Apache POI's and SheetJS's
 * test collections (test/fixtures/corpus).
 */
const CORPUS = join(__dirname, "../fixtures/corpus");
const open = (file: string): XlsxPackage => openXlsx(readFileSync(join(CORPUS, file)));

function cells(pkg: XlsxPackage, sheet = 0): Map<string, { value: RawCell; format: string }> {
  const out = new Map<string, { value: RawCell; format: string }>();
  readSheetCells(pkg, pkg.sheets[sheet], (row, col, value, _formula, format) =>
    out.set(`${row},${col}`, { value, format }),
  );
  return out;
}

describe("a Strict Open XML workbook Excel saved", () => {
  test.each([
    ["poi/sample.strict.xlsx", "poi/sample.xlsx"],
    ["poi/SampleSS.strict.xlsx", "poi/SampleSS.xlsx"],
    ["poi/SimpleStrict.xlsx", "poi/SimpleNormal.xlsx"],
    ["sheetjs/sheet_visibility_strict.xlsx", "sheetjs/sheet_visibility.xlsx"],
  ])("%s reads as its Transitional twin %s: sheets, states, values, strings, formats", (strict, twin) => {
    const s = open(strict);
    const t = open(twin);
    expect([s.strict, t.strict]).toEqual([true, false]);
    expect(s.sheets.map((w) => [w.name, w.state])).toEqual(t.sheets.map((w) => [w.name, w.state]));
    expect(s.sheets.length).toBeGreaterThan(1);
    s.sheets.forEach((w, i) => {
      expect(readSheetGrid(s, w).grid).toEqual(readSheetGrid(t, t.sheets[i]).grid);
    });
  });

  test('its date cells (t="d", ISO 8601) are the calendar day Excel shows', () => {
    const pkg = open("poi/SimpleStrict.xlsx");
    const sheet = pkg.sheets.findIndex((w) => w.name === "Sheet Number 2");
    const grid = readSheetGrid(pkg, pkg.sheets[sheet]).grid;
    expect(grid.numbers.includes(ymdToSerial(1990, 1, 1))).toBe(true);
    const date = [...cells(pkg, sheet).values()].find((c) => c.value instanceof Date);
    expect(date?.value).toEqual(new Date(Date.UTC(1990, 0, 1)));
  });

  test("a Strict file's shared strings, read from a package whose parts sit at ISO paths", () => {
    const pkg = open("calamine/strict_iso_paths.xlsx");
    expect(pkg.strict).toBe(true);
    const texts = [...cells(pkg).values()].map((c) => c.value).filter((v) => typeof v === "string");
    expect(texts).toEqual(expect.arrayContaining(["Item", "Thickness"]));
  });
});

describe("the 1904 date system in a Strict workbook", () => {
  const M = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  const R = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    "_rels/.rels": `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${M}" xmlns:r="${R}"><workbookPr date1904="1" dateCompatibility="0"/><sheets><sheet name="Dates" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": `<styleSheet xmlns="${M}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `<sst xmlns="${M}"><si><t>day</t></si></sst>`,
    "xl/worksheets/sheet1.xml":
      `<worksheet xmlns="${M}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>` +
      '<row r="2"><c r="A2" s="1"><v>0</v></c></row><row r="3"><c r="A3" s="1" t="d"><v>2024-02-29</v></c></row>' +
      '<row r="4"><c r="A4"><v>0</v></c></row></sheetData></worksheet>',
  };
  const pkg = openXlsx(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));

  test("a serial under a date format counts from 1904-01-01; an ISO date is its own day; a plain number stays", () => {
    expect(pkg.strict).toBe(true);
    expect(pkg.date1904).toBe(true);
    const c = cells(pkg);
    expect(c.get("0,0")?.value).toBe("day");
    expect(c.get("1,0")?.value).toBe(ymdToSerial(1904, 1, 1));
    expect(c.get("2,0")?.value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(c.get("3,0")?.value).toBe(0);
  });
});

describe("writing into a Strict workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "mkt-strict-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(CORPUS, "poi/sample.strict.xlsx");

  test("check reads it; check --out and report refuse with one line: save it as .xlsx", async () => {
    const check = await mkt("check", file, "--format", "json");
    expect([0, 1]).toContain(check.code);
    expect(check.err).toBe("");
    for (const args of [
      ["check", file, "--out", join(dir, "flagged.xlsx")],
      ["report", file, "--out", join(dir, "report.xlsx")],
    ]) {
      const r = await mkt(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        /^mkt \w+: .*sample\.strict\.xlsx: the workbook is saved as Strict Open XML.*save it as an Excel Workbook \(\.xlsx\) first\n$/,
      );
    }
  });

  test("the preview shows it and refuses to write a plan into it, the document unchanged", async () => {
    const bytes = readFileSync(file);
    const session = new PreviewSession();
    await session.open("sample.strict.xlsx", bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(session.workbook.worksheets.map((w) => w.name)).toEqual(["Sheet1", "rich test", "Sheet3"]);
    expect(() =>
      session.applyPlan({ sheets: [{ target: { create: "New" }, cells: [{ at: "A1", rows: [[1]] }] }] }),
    ).toThrow(/Strict Open XML/);
    expect(Buffer.from(await session.save()).equals(bytes)).toBe(true);
  });

  test("the refusal is in Chinese with --lang zh-CN", async () => {
    const r = await mkt("report", file, "--out", join(dir, "report-zh.xlsx"), "--lang", "zh-CN");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Strict Open XML 格式保存");
  });

  test("LibreOffice, which reads Strict but saves Transitional only, saves the values we read", async () => {
    // LibreOffice has no Strict export filter: its copy of Excel's Strict file is Transitional.
    const strict = join(CORPUS, "poi/SimpleStrict.xlsx");
    const [copy] = await recalculate([strict]);
    const lo = openXlsx(readFileSync(copy));
    const ours = open("poi/SimpleStrict.xlsx");
    expect(lo.strict).toBe(false);
    expect(lo.sheets.map((w) => w.name)).toEqual(ours.sheets.map((w) => w.name));
    ours.sheets.forEach((_w, i) => {
      const values = (pkg: XlsxPackage): [string, RawCell][] =>
        [...cells(pkg, i)].map(([k, c]): [string, RawCell] => [
          k,
          c.value instanceof Date ? dateToSerial(c.value) : c.value,
        ]);
      expect(values(lo)).toEqual(values(ours));
    });
    const r = await mkt("check", copy, "--out", join(dir, "lo-flagged.xlsx"));
    expect([0, 1]).toContain(r.code);
  });
});
