import { strToU8, zipSync } from "fflate";

/**
 * A small hand-written workbook as Excel writes one: a sheet with a table, a note (its
 * comments part and VML shape), shared strings, styles with one dxf, a defined name, a data
 * validation and a conditional format. Each part can be replaced to break one rule.
 */
const M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetPieces {
  sheetData: string;
  /** Everything between sheetData and the end of the worksheet, in order. */
  after: string;
  rootAttrs: string;
}

export const SHEET: SheetPieces = {
  rootAttrs: `xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" mc:Ignorable="x14ac"`,
  sheetData:
    '<sheetData><row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
    '<row r="2"><c r="A2" s="1"><v>3</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c></row></sheetData>',
  after:
    '<conditionalFormatting sqref="A2"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>2</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"a,b"</formula1></dataValidation></dataValidations>' +
    '<legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
};

export function sheetXml(p: Partial<SheetPieces> = {}): string {
  const s = { ...SHEET, ...p };
  return `${DECL}<worksheet xmlns="${M}" xmlns:r="${R}" ${s.rootAttrs}>${s.sheetData}${s.after}</worksheet>`;
}

export function tableXml(attrs = 'id="1" name="Spend" displayName="Spend" ref="A1:B2"', inner?: string): string {
  const body =
    inner ??
    '<autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="Channel"/><tableColumn id="2" name="Cost"/></tableColumns>' +
      '<tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/>';
  return `${DECL}<table xmlns="${M}" ${attrs}>${body}</table>`;
}

export const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:textbox><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';

export interface Parts {
  [name: string]: string;
}

export function baseParts(): Parts {
  return {
    "[Content_Types].xml":
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      "</Types>",
    "_rels/.rels": `${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="Spend" sheetId="1" r:id="rId1"/></sheets>` +
      '<definedNames><definedName name="Budget">Spend!$B$2</definedName></definedNames></workbook>',
    "xl/_rels/workbook.xml.rels":
      `${DECL}<Relationships xmlns="${PR}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
      "</Relationships>",
    "xl/styles.xml":
      `${DECL}<styleSheet xmlns="${M}" xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" mc:Ignorable="x14ac">` +
      '<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>',
    "xl/sharedStrings.xml": `${DECL}<sst xmlns="${M}" count="2" uniqueCount="2"><si><t>Channel</t></si><si><r><t>Co</t></r><r><t>st</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si></sst>`,
    "xl/worksheets/sheet1.xml": sheetXml(),
    "xl/worksheets/_rels/sheet1.xml.rels":
      `${DECL}<Relationships xmlns="${PR}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>' +
      "</Relationships>",
    "xl/tables/table1.xml": tableXml(),
    "xl/comments1.xml": `${DECL}<comments xmlns="${M}"><authors><author>a</author></authors><commentList><comment ref="A2" authorId="0"><text><t>note</t></text></comment></commentList></comments>`,
    "xl/drawings/vmlDrawing1.vml": VML,
  };
}

export function zip(parts: Parts): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

/** The base package with some parts replaced. */
export function workbook(changes: Parts = {}): Uint8Array {
  return zip({ ...baseParts(), ...changes });
}
