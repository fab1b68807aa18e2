import { strToU8, unzipSync, zipSync } from "fflate";
import { buildTemplatesPlan } from "../../src/core/templates";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { flagPackage, clearPackageFlags } from "../../src/ooxml";
import { openXlsx } from "../../src/ooxml/read";
import { checkSheet, defaultCheckSettings } from "../../src/core/checks";
import { readSheetGrid } from "../../src/ooxml";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { packageProblems } from "./writer-structure";

/** What the package writer writes has the structure Excel reads without repair (see ./writer-structure). */

describe("the package writer's outputs", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    for (const sample of [false, true])
      it(`every template, ${locale}, ${sample ? "with samples" : "blank"}`, async () => {
        const { bytes } = await planToXlsx(buildTemplatesPlan(["all"], { locale, sample }));
        expect(packageProblems(bytes)).toEqual([]);
      });

    it(`the demo, ${locale}, flagged and cleared`, async () => {
      const { bytes } = await planToXlsx(buildDemoPlan(locale));
      expect(packageProblems(bytes)).toEqual([]);
      const pkg = openXlsx(bytes);
      // The first sheet with findings (the evaluation summary's targets missed).
      const checked = pkg.sheets.map((sheet) => ({
        sheet,
        findings: checkSheet(readSheetGrid(pkg, sheet).grid, defaultCheckSettings(), 46000).findings,
      }));
      const { sheet, findings } = checked.find((c) => c.findings.length > 0) ?? checked[0];
      expect(findings.length).toBeGreaterThan(0);
      const flagged = flagPackage(pkg, findings, [sheet.name], { locale }).bytes;
      expect(packageProblems(flagged)).toEqual([]);
      expect(packageProblems(clearPackageFlags(openXlsx(flagged)).bytes)).toEqual([]);
    });
  }

  it("finds a legacyDrawing put after tableParts, as ExcelJS 4.4.0 writes it", async () => {
    const { bytes } = await planToXlsx(buildDemoPlan("en-US"));
    const files = unzipSync(bytes);
    const part = Object.keys(files).find((k) => {
      const text = new TextDecoder().decode(files[k]);
      return k.startsWith("xl/worksheets/sheet") && text.includes("<legacyDrawing") && text.includes("<tableParts");
    });
    if (!part) throw new Error("the demo has no sheet with a table and notes");
    const text = new TextDecoder().decode(files[part]);
    const legacy = /<legacyDrawing [^>]*\/>/.exec(text)![0];
    files[part] = strToU8(text.replace(legacy, "").replace("</worksheet>", `${legacy}</worksheet>`));
    expect(packageProblems(zipSync(files))).toEqual([`${part}: <legacyDrawing> comes after <tableParts>`]);
  });
});
