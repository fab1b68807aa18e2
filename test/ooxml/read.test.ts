import { checkSheet, defaultCheckSettings } from "../../src/core/checks";
import { CellKind, sheetCol, sheetRow, type SheetGrid } from "../../src/core/sheet";
import { openXlsx, readSheetGrid, readPackageFlagState, InputProblemError, scanPackage } from "../../src/ooxml";
import { packageTabular } from "../../src/ooxml/tabular";
import { readSheet } from "../../src/xlsx/read-workbook";
import { loadWorkbook, saveWorkbook } from "../../src/xlsx/workbook-io";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { runCli } from "../../src/cli/run";
import { LIMITS } from "../../src/core/limits";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recalculate } from "../helpers/libreoffice";
import { buildCheckWorkbook, PLANTED } from "../xlsx/dirty-workbook";
import { NS, oneSheetWorkbook, rels, xml, zipParts, farCellWorkbook } from "../fixtures/packages/parts";
import { richWorkbook } from "../fixtures/packages/rich-workbook";

const TODAY = 45170; // 2023-09-01

/** Every filled cell of a grid as "A1=kind:value", for comparing two reads of one sheet. */
function cells(grid: SheetGrid): string[] {
  const out: string[] = [];
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) {
      const i = r * grid.cols + c;
      if (grid.kinds[i] === CellKind.Blank && grid.formulas[i] === 0) continue;
      out.push(
        `${sheetRow(grid, r)},${sheetCol(grid, c)}=${grid.kinds[i]}:${grid.numbers[i]}:${grid.texts[i] ?? ""}:${grid.formulas[i]}:${grid.formats[i] ?? ""}`,
      );
    }
  return out.sort();
}

function problemOf(run: () => unknown): InputProblemError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputProblemError) return e;
    throw e;
  }
  throw new Error("no problem raised");
}

describe("the streaming .xlsx reader", () => {
  it("reads every sheet of an ExcelJS workbook as ExcelJS does: same cells, same findings", async () => {
    const bytes = await saveWorkbook(buildCheckWorkbook({ dirty: true }));
    const wb = await loadWorkbook(bytes);
    const pkg = openXlsx(bytes);
    expect(pkg.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name));
    for (const sheet of pkg.sheets) {
      const sparse = readSheetGrid(pkg, sheet).grid;
      const dense = readSheet(wb.getWorksheet(sheet.name)!);
      expect(cells(sparse)).toEqual(cells(dense));
      const settings = defaultCheckSettings();
      expect(checkSheet(sparse, settings, TODAY).findings).toEqual(checkSheet(dense, settings, TODAY).findings);
    }
    expect(pkg.sheets[0].notes.size).toBeGreaterThanOrEqual(0);
  });

  it("reads a workbook LibreOffice wrote (soffice --convert-to xlsx): the same findings as the original", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mkt-lo-read-"));
    const file = join(dir, "dirty.xlsx");
    writeFileSync(file, await saveWorkbook(buildCheckWorkbook({ dirty: true })));
    const [converted] = await recalculate([file]);
    const findings = (bytes: Uint8Array) => {
      const pkg = openXlsx(bytes);
      return pkg.sheets
        .flatMap((s) => checkSheet(readSheetGrid(pkg, s).grid, defaultCheckSettings(), TODAY).findings)
        .map((f) => `${f.rule}@${f.sheet}!${f.cell}`)
        .sort();
    };
    const fromLibreOffice = findings(new Uint8Array(readFileSync(converted)));
    expect(fromLibreOffice).toEqual([...PLANTED].sort());
    expect(fromLibreOffice).toEqual(findings(new Uint8Array(readFileSync(file))));
  });

  it("opens an openpyxl-style workbook with a chart, an image and a pivot table, and reads its notes", () => {
    const pkg = openXlsx(richWorkbook());
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Data", "Pivot"]);
    const data = pkg.sheets[0];
    expect(data.notes.get("B3")).toBe("checked by Li");
    const { grid } = readSheetGrid(pkg, data);
    const findings = checkSheet(grid, defaultCheckSettings(), TODAY).findings.map((f) => `${f.rule}@${f.cell}`);
    expect(findings).toEqual(expect.arrayContaining(["missing@C3", "funnel@C4"]));
    // Only the parts the checks use were inflated: a few hundred bytes, not the drawing, chart or pivot.
    expect(pkg.budget.used).toBeLessThan(8000);
    expect(packageTabular(pkg, pkg.sheets[1])).toEqual({
      header: ["Row Labels", "Sum of impressions"],
      rows: [["email", 800]],
    });
    expect(readPackageFlagState(pkg)).toBeUndefined();
  });

  it("reads the forms other writers use: prefixes, cells without r, inline and formula strings, errors, booleans, 1904 dates", () => {
    const main =
      `<x:worksheet xmlns:x="${NS.main}"><x:sheetData>` +
      `<x:row><x:c t="inlineStr"><x:is><x:r><x:t>day</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c><x:c t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>err</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>f</x:t></x:is></x:c></x:row>` +
      `<x:row><x:c s="1"><x:v>0</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`;
    const parts = oneSheetWorkbook("");
    parts["xl/worksheets/sheet1.xml"] = xml(main);
    parts["xl/workbook.xml"] = xml(
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    const pkg = openXlsx(zipParts(parts));
    const tab = packageTabular(pkg, pkg.sheets[0]);
    expect(tab.header).toEqual(["day", "ok", "err", "f"]);
    // Serial 0 in the 1904 system is 1904-01-01.
    expect(tab.rows[0][0]).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(tab.rows[0].slice(1)).toEqual([true, "#N/A", "ab"]);
  });

  it("reads a lone value in XFD1048576 without allocating its span, and refuses the span", () => {
    const pkg = openXlsx(farCellWorkbook());
    const before = process.memoryUsage().heapUsed;
    const err = problemOf(() => readSheetGrid(pkg, pkg.sheets[0]));
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(err.problem).toMatchObject({ kind: "limit", limit: "usedRangeCells", where: "Sheet1!XFD1048576" });
    expect(err.message).toMatch(/Sheet1!XFD1048576 makes the used range 17,179,869,184 cells/);
    // The scan the preview runs before ExcelJS sees a file says the same, keeping nothing.
    expect(problemOf(() => scanPackage(pkg)).problem).toMatchObject({ limit: "usedRangeCells" });
    expect(() => scanPackage(openXlsx(richWorkbook()))).not.toThrow();
  });

  it("refuses cells and dimensions beyond Excel's grid, and damaged parts, naming the part", () => {
    const beyond = (data: string, before = "") => {
      const pkg = openXlsx(zipParts(oneSheetWorkbook(data, { before })));
      return problemOf(() => readSheetGrid(pkg, pkg.sheets[0])).problem;
    };
    expect(beyond(`<row r="1"><c r="XFE1"><v>1</v></c></row>`)).toMatchObject({ limit: "columns" });
    expect(beyond(`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`)).toMatchObject({ limit: "rows" });
    expect(beyond("", `<dimension ref="A1:ZZZZ1"/>`)).toMatchObject({ limit: "columns" });
    expect(beyond(`<row r="1"><c r="A1"><v>1</v></c>`)).toMatchObject({ kind: "package", key: "package.badXml" });
    const doctype = oneSheetWorkbook("");
    doctype["xl/worksheets/sheet1.xml"] =
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="${NS.main}"><sheetData/></worksheet>`;
    const pkg = openXlsx(zipParts(doctype));
    expect(problemOf(() => readSheetGrid(pkg, pkg.sheets[0])).message).toMatch(/xl\/worksheets\/sheet1.xml .*DOCTYPE/);
    const noWorkbook = oneSheetWorkbook("");
    delete noWorkbook["xl/workbook.xml"];
    noWorkbook["_rels/.rels"] = rels([["rId1", "officeDocument", "xl/workbook.xml"]]);
    expect(problemOf(() => openXlsx(zipParts(noWorkbook))).message).toMatch(/xl\/workbook.xml is missing/);
    expect(problemOf(() => openXlsx(new TextEncoder().encode("a,b\n1,2\n"))).message).toMatch(/not an .xlsx workbook/);
  });

  it("refuses a file over the size limit before reading it (.xlsx and .csv alike)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mkt-big-"));
    for (const name of ["big.xlsx", "big.csv"]) {
      const path = join(dir, name);
      writeFileSync(path, "");
      truncateSync(path, LIMITS.fileBytes + 1); // sparse: nothing is written to disk
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(name.endsWith(".csv") ? ["attribute", path, "--model", "linear"] : ["check", path], {
        out: (t) => void out.push(t),
        err: (t) => void err.push(t),
      });
      expect(code).toBe(2);
      expect(err.join("\n")).toMatch(/the file is 104,857,601 bytes, over the limit of 104,857,600 bytes/);
    }
  });

  it("mkt attribute reads an .xlsm as it reads an .xlsx", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "mkt-xlsm-")), "paths.xlsm");
    const parts = oneSheetWorkbook(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>path</t></is></c><c r="B1" t="inlineStr"><is><t>total_conversions</t></is></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>a &gt; b</t></is></c><c r="B2"><v>3</v></c></row>`,
    );
    writeFileSync(path, zipParts(parts));
    const out: string[] = [];
    const code = await runCli(["attribute", path, "--model", "last", "--format", "json"], {
      out: (t) => void out.push(t),
      err: () => undefined,
    });
    expect(code).toBe(0);
    const channels = (JSON.parse(out.join("")) as { channels: { channel: string; conversions: number }[] }).channels;
    expect(channels.find((c) => c.channel === "b")?.conversions).toBe(3);
  });

  it("counts zip entries before reading any", () => {
    const parts = oneSheetWorkbook("");
    for (let k = 0; k < 10_001; k++) parts[`xl/media/x${k}.bin`] = "";
    expect(problemOf(() => openXlsx(zipParts(parts))).problem).toMatchObject({ limit: "zipEntries", actual: 10_001 });
  });
});
