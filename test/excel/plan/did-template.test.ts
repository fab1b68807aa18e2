import { buildTemplatesPlan } from "../../../src/core/templates";
import { DID_CELLS, didFormulas } from "../../../src/core/templates/analysis/did";
import { applyPlanInExcel } from "../../../src/excel/plan/apply";
import { createFakeExcel } from "../fake";

/** The natural-growth (DID) template in Excel: cells, drop-down, highlight and chart in the sheet's one sync. */
describe("the natural-growth template applied with Office.js", () => {
  it.each(["zh-CN", "en-US"] as const)("writes the inputs, formulas, mode drop-down and chart (%s)", async (locale) => {
    const plan = buildTemplatesPlan(["did"], { locale, sample: true });
    const fake = createFakeExcel();
    const summary = await applyPlanInExcel(fake.context, plan);
    expect(fake.book.syncs).toBe(1 + plan.sheets.length);
    const name = summary.sheets[0].name;
    const sheet = fake.book.mustSheet(name);
    expect(fake.book.cell(name, DID_CELLS.treatedAfter).value).toBe(150_000);
    const f = didFormulas();
    expect(
      (["baseline", "effect", "relative", "grossRoi", "netRoi"] as const).map(
        (k) => fake.book.cell(name, DID_CELLS[k]).formula,
      ),
    ).toEqual([f.baseline, f.effect, f.relative, f.grossRoi, f.netRoi]);
    expect(sheet.validations.map((v) => [v.range, v.rule?.list?.source ?? null])).toEqual([
      [DID_CELLS.mode, locale === "zh-CN" ? "比率,差值" : "ratio,additive"],
      [DID_CELLS.cost, null],
    ]);
    expect(sheet.conditionalFormats.map((c) => c.range)).toEqual([DID_CELLS.netRoi, DID_CELLS.netRoi]);
    expect(sheet.charts).toEqual([expect.objectContaining({ data: "A1:C3", seriesBy: "Columns" })]);
    expect(fake.book.tables.map((t) => [t.name, t.range])).toEqual([["NaturalGrowthDid", "A1:D3"]]);
  });
});
