import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { runCli } from "../../src/cli/run";
import fc from "fast-check";
import { checkSheet, defaultCheckSettings, STATE_SHEET } from "../../src/core/checks";
import {
  clearPackageFlags,
  flagPackage,
  openXlsx,
  readPackageFlagState,
  readPackageFormats,
  readSheetGrid,
} from "../../src/ooxml";
import { NS, oneSheetWorkbook, zipParts } from "../fixtures/packages/parts";
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
      const copy = await flagged(input, vba ? "rich.xlsm" : "rich.xlsx");
      const after = unzipSync(copy);
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
      // The findings report prints: fit to width, its two header rows repeated on each page.
      const pkg = openXlsx(copy);
      const findings = pkg.sheets.find((s) => s.name === "Data checks")!;
      expect(text(after, findings.part)).toMatch(/<pageSetup orientation="\w+" fitToWidth="1"/);
      const index = pkg.sheetNames.indexOf("Data checks");
      expect(text(after, "xl/workbook.xml")).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'Data checks'!$1:$2</definedName>`,
      );
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

describe("patching the forms other writers use", () => {
  it("flags land on the right cells whatever the sheet XML looks like (property)", () => {
    let flaggedRuns = 0;
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 999 }), { freq: 4 }), { minLength: 3, maxLength: 3 }), {
          minLength: 3,
          maxLength: 12,
        }),
        (prefixed, withRefs, rows) => {
          const x = prefixed ? "x:" : "";
          const cell = (r: number, c: number, inner: string) =>
            `<${x}c${withRefs ? ` r="${String.fromCharCode(65 + c)}${r + 1}"` : ""}${inner}</${x}c>`;
          const header = `<${x}row${withRefs ? ' r="1"' : ""}>${["channel", "impressions", "clicks"].map((h, c) => cell(0, c, ` t="inlineStr"><${x}is><${x}t>${h}</${x}t></${x}is>`)).join("")}</${x}row>`;
          const body = rows
            .map((vals, k) => {
              const r = k + 1;
              const cells = [cell(r, 0, ` t="inlineStr"><${x}is><${x}t>ch${k}</${x}t></${x}is>`)];
              vals.forEach((v, c) => {
                // Without refs a blank must still hold its place: an empty <c/>.
                if (v !== null) cells.push(cell(r, c + 1, `><${x}v>${v}</${x}v>`));
                else if (!withRefs) cells.push(`<${x}c/>`);
              });
              return `<${x}row${withRefs ? ` r="${r + 1}"` : ""}>${cells.slice(0, 3).join("")}</${x}row>`;
            })
            .join("");
          const parts = oneSheetWorkbook("");
          parts["xl/worksheets/sheet1.xml"] =
            `<?xml version="1.0"?><${x}worksheet xmlns${prefixed ? ":x" : ""}="${NS.main}"><${x}sheetData>${header}${body}</${x}sheetData></${x}worksheet>`;
          const pkg = openXlsx(zipParts(parts));
          const { grid } = readSheetGrid(pkg, pkg.sheets[0]);
          const findings = checkSheet(grid, defaultCheckSettings(), 45170).findings;
          const { bytes } = flagPackage(pkg, findings, ["Sheet1"], { locale: "en-US" });
          const out = openXlsx(bytes);
          const after = readSheetGrid(out, out.sheets[0]).grid;
          expect(Array.from(after.numbers)).toEqual(Array.from(grid.numbers));
          const cells = [...new Set(findings.slice(0, 5000).map((f) => f.cell))];
          const [snap] = readPackageFormats(out, [{ sheet: "Sheet1", ranges: cells }]);
          for (const c of snap.cells) {
            expect(c.format.fill).not.toBeNull();
            expect(c.note).toContain("[Campaign Scorecard]");
          }
          expect(readPackageFlagState(out)?.cells.length ?? 0).toBe(cells.length);
          if (cells.length > 0) flaggedRuns++;
        },
      ),
      { numRuns: 60 },
    );
    expect(flaggedRuns).toBeGreaterThan(20);
  });
});
