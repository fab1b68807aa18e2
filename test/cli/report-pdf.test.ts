import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CliIO } from "../../src/cli/io";
import { UsageError } from "../../src/cli/io";
import { xlsxToPdf } from "../../src/cli/pdf";
import { runCli } from "../../src/cli/run";
import { t } from "../../src/i18n/catalog";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { pagePng, pdfPages } from "../helpers/render";

const quiet: CliIO = { out: () => undefined, err: () => undefined };
const dir = mkdtempSync(join(tmpdir(), "mkt-report-pdf-"));

describe("mkt report --pdf (LibreOffice)", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "prints the %s demo's report workbook one page per sheet, the report first, its verdict on page 1",
    async (lang) => {
      const plan = buildDemoPlan(lang);
      const demo = join(dir, `demo-${lang}.xlsx`);
      writeFileSync(demo, (await planToXlsx(plan)).bytes);
      const pdf = join(dir, `report-${lang}.pdf`);
      const out = join(dir, `report-${lang}.xlsx`);
      expect(await runCli(["report", demo, "--out", out, "--pdf", pdf, "--lang", lang], quiet)).toBe(0);
      // The report sheet on at most 2 pages, every other sheet on one page.
      const pages = await pdfPages(pdf);
      expect(pages - plan.sheets.length).toBeGreaterThanOrEqual(1);
      expect(pages - plan.sheets.length).toBeLessThanOrEqual(2);
      const text = (last: number) =>
        execFileSync("pdftotext", ["-f", "1", "-l", String(last), pdf, "-"])
          .toString("utf8")
          .replace(/\s+/g, "");
      const first = text(1);
      expect(first).toContain(t(lang, "rpt.title").replace(/\s+/g, ""));
      expect(first).toContain(
        t(lang, "rpt.verdict.partly", { goals: 3, reached: 2, challenge: 1 }).replace(/\s+/g, ""),
      );
      expect(text(pages - plan.sheets.length)).toContain(t(lang, "rpt.recommendations").replace(/\s+/g, ""));
      const artifacts = resolve(__dirname, "../../test-artifacts");
      mkdirSync(artifacts, { recursive: true });
      await pagePng(pdf, 1, join(artifacts, `report-first-page-${lang}.png`));
    },
    240_000,
  );

  it("says how to get LibreOffice when it is not installed", async () => {
    await expect(xlsxToPdf(new Uint8Array(), null)).rejects.toThrow(UsageError);
    await expect(xlsxToPdf(new Uint8Array(), null)).rejects.toThrow(/needs LibreOffice.*libreoffice-calc-nogui/);
  });
});
