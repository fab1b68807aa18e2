import { StylesEditor } from "../../src/ooxml/patch/styles";
import { WorkbookEditor } from "../../src/ooxml/patch/workbook";
import type { PackageFiles } from "../../src/ooxml/patch/files";

/** The package patch's styles.xml and workbook.xml editors, on hand-written parts. */

const STYLES =
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill/><fill/></fills>` +
  `<borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.000"/></dxf></dxfs></styleSheet>`;

describe("StylesEditor", () => {
  it("reuses built-in and existing number formats, numbers new ones past every id in use", () => {
    const styles = new StylesEditor(STYLES);
    const pct = styles.format({ numberFormat: "0.0%" });
    const money = styles.format({ numberFormat: "#,##0.00" });
    const custom = styles.format({ numberFormat: "0.0000" });
    const xml = styles.toXml();
    const xfs = [...xml.matchAll(/<xf [^>]*?\/?>/g)].map((m) => m[0]);
    expect(xfs[pct]).toContain('numFmtId="164"');
    expect(xfs[money]).toContain('numFmtId="4"');
    expect(xfs[custom]).toContain('numFmtId="171"');
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="0.0000"/></numFmts>',
    );
    expect(xml).toContain('<cellXfs count="4">');
  });

  it("writes alignment, wrap and borders, and adds a numFmts section first when there is none", () => {
    const styles = new StylesEditor(STYLES.replace(/<numFmts[\s\S]*?<\/numFmts>/, ""));
    const s = styles.format({
      horizontalAlignment: "center",
      wrapText: true,
      border: "#D9D9D9",
      numberFormat: "0.00%;-0.00%",
    });
    const xml = styles.toXml();
    expect(xml).toMatch(
      /^<styleSheet[^>]*><numFmts count="1"><numFmt numFmtId="171" formatCode="0.00%;-0.00%"\/><\/numFmts>/,
    );
    expect(xml).toContain('<borders count="2">');
    const xf = [...xml.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0])[s];
    expect(xf).toContain('borderId="1"');
    expect(xf).toContain('<alignment horizontal="center" wrapText="1"/></xf>');
  });
});

function fakeFiles(parts: Record<string, string>): PackageFiles {
  return {
    text: (n: string) => parts[n],
    setText: (n: string, t: string) => void (parts[n] = t),
    has: (n: string) => n in parts,
  } as unknown as PackageFiles;
}

describe("WorkbookEditor", () => {
  it("puts a sheet first, shifting local names and the active tab, and adds print titles", () => {
    const parts: Record<string, string> = {
      "xl/workbook.xml":
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><bookViews><workbookView activeTab="1"/></bookViews>` +
        `<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>` +
        `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$C$3</definedName><definedName name="All">A!$A$1</definedName></definedNames></workbook>`,
      "[Content_Types].xml": "<Types></Types>",
    };
    const wb = new WorkbookEditor(fakeFiles(parts), "xl/workbook.xml");
    wb.addSheet("Report", "xl/worksheets/sheet3.xml", undefined, true);
    expect(wb.indexOf("report")).toBe(0);
    wb.addLocalName("_xlnm.Print_Titles", 0, "'Report'!$1:$2");
    wb.save();
    const xml = parts["xl/workbook.xml"];
    expect([...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Report", "A", "B"]);
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">B!$A$1:$C$3</definedName>');
    expect(xml).toContain('<definedName name="All">A!$A$1</definedName>');
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Report'!$1:$2</definedName>`);
    expect(xml).toContain('<workbookView activeTab="2"/>');
  });
});
