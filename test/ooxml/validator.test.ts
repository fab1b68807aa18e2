import { validateAgainst, validatePackage } from "../helpers/ooxml-validate";
import { baseParts, sheetXml, SHEET, tableXml, VML, workbook, zip } from "./validator-package";

const M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function problems(changes: Record<string, string> = {}): string[] {
  return validatePackage(workbook(changes)).problems;
}

function withWorkbook(inner: string): Record<string, string> {
  return {
    "xl/workbook.xml": `<workbook xmlns="${M}" xmlns:r="${R}">${inner}</workbook>`,
  };
}

describe("the OOXML validator: schemas after Markup Compatibility processing", () => {
  test("a workbook as Excel writes it has no problem, every covered part checked", () => {
    const v = validatePackage(workbook());
    expect(v.problems).toEqual([]);
    expect(v.partsChecked).toBe(7);
  });

  test("legacyDrawing after tableParts (ExcelJS 4.4.0's order) fails the worksheet part", () => {
    const after = SHEET.after.replace('<legacyDrawing r:id="rId2"/>', "") + '<legacyDrawing r:id="rId2"/>';
    const p = problems({ "xl/worksheets/sheet1.xml": sheetXml({ after }) });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^schema xl\/worksheets\/sheet1\.xml: line \d+: Element 'legacyDrawing': This element is not expected/,
    );
  });

  test("an attribute of an Ignorable namespace is dropped; undeclared as Ignorable it is an error", () => {
    const rootAttrs = 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';
    const p = problems({ "xl/worksheets/sheet1.xml": sheetXml({ rootAttrs }) });
    expect(p).toEqual([expect.stringMatching(/^schema xl\/worksheets\/sheet1\.xml: .*dyDescent/)]);
  });

  test("mc:AlternateContent becomes its Fallback (and a bad Fallback is judged)", () => {
    const ac = (fallback: string): string =>
      `<mc:AlternateContent><mc:Choice Requires="x14ac"><foo xmlns="urn:x"/></mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
    const good = SHEET.after.replace('<legacyDrawing r:id="rId2"/>', ac('<legacyDrawing r:id="rId2"/>'));
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ after: good }) })).toEqual([]);
    const bad = SHEET.after.replace('<legacyDrawing r:id="rId2"/>', ac("<bogus/>"));
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ after: bad }) })).toEqual([
      expect.stringMatching(/bogus.*not expected/),
    ]);
  });

  test("an Ignorable namespace's element inside extLst/ext is kept (open content) and outside it is dropped", () => {
    const ext =
      '<extLst><ext uri="{x}" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><x14ac:anything/></ext></extLst>';
    const after = SHEET.after + ext;
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ after }) })).toEqual([]);
    const dropped = "<x14ac:stray/>" + SHEET.after;
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ after: dropped }) })).toEqual([]);
  });

  test("a part that is not well-formed, or has the wrong root, is a problem", () => {
    expect(problems({ "xl/tables/table1.xml": "<table><oops></table>" })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^schema xl\/tables\/table1\.xml: not well-formed/)]),
    );
    const p = problems({ "xl/comments1.xml": `<sst xmlns="${M}"/>` });
    expect(p).toEqual([
      expect.stringMatching(/^schema xl\/comments1\.xml: root element sst, where comments was expected/),
    ]);
  });

  test("a Default content type for .xml does not type every part: [Content_Types].xml and rels are not judged", () => {
    const types = baseParts()["[Content_Types].xml"].replace(
      'ContentType="application/xml"',
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"',
    );
    expect(problems({ "[Content_Types].xml": types })).toEqual([]);
  });

  test("VML shapes are validated; Excel's unclosed <br> is read leniently", () => {
    expect(problems({ "xl/drawings/vmlDrawing1.vml": VML.replace("<x:Row>1</x:Row>", "<x:Row>one</x:Row>") })).toEqual([
      expect.stringMatching(/^schema xl\/drawings\/vmlDrawing1\.vml: .*'one' is not a valid value/),
    ]);
    expect(problems({ "xl/drawings/vmlDrawing1.vml": VML.replace("</div>", "<br>line</div>") })).toEqual([]);
  });
});

describe("the OOXML validator: rules no schema carries", () => {
  test("a table's header cell must equal its column name", () => {
    const cols =
      '<tableColumns count="2"><tableColumn id="1" name="Channel"/><tableColumn id="2" name="Spend"/></tableColumns>';
    expect(problems({ "xl/tables/table1.xml": tableXml(undefined, cols) })).toEqual([
      `semantic Spend!B1: table Spend's header cell "Cost" differs from its column name "Spend"`,
    ]);
  });

  test("a table's header cell may not be a formula", () => {
    const sheetData = SHEET.sheetData.replace(
      '<c r="B1" t="s"><v>1</v></c>',
      '<c r="B1" t="str"><f>"Cost"</f><v>Cost</v></c>',
    );
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ sheetData }) })).toEqual([
      "semantic Spend!B1: table Spend's header is a formula",
    ]);
  });

  test("a table name may not equal a defined name, nor another table's", () => {
    const wb = withWorkbook(
      '<sheets><sheet name="Spend" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="SPEND">1</definedName></definedNames>',
    );
    expect(problems(wb)).toEqual(["semantic table name spend equals a defined name"]);
    const two = {
      "xl/worksheets/sheet1.xml": sheetXml({
        after:
          '<legacyDrawing r:id="rId2"/><tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId4"/></tableParts>',
        sheetData: SHEET.sheetData.replace(
          "</sheetData>",
          '<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>1</v></c></row></sheetData>',
        ),
      }),
      "xl/worksheets/_rels/sheet1.xml.rels": baseParts()["xl/worksheets/_rels/sheet1.xml.rels"].replace(
        "</Relationships>",
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table2.xml"/></Relationships>',
      ),
      "xl/tables/table2.xml": tableXml('id="2" name="Other" displayName="spend" ref="A5:B6"').replace(
        'autoFilter ref="A1:B2"',
        'autoFilter ref="A5:B6"',
      ),
    };
    expect(problems(two)).toEqual(["semantic table name spend used twice (Spend, Spend)"]);
  });

  test("defined names are unique in their scope, and there is one definedNames element", () => {
    const twice = withWorkbook(
      '<sheets><sheet name="Spend" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Budget">1</definedName><definedName name="budget">2</definedName></definedNames>',
    );
    expect(problems(twice)).toEqual(["semantic workbook: defined name budget twice in one scope"]);
    const scoped = withWorkbook(
      '<sheets><sheet name="Spend" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Budget">1</definedName><definedName name="Budget" localSheetId="0">2</definedName></definedNames>',
    );
    expect(problems(scoped)).toEqual([]);
    // two definedNames elements also break the schema's sequence: both judges say so
    const two = withWorkbook(
      '<sheets><sheet name="Spend" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="A">1</definedName></definedNames><definedNames><definedName name="B">1</definedName></definedNames>',
    );
    expect(problems(two)).toEqual([
      expect.stringMatching(/^schema xl\/workbook\.xml: .*definedNames/),
      "semantic workbook: more than one definedNames element",
    ]);
  });

  test("a style index past cellXfs and a shared-string index past the table are problems", () => {
    const sheetData = SHEET.sheetData
      .replace('<c r="A2" s="1">', '<c r="A2" s="2">')
      .replace('<c r="A1" t="s"><v>0</v>', '<c r="A1" t="s"><v>0</v>');
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ sheetData }) })).toEqual([
      "semantic Spend!A2: style 2 is past the 2 cell formats",
    ]);
    const strings = SHEET.sheetData.replace(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>',
      '<c r="B2" t="s"><v>2</v></c>',
    );
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ sheetData: strings }) })).toEqual([
      "semantic Spend!B2: shared string 2 is past the 2 strings",
    ]);
  });

  test.each([
    ["a name of 32 characters", "x".repeat(32)],
    ["a name with a colon", "Q1:Q2"],
    ["a name with a slash", "a/b"],
    ["a name with a bracket", "a[1]"],
    ["a name with a question mark", "why?"],
    ["a name with a star", "a*"],
    ["a name with a backslash", "a\\b"],
    ["an empty name", ""],
    ["a name starting with an apostrophe", "'Spend"],
  ])("a sheet name is refused: %s", (_label, name) => {
    const esc = name.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    const p = problems(withWorkbook(`<sheets><sheet name="${esc}" sheetId="1" r:id="rId1"/></sheets>`));
    expect(p).toContain(`semantic sheet name not allowed: ${JSON.stringify(name)}`);
  });

  test("a sheet name of 31 characters is legal", () => {
    expect(
      problems(withWorkbook(`<sheets><sheet name="${"x".repeat(31)}" sheetId="1" r:id="rId1"/></sheets>`)),
    ).toEqual([]);
  });

  test("tables may not overlap", () => {
    const parts = {
      "xl/worksheets/sheet1.xml": sheetXml({
        after:
          '<legacyDrawing r:id="rId2"/><tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId4"/></tableParts>',
      }),
      "xl/worksheets/_rels/sheet1.xml.rels": baseParts()["xl/worksheets/_rels/sheet1.xml.rels"].replace(
        "</Relationships>",
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table2.xml"/></Relationships>',
      ),
      "xl/tables/table2.xml": tableXml(
        'id="2" name="Second" displayName="Second" ref="B2:B3"',
        '<tableColumns count="1"><tableColumn id="1" name="x"/></tableColumns>',
      ).replace('ref="B2:B3"', 'ref="B2:B3" headerRowCount="0"'),
    };
    expect(problems(parts)).toEqual(["semantic Spend: table Second overlaps another table"]);
  });

  test("a table's autoFilter must lie inside the table", () => {
    const t = tableXml().replace('autoFilter ref="A1:B2"', 'autoFilter ref="A1:C2"');
    expect(problems({ "xl/tables/table1.xml": t })).toEqual([
      "semantic Spend: table Spend autoFilter A1:C2 is outside A1:B2",
    ]);
  });

  test("a data-validation formula is at most 255 characters", () => {
    const long = `"${"a,".repeat(127)}b"`;
    expect(long.length).toBe(257);
    const after = SHEET.after.replace('<formula1>"a,b"</formula1>', `<formula1>${long}</formula1>`);
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ after }) })).toEqual([
      "semantic Spend: a data-validation formula is longer than 255 characters",
    ]);
  });

  test("a conditional format's dxfId must name one of the dxfs", () => {
    const after = SHEET.after.replace('dxfId="0"', 'dxfId="1"');
    expect(problems({ "xl/worksheets/sheet1.xml": sheetXml({ after }) })).toEqual([
      "semantic Spend: conditional format dxfId 1 is past the 1 dxfs",
    ]);
  });
});

describe("the OOXML validator against an original", () => {
  const misordered = sheetXml({
    after: SHEET.after.replace('<legacyDrawing r:id="rId2"/>', "") + '<legacyDrawing r:id="rId2"/>',
  });

  test("a part the copy leaves byte for byte, even invalid, is not counted", () => {
    const original = workbook({ "xl/worksheets/sheet1.xml": misordered });
    const copy = workbook({
      "xl/worksheets/sheet1.xml": misordered,
      "xl/comments1.xml": baseParts()["xl/comments1.xml"].replace("note", "note 2"),
    });
    const v = validateAgainst(copy, original);
    expect(v.problems).toEqual([]);
    expect(v.partsChecked).toBe(1);
  });

  test("a part valid in the original that the copy makes invalid is counted", () => {
    const v = validateAgainst(workbook({ "xl/worksheets/sheet1.xml": misordered }), workbook());
    expect(v.problems).toEqual([expect.stringMatching(/^schema xl\/worksheets\/sheet1\.xml: .*legacyDrawing/)]);
  });

  test("a part invalid in the original is not blamed on the copy; a new part is judged", () => {
    const original = workbook({ "xl/worksheets/sheet1.xml": misordered });
    const copy = zip({
      ...baseParts(),
      "xl/worksheets/sheet1.xml": misordered.replace("<v>3</v>", "<v>4</v>"),
      "xl/tables/table9.xml": "<table",
    });
    const v = validateAgainst(copy, original);
    expect(v.problems).toEqual([expect.stringMatching(/^schema xl\/tables\/table9\.xml: not well-formed/)]);
  });

  test("only semantic problems the original did not have are counted", () => {
    const badStyle = sheetXml({ sheetData: SHEET.sheetData.replace('s="1"', 's="7"') });
    const original = workbook({ "xl/worksheets/sheet1.xml": badStyle });
    expect(
      validateAgainst(workbook({ "xl/worksheets/sheet1.xml": badStyle.replace("<v>3</v>", "<v>5</v>") }), original)
        .problems,
    ).toEqual([]);
    const worse = badStyle.replace(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>',
      '<c r="B2" t="s"><v>9</v></c>',
    );
    expect(validateAgainst(workbook({ "xl/worksheets/sheet1.xml": worse }), original).problems).toEqual([
      "semantic Spend!B2: shared string 9 is past the 2 strings",
    ]);
  });
});
