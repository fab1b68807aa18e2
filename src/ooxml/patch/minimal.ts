import { strToU8, zipSync } from "fflate";
import { MINIMAL_STYLES } from "./styles";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * The smallest package a new workbook starts from (ECMA-376 Part 1, §12.2 and Part 2): content
 * types, the package relationship to the workbook, a workbook with its view and calculation
 * settings, and a stylesheet with the default entries. Its sheets come from the plan written
 * on it (src/ooxml/patch/apply adds "Sheet1" when a plan makes none).
 */
export function minimalPackage(): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="${SML}.styles+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      "xl/workbook.xml": strToU8(
        `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
          `<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      ),
      "xl/styles.xml": strToU8(MINIMAL_STYLES),
    },
    { level: 6 },
  );
}
