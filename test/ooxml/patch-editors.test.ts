import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { patchPackage } from "../../src/ooxml/patch/apply";
import { patchVml } from "../../src/ooxml/patch/notes";
import { StylesEditor } from "../../src/ooxml/patch/styles";
import { openXlsx } from "../../src/ooxml/read";
import { SEQUENCE } from "../../src/ooxml/xml/schema-order";
import { MINIMAL_STYLES, NS, oneSheetWorkbook, xml, zipParts, type Parts } from "../fixtures/packages/parts";

/**
 * The package writer's XML editing (src/ooxml/xml, src/ooxml/patch), on hand-written parts in
 * the forms real producers write: a self-closed `<definedNames/>`, `functionGroups` before the
 * defined names, a default namespace bound to the `x:` prefix, a stylesheet without cellXfs,
 * styles inside mc:AlternateContent. Each result is read back as a document and its structure
 * asserted: one element where the schema allows one, children in their CT_* sequence, indexes
 * in range, new elements in the part's own namespace and prefix.
 */

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

function parse(text: string): Element {
  const root = new DOMParser().parseFromString(text, "text/xml").documentElement;
  if (!root) throw new Error("no root");
  return root;
}

function partsOf(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

const kids = (el: Element, name?: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (name === undefined || (n as Element).localName === name),
  );

/** The local names of `el`'s children in its namespace, which must follow `sequence`'s order. */
function expectInOrder(el: Element, sequence: readonly string[]): string[] {
  const names = kids(el)
    .filter((c) => c.namespaceURI === el.namespaceURI)
    .map((c) => c.localName ?? "");
  const positions = names.map((n) => sequence.indexOf(n));
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  return names;
}

function withWorkbook(parts: Parts, workbook: string): Parts {
  return { ...parts, "xl/workbook.xml": xml(workbook) };
}

const printTitles: WorkbookPlan = {
  sheets: [
    {
      target: { create: "Report" },
      cells: [{ at: "A1", rows: [["Head"], [1]] }],
      pageSetup: { orientation: "portrait", fitToWidth: 1, repeatRows: { first: 1, last: 1 }, footer: true },
    },
  ],
};

describe("workbook.xml", () => {
  it("adds a defined name into a self-closed <definedNames/>: still one definedNames element", () => {
    const parts = withWorkbook(
      oneSheetWorkbook(""),
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><definedNames/></workbook>`,
    );
    const out = partsOf(patchPackage(openXlsx(zipParts(parts)), printTitles).bytes);
    const wb = parse(out["xl/workbook.xml"]);
    expect(kids(wb, "definedNames")).toHaveLength(1);
    const names = kids(kids(wb, "definedNames")[0], "definedName");
    expect(names.map((n) => [n.getAttribute("name"), n.getAttribute("localSheetId"), n.textContent])).toEqual([
      ["_xlnm.Print_Titles", "1", "'Report'!$1:$1"],
    ]);
    expectInOrder(wb, SEQUENCE.workbook);
  });

  it("puts a new definedNames after functionGroups and externalReferences, before calcPr", () => {
    const parts = withWorkbook(
      oneSheetWorkbook(""),
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>` +
        `<functionGroups builtInGroupCount="16"/><calcPr calcId="191029"/></workbook>`,
    );
    const out = partsOf(patchPackage(openXlsx(zipParts(parts)), printTitles).bytes);
    const names = expectInOrder(parse(out["xl/workbook.xml"]), SEQUENCE.workbook);
    expect(names).toEqual(["sheets", "functionGroups", "definedNames", "calcPr"]);
  });
});

/** oneSheetWorkbook with every SpreadsheetML part's namespace bound to the `x:` prefix. */
function prefixedWorkbook(): Parts {
  const parts = oneSheetWorkbook("");
  return {
    ...parts,
    "xl/workbook.xml": xml(
      `<x:workbook xmlns:x="${NS.main}" xmlns:r="${NS.r}"><x:bookViews><x:workbookView/></x:bookViews>` +
        `<x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    ),
    "xl/styles.xml": MINIMAL_STYLES.replace(/<(\/?)(\w)/g, "<$1x:$2").replace(
      `xmlns="${NS.main}"`,
      `xmlns:x="${NS.main}"`,
    ),
    "xl/worksheets/sheet1.xml": xml(
      `<x:worksheet xmlns:x="${NS.main}" xmlns:r="${NS.r}"><x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews>` +
        `<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Channel</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>` +
        `<x:row r="3"><x:c r="B3"><x:v>7</x:v></x:c></x:row></x:sheetData>` +
        `<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`,
    ),
  };
}

describe("a package whose SpreadsheetML prefix is x:", () => {
  const plan: WorkbookPlan = {
    sheets: [
      {
        target: { existing: "Data" },
        cells: [{ at: "C2", rows: [["new"]] }],
        formats: [{ ranges: ["B1", "B2"], format: { fill: "#FFC7CE" } }],
        notes: [{ cell: "B3", text: "check this" }],
        tables: [{ name: "Channels", range: "A1:B3", style: "TableStyleMedium2", showBandedRows: true }],
        validations: [{ range: "B2:B3", rule: { kind: "wholeNumber", min: 0, max: 9 }, errorMessage: "0-9" }],
        conditionalFormats: [{ range: "B2:B3", formula: "=B2>5", format: { fill: "#C6EFCE", bold: true } }],
      },
    ],
  };
  const out = partsOf(patchPackage(openXlsx(zipParts(prefixedWorkbook())), plan).bytes);
  const sheet = parse(out["xl/worksheets/sheet1.xml"]);

  it("edits x:sheetData: cells added in row and column order, with the part's prefix", () => {
    const data = kids(sheet, "sheetData")[0];
    expect(data.prefix).toBe("x");
    const cells = Array.from(data.getElementsByTagNameNS(NS.main, "c")).map((c) => [c.prefix, c.getAttribute("r")]);
    expect(cells).toEqual([
      ["x", "A1"],
      ["x", "B1"],
      ["x", "B2"],
      ["x", "C2"],
      ["x", "B3"],
    ]);
    expect(data.getElementsByTagName("sheetData")).toHaveLength(0);
  });

  it("puts every new worksheet child in its CT_Worksheet place, legacyDrawing before tableParts", () => {
    const names = expectInOrder(sheet, SEQUENCE.worksheet);
    expect(names).toEqual([
      "sheetViews",
      "sheetData",
      "conditionalFormatting",
      "dataValidations",
      "pageMargins",
      "legacyDrawing",
      "tableParts",
    ]);
    for (const el of kids(sheet)) expect(el.prefix).toBe("x");
  });

  it("gives style and differential-format indexes inside the x: stylesheet's sections", () => {
    const styles = parse(out["xl/styles.xml"]);
    expectInOrder(styles, SEQUENCE.styleSheet);
    const xfs = kids(kids(styles, "cellXfs")[0], "xf");
    expect(kids(styles, "cellXfs")[0].getAttribute("count")).toBe(String(xfs.length));
    const s = Number(Array.from(sheet.getElementsByTagNameNS(NS.main, "c"))[1].getAttribute("s"));
    expect(s).toBeGreaterThan(1);
    expect(s).toBeLessThan(xfs.length);
    const fill = kids(kids(styles, "fills")[0], "fill")[Number(xfs[s].getAttribute("fillId"))];
    expect(fill.getElementsByTagNameNS(NS.main, "fgColor")[0].getAttribute("rgb")).toBe("FFFFC7CE");
    const dxfs = kids(kids(styles, "dxfs")[0], "dxf");
    const dxfId = Number(sheet.getElementsByTagNameNS(NS.main, "cfRule")[0].getAttribute("dxfId"));
    expect(dxfId).toBeLessThan(dxfs.length);
    for (const el of Array.from(styles.getElementsByTagNameNS(NS.main, "*"))) expect(el.prefix).toBe("x");
  });

  it("writes the table's header cells equal to its column names", () => {
    const table = parse(out["xl/tables/table1.xml"]);
    expect(table.getAttribute("ref")).toBe("A1:B3");
    const columns = Array.from(table.getElementsByTagNameNS(NS.main, "tableColumn")).map((c) => c.getAttribute("name"));
    // B1 held the number 5: a header cell is text, so it is written as the text "5".
    expect(columns).toEqual(["Channel", "5"]);
    const b1 = Array.from(sheet.getElementsByTagNameNS(NS.main, "c")).find((c) => c.getAttribute("r") === "B1")!;
    expect(b1.getAttribute("t")).toBe("inlineStr");
    expect(b1.textContent).toBe("5");
    expect(out["[Content_Types].xml"]).toContain('PartName="/xl/tables/table1.xml"');
    expect(out["xl/worksheets/_rels/sheet1.xml.rels"]).toContain('Target="../tables/table1.xml"');
  });
});

describe("styles.xml", () => {
  it("gives a stylesheet without cellXfs the default format first, so a new index is in range", () => {
    const styles = new StylesEditor(MINIMAL_STYLES.replace(/<cellXfs[\s\S]*?<\/cellXfs>/, ""));
    const s = styles.format({ bold: true });
    const root = parse(styles.toXml());
    expectInOrder(root, SEQUENCE.styleSheet);
    const xfs = kids(kids(root, "cellXfs")[0], "xf");
    expect(s).toBe(1);
    expect(xfs).toHaveLength(2);
    expect(xfs[0].getAttribute("fontId")).toBe("0");
  });

  it("unwraps sections inside mc:AlternateContent to their fallback before counting", () => {
    const wrapped = MINIMAL_STYLES.replace(
      /<cellXfs[\s\S]*?<\/cellXfs>/,
      (xfs) =>
        `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14ac">${xfs.replace('count="2"', 'count="1"').replace(/<xf numFmtId="164"[^>]*\/>/, "")}</mc:Choice>` +
        `<mc:Fallback>${xfs}</mc:Fallback></mc:AlternateContent>`,
    );
    const styles = new StylesEditor(wrapped);
    const s = styles.format({ fill: "#FFEB9C" });
    const root = parse(styles.toXml());
    expect(root.getElementsByTagNameNS(MC, "AlternateContent")).toHaveLength(0);
    expect(kids(root, "cellXfs")).toHaveLength(1);
    const xfs = kids(kids(root, "cellXfs")[0], "xf");
    expect(s).toBe(2);
    expect(xfs).toHaveLength(3);
    expect(kids(root, "cellXfs")[0].getAttribute("count")).toBe("3");
    expectInOrder(root, SEQUENCE.styleSheet);
  });

  it("reuses built-in and existing number formats, numbers new ones past every id in use", () => {
    const styles = new StylesEditor(
      MINIMAL_STYLES.replace(
        "</styleSheet>",
        `<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.000"/></dxf></dxfs></styleSheet>`,
      ),
    );
    const date = styles.format({ numberFormat: "yyyy-mm-dd" });
    const money = styles.format({ numberFormat: "#,##0.00" });
    const custom = styles.format({ numberFormat: "0.0000" });
    const root = parse(styles.toXml());
    const xfs = kids(kids(root, "cellXfs")[0], "xf");
    expect([date, money, custom].map((s) => xfs[s].getAttribute("numFmtId"))).toEqual(["164", "4", "171"]);
    expect(kids(kids(root, "numFmts")[0], "numFmt").map((n) => n.getAttribute("numFmtId"))).toEqual(["164", "171"]);
    expect(kids(root, "numFmts")[0].getAttribute("count")).toBe("2");
  });

  it("writes alignment, wrap and borders, and a numFmts section first when there is none", () => {
    const styles = new StylesEditor(MINIMAL_STYLES.replace(/<numFmts[\s\S]*?<\/numFmts>/, ""));
    const s = styles.format({
      horizontalAlignment: "center",
      wrapText: true,
      border: "#D9D9D9",
      numberFormat: "0.0%;-0.0%",
    });
    const root = parse(styles.toXml());
    expect(expectInOrder(root, SEQUENCE.styleSheet)[0]).toBe("numFmts");
    const xf = kids(kids(root, "cellXfs")[0], "xf")[s];
    expect(xf.getAttribute("borderId")).toBe("1");
    const alignment = kids(xf, "alignment")[0];
    expect([alignment.getAttribute("horizontal"), alignment.getAttribute("wrapText")]).toEqual(["center", "1"]);
    expect(kids(kids(root, "borders")[0], "border")).toHaveLength(2);
  });
});

describe("sheets put first", () => {
  it("shift local names and the active tab, and get print titles", () => {
    const parts = withWorkbook(
      { ...oneSheetWorkbook(""), "xl/worksheets/sheet2.xml": oneSheetWorkbook("")["xl/worksheets/sheet1.xml"] },
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><bookViews><workbookView activeTab="1"/></bookViews>` +
        `<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId3"/></sheets>` +
        `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$C$3</definedName><definedName name="All">A!$A$1</definedName></definedNames></workbook>`,
    );
    parts["xl/_rels/workbook.xml.rels"] = (parts["xl/_rels/workbook.xml.rels"] as string).replace(
      "</Relationships>",
      `<Relationship Id="rId3" Type="${NS.doc}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
    );
    const plan: WorkbookPlan = { sheets: [{ ...printTitles.sheets[0], first: true }] };
    const wb = parse(partsOf(patchPackage(openXlsx(zipParts(parts)), plan).bytes)["xl/workbook.xml"]);
    const sheets = Array.from(wb.getElementsByTagNameNS(NS.main, "sheet")).map((s) => s.getAttribute("name"));
    expect(sheets).toEqual(["Report", "A", "B"]);
    const names = Array.from(wb.getElementsByTagNameNS(NS.main, "definedName")).map((n) => [
      n.getAttribute("name"),
      n.getAttribute("localSheetId"),
      n.textContent,
    ]);
    expect(names).toEqual([
      ["_xlnm.Print_Area", "2", "B!$A$1:$C$3"],
      ["All", null, "A!$A$1"],
      ["_xlnm.Print_Titles", "0", "'Report'!$1:$1"],
    ]);
    expect(wb.getElementsByTagNameNS(NS.main, "workbookView")[0].getAttribute("activeTab")).toBe("2");
  });
});

describe("a table over a sheet's own cells", () => {
  it("keeps header cells held as shared strings, and names its columns after them", () => {
    const parts = oneSheetWorkbook(
      `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>`,
    );
    parts["xl/sharedStrings.xml"] = xml(
      `<sst xmlns="${NS.main}" count="2" uniqueCount="2"><si><r><t>Sp</t></r><r><t>end</t></r></si><si><t>Channel</t><rPh sb="0" eb="1"><t>x</t></rPh></si></sst>`,
    );
    parts["xl/_rels/workbook.xml.rels"] = (parts["xl/_rels/workbook.xml.rels"] as string).replace(
      "</Relationships>",
      `<Relationship Id="rId3" Type="${NS.doc}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    const plan: WorkbookPlan = {
      sheets: [
        {
          target: { existing: "Sheet1" },
          tables: [{ name: "T", range: "A1:B2", style: "TableStyleLight1", showBandedRows: false }],
        },
      ],
    };
    const out = partsOf(patchPackage(openXlsx(zipParts(parts)), plan).bytes);
    const table = parse(out["xl/tables/table1.xml"]);
    const names = Array.from(table.getElementsByTagNameNS(NS.main, "tableColumn")).map((c) => c.getAttribute("name"));
    expect(names).toEqual(["Channel", "Spend"]);
    // The header cells are left as they were: they already show their column's name.
    const sheet = parse(out["xl/worksheets/sheet1.xml"]);
    const header = Array.from(sheet.getElementsByTagNameNS(NS.main, "c")).slice(0, 2);
    expect(header.map((c) => [c.getAttribute("t"), c.textContent])).toEqual([
      ["s", "1"],
      ["s", "0"],
    ]);
  });
});

describe("a worksheet's rows, read only where a cell is asked for", () => {
  const body =
    `<x:row r="1" spans="1:2"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>\n` +
    `<x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c><x:c r="C3"><x:v>4</x:v></x:c></x:row>\n` +
    `<x:row r="9" ht="20" customHeight="1"><x:c r="B9"><x:f>A3*2</x:f><x:v>6</x:v></x:c></x:row>\n`;
  const sheet = xml(
    `<x:worksheet xmlns:x="${NS.main}" xmlns:r="${NS.r}"><x:sheetData>\n${body}</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`,
  );
  const parts = { ...prefixedWorkbook(), "xl/worksheets/sheet1.xml": sheet };
  const plan: WorkbookPlan = {
    sheets: [
      {
        target: { existing: "Data" },
        formats: [{ ranges: ["B3"], format: { fill: "#FFC7CE" } }],
        cells: [
          { at: "A5", rows: [["new"]] },
          { at: "A12", rows: [[7]] },
        ],
      },
    ],
  };
  const out = partsOf(patchPackage(openXlsx(zipParts(parts)), plan).bytes)["xl/worksheets/sheet1.xml"];

  it("keeps every row nobody asked for as its original text", () => {
    expect(out).toContain(`<x:row r="1" spans="1:2"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>\n`);
    expect(out).toContain(
      `<x:row r="9" ht="20" customHeight="1"><x:c r="B9"><x:f>A3*2</x:f><x:v>6</x:v></x:c></x:row>`,
    );
  });

  it("puts the rows asked for and the new ones in order, in the part's prefix, without new namespace declarations", () => {
    const data = kids(parse(out), "sheetData")[0];
    const rows = kids(data, "row");
    expect(rows.map((r) => r.getAttribute("r"))).toEqual(["1", "3", "5", "9", "12"]);
    expect(rows.every((r) => r.prefix === "x")).toBe(true);
    expect(kids(rows[1], "c").map((c) => c.getAttribute("r"))).toEqual(["A3", "B3", "C3"]);
    expect(Number(kids(rows[1], "c")[1].getAttribute("s"))).toBeGreaterThan(0);
    expect(rows[2].textContent).toBe("new");
    expect(out.match(/xmlns:x=/g)).toHaveLength(1);
    expect(out).not.toContain("<!--");
  });
});

describe("data validations", () => {
  it("writes a drop-down's choices as one quoted list, and refuses one longer than Excel's 255 characters", () => {
    const choices = (n: number) => Array.from({ length: n }, (_, i) => `choice ${i}`);
    const plan = (n: number): WorkbookPlan => ({
      sheets: [
        {
          target: { create: "S" },
          validations: [{ range: "A2:A9", rule: { kind: "list", choices: choices(n) }, errorMessage: "pick one" }],
        },
      ],
    });
    const out = partsOf(patchPackage(openXlsx(zipParts(oneSheetWorkbook(""))), plan(3)).bytes);
    const sheet = parse(out["xl/worksheets/sheet2.xml"]);
    const dv = sheet.getElementsByTagNameNS(NS.main, "dataValidation")[0];
    expect(dv.getAttribute("sqref")).toBe("A2:A9");
    expect(dv.getElementsByTagNameNS(NS.main, "formula1")[0].textContent).toBe('"choice 0,choice 1,choice 2"');
    expect(kids(sheet, "dataValidations")[0].getAttribute("count")).toBe("1");
    expect(() => patchPackage(openXlsx(zipParts(oneSheetWorkbook(""))), plan(40))).toThrow(/longer than 255/);
  });
});

describe("notes' VML drawing", () => {
  const V = "urn:schemas-microsoft-com:vml";
  const X = "urn:schemas-microsoft-com:office:excel";
  const drawing = (extra: string) =>
    `<xml xmlns:v="${V}" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="${X}">` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>` +
    `<v:shape id="_x0000_s1030" type="#_x0000_t201"><x:ClientData ObjectType="Button"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape>` +
    `<v:shape id="_x0000_s1031" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>` +
    `${extra}</xml>`;

  it("edits a well-formed drawing as a document: other shapes kept, a gone note's shape removed, new ids past the ones there", () => {
    const out = parse(patchVml(drawing(""), ["C5"]));
    const shapes = Array.from(out.getElementsByTagNameNS(V, "shape"));
    expect(shapes.map((s) => s.getAttribute("id"))).toEqual(["_x0000_s1030", "_x0000_s1032"]);
    const data = shapes[1].getElementsByTagNameNS(X, "ClientData")[0];
    expect([
      data.getElementsByTagNameNS(X, "Row")[0].textContent,
      data.getElementsByTagNameNS(X, "Column")[0].textContent,
    ]).toEqual(["4", "2"]);
    expect(out.getElementsByTagNameNS(V, "shapetype")).toHaveLength(1);
  });

  it("edits one that is not well-formed (Excel's <br>) shape by shape, keeping the rest as written", () => {
    const out = patchVml(drawing("<v:textbox><div>a<br>b</div></v:textbox>"), ["B2", "C5"]);
    expect(out).toContain("<div>a<br>b</div>");
    expect(out.match(/ObjectType="Note"/g)).toHaveLength(2);
    expect(out).toContain('id="_x0000_s1031"');
  });
});
