import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { buildTemplatesPlan } from "../../src/core/templates";
import { planToXlsx } from "../../src/xlsx/plan-file";

describe("page setup in files", () => {
  it("writes orientation, fit to one page wide, title rows and the footer into each template sheet", async () => {
    const plan = buildTemplatesPlan(["all"], { locale: "en-US", sample: true });
    const { bytes } = await planToXlsx(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    // Title rows are the sheet's _xlnm.Print_Titles defined name, as Excel writes them.
    const names = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
    // The apostrophes may be written as they are or as &apos; (the same text).
    expect(names.replace(/&apos;/g, "'")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'Evaluation summary'!$1:$1</definedName>`,
    );
    plan.sheets.forEach((s, i) => {
      const ws = wb.worksheets[i];
      expect(ws.pageSetup).toMatchObject({
        orientation: s.pageSetup?.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: s.pageSetup?.fitToHeight,
        printTitlesRow: "1:1",
      });
      expect(ws.headerFooter.oddFooter).toBe("&L&A&R&P / &N");
    });
    // The wide templates print landscape, the narrow ones portrait.
    expect(new Set(plan.sheets.map((s) => s.pageSetup?.orientation))).toEqual(new Set(["portrait", "landscape"]));
  });
});
