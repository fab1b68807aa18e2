import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { evaluateCampaign } from "../../src/core/report/evaluate";
import type { ChartPlan, WorkbookPlan } from "../../src/core/plan/types";
import { ymdToSerial } from "../../src/core/sheet";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { openXlsx, readSheetGrids } from "../../src/ooxml";
import { patchPackage } from "../../src/ooxml/patch/apply";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { countColor, pageImage, pagePng, toPdf, type Pixels } from "../helpers/render";

/**
 * The report's charts are visible in LibreOffice's PDF: the demo's report written into its
 * package as `mkt report` does, each chart given a colour used nowhere else, printed with
 * and without the charts; each colour is counted on the report's pages (the first two), at
 * 100 dpi so that even the thin trend line covers well over the threshold.
 */
const COLORS: Record<string, readonly string[]> = {
  column: ["#7030A0"],
  doughnut: ["#00B0F0", "#00B0F0", "#00B0F0", "#00B0F0"],
  line: ["#FF00FF"],
};

describe("the report's charts in LibreOffice's PDF", () => {
  const dir = mkdtempSync(join(tmpdir(), "mkt-report-charts-"));
  const pages: Record<"with" | "without", Pixels[]> = { with: [], without: [] };
  let kinds: string[] = [];

  beforeAll(async () => {
    const pkg = openXlsx((await planToXlsx(buildDemoPlan("en-US"))).bytes);
    const grids = readSheetGrids(pkg, pkg.sheets);
    const { plan } = evaluateCampaign(grids, { locale: "en-US", stamp: "x", today: ymdToSerial(2026, 11, 24) });
    const report = plan.sheets[0];
    kinds = (report.charts ?? []).map((c) => c.kind);
    const recoloured = (charts: readonly ChartPlan[]): WorkbookPlan => ({
      ...plan,
      sheets: [{ ...report, charts: charts.map((c) => ({ ...c, colors: COLORS[c.kind] ?? c.colors })) }],
    });
    const files = [
      ["with", recoloured(report.charts ?? [])],
      ["without", recoloured([])],
    ] as const;
    for (const [name, p] of files) writeFileSync(join(dir, `${name}.xlsx`), patchPackage(pkg, p).bytes);
    const pdfs = await toPdf(files.map(([name]) => join(dir, `${name}.xlsx`)));
    for (const [i, [name]] of files.entries())
      for (const page of [1, 2]) pages[name].push(await pageImage(pdfs[i], page, 100));
    const artifacts = resolve(__dirname, "../../test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    await pagePng(pdfs[0], 1, join(artifacts, "report-charts-page-1.png"));
  }, 240_000);

  it("has a column, a doughnut and a line chart", () => {
    expect([...kinds].sort()).toEqual(["column", "doughnut", "line"]);
  });

  it.each(Object.entries(COLORS))("draws the %s chart in its colour, absent without the charts", (_, colors) => {
    const count = (images: Pixels[]) => images.reduce((n, image) => n + countColor(image, colors[0]), 0);
    expect(count(pages.without)).toBe(0);
    expect(count(pages.with)).toBeGreaterThan(40);
  });
});
