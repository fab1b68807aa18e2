import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { runCli } from "../../src/cli/run";
import { STATE_SHEET } from "../../src/core/checks";
import { clearPackageFlags, openXlsx, readPackageFlagState, readPackageFormats, readSheetGrid } from "../../src/ooxml";
import { recalculate } from "../helpers/libreoffice";
import { richWorkbook } from "../fixtures/packages/rich-workbook";

/**
 * The flagged copy keeps every part of the input package: a workbook with a chart, an
 * image, a pivot cache and table, a defined name, a data validation, a note and (as
 * .xlsm) a VBA project is flagged, and its parts are compared with the original's.
 */
const dir = mkdtempSync(join(tmpdir(), "mkt-patch-"));
const quiet = { out: () => undefined, err: () => undefined };

async function flagged(input: Uint8Array, name: string): Promise<Uint8Array> {
  const file = join(dir, name);
  writeFileSync(file, input);
  const out = join(dir, `flagged-${name}`);
  expect(await runCli(["check", file, "--out", out, "--today", "2023-09-01"], quiet)).toBe(1);
  return new Uint8Array(readFileSync(out));
}

/** Parts the flags may edit: the flagged sheet, its notes, styles, and the workbook's lists of sheets. */
const EDITED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
  "xl/comments1.xml",
  "xl/drawings/commentsDrawing1.vml",
]);

describe("the flagged copy is the input package, patched", () => {
  for (const vba of [false, true]) {
    it(`keeps every part of ${vba ? "an .xlsm with a VBA project" : "a workbook with a chart, an image, a pivot and a defined name"}`, async () => {
      const input = richWorkbook({ vba });
      const before = unzipSync(input);
      const after = unzipSync(await flagged(input, vba ? "rich.xlsm" : "rich.xlsx"));
      for (const [name, bytes] of Object.entries(before)) {
        expect(after[name]).toBeDefined();
        if (!EDITED.has(name)) expect(Buffer.from(after[name]).equals(Buffer.from(bytes))).toBe(true);
      }
      // Edited parts still say everything they said.
      const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]);
      expect(text(after, "xl/workbook.xml")).toContain(`<definedName name="Spend">'Data'!$B$2:$B$5</definedName>`);
      expect(text(after, "xl/workbook.xml")).toContain(`<pivotCache cacheId="1" r:id="rId5"/>`);
      const sheet = text(after, "xl/worksheets/sheet1.xml");
      expect(sheet).toContain(`<dataValidations count="1">`);
      expect(sheet).toContain(`<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>`);
      for (const m of text(before, "[Content_Types].xml").matchAll(/<(Override|Default)\b[^>]*\/>/g))
        expect(text(after, "[Content_Types].xml")).toContain(m[0]);
      for (const m of text(before, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*\/>/g))
        expect(text(after, "xl/_rels/workbook.xml.rels")).toContain(m[0]);
      // Two new parts: the report sheet and the very hidden state sheet.
      const added = Object.keys(after).filter((n) => !(n in before));
      expect(added.sort()).toEqual(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]);
      expect(text(after, "xl/workbook.xml")).toMatch(/<sheet [^>]*name="mkt_check_state"[^>]*state="veryHidden"/);
    });
  }

  it("flags read back; a second run replaces the first; Clear restores fills and notes", async () => {
    const input = richWorkbook();
    const once = await flagged(input, "again.xlsx");
    const pkg = openXlsx(once);
    const data = pkg.sheets.find((s) => s.name === "Data")!;
    const [snap] = readPackageFormats(pkg, [{ sheet: "Data", ranges: ["B3:C4"] }]);
    const at = (cell: string) => snap.cells.find((c) => c.cell === cell)!;
    expect(at("C3")).toMatchObject({ format: { fill: "#FFC7CE" } });
    expect(at("C3").note).toMatch(/^\[Campaign Scorecard\] /);
    expect(at("B3")).toEqual({ cell: "B3", format: { fill: null }, note: "checked by Li" });
    expect(
      readPackageFlagState(pkg)
        ?.cells.map((c) => c.cell)
        .sort(),
    ).toEqual(["C3", "C4"]);
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Data", "Pivot", STATE_SHEET, "Data checks"]);
    // Values are untouched.
    expect(readSheetGrid(pkg, data).grid.numbers).toEqual(
      readSheetGrid(openXlsx(input), openXlsx(input).sheets[0]).grid.numbers,
    );

    const twice = openXlsx(await flagged(once, "twice.xlsx"));
    expect(twice.sheets.map((s) => s.name)).toEqual(["Data", "Pivot", STATE_SHEET, "Data checks"]);
    expect(readPackageFlagState(twice)).toEqual(readPackageFlagState(pkg));
    expect([...twice.sheets[0].notes.keys()].sort()).toEqual(["B3", "C3", "C4"]);
    expect(twice.sheets[0].notes.get("C3")).toBe(data.notes.get("C3"));

    const cleared = clearPackageFlags(twice);
    expect(cleared.cleared).toBe(2);
    const back = openXlsx(cleared.bytes);
    expect(back.sheets.map((s) => s.name)).toEqual(["Data", "Pivot"]);
    const original = openXlsx(input);
    const ranges = [{ sheet: "Data", ranges: ["A1:D5"] }];
    expect(readPackageFormats(back, ranges)).toEqual(readPackageFormats(original, ranges));
    expect(
      strFromU8(unzipSync(cleared.bytes)["xl/drawings/commentsDrawing1.vml"]).match(/ObjectType="Note"/g),
    ).toHaveLength(1);
  });

  it("LibreOffice opens the flagged copy: the report sheet, the flags and the chart are there", async () => {
    const out = join(dir, "for-libreoffice.xlsx");
    writeFileSync(out, await flagged(richWorkbook(), "lo.xlsx"));
    const [converted] = await recalculate([out]);
    const parts = unzipSync(new Uint8Array(readFileSync(converted)));
    expect(Object.keys(parts).some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    const pkg = openXlsx(new Uint8Array(readFileSync(converted)));
    expect(pkg.sheetNames).toEqual(expect.arrayContaining(["Data", "Data checks"]));
    const [snap] = readPackageFormats(pkg, [{ sheet: "Data", ranges: ["C3:C4"] }]);
    expect(snap.cells.map((c) => c.format.fill)).toEqual(["#FFC7CE", "#FFC7CE"]);
    expect(snap.cells[0].note).toContain("[Campaign Scorecard]");
  });
});
