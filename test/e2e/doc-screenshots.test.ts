import { existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { buildCheckWorkbook } from "../xlsx/dirty-workbook";
import { artifacts, harnessForFile, openPreview } from "./browser";

/**
 * The screenshots of docs/images, made here in real Chromium on the shipped task pane, never
 * by hand. `npm run docs:screenshots` (DOCS_SCREENSHOTS=write) writes them into docs/images;
 * any other run writes them to test-artifacts/docs-images and checks that every image the
 * docs show is one this test makes, at the size it makes it.
 */

const root = resolve(__dirname, "../..");
const write = process.env.DOCS_SCREENSHOTS === "write";
const outDir = write ? resolve(root, "docs/images") : resolve(artifacts, "docs-images");
const file = join(mkdtempSync(join(tmpdir(), "mkt-docs-")), "channel-data.xlsx");
const VIEWPORT = { width: 1400, height: 900 };

const h = harnessForFile(async () => {
  mkdirSync(outDir, { recursive: true });
  await buildCheckWorkbook({ dirty: true }).xlsx.writeFile(file);
});

const made: string[] = [];
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(outDir, name), fullPage: false });
  made.push(name);
}

const TEXT = {
  "en-US": {
    templates: "Templates",
    generate: "Generate template",
    created: /Created sheet/,
    report: "Report",
    evaluate: "Evaluate campaign",
    wrote: /Wrote sheet/,
    check: "Check",
    checkSheet: "Check the sheet",
    findings: /\d+ findings on/,
    opened: "Opened channel-data.xlsx.",
    abtest: "A/B test",
  },
  "zh-CN": {
    templates: "模板",
    generate: "生成模板",
    created: /已创建工作表/,
    report: "评估报告",
    evaluate: "生成评估报告",
    wrote: /生成工作表/,
    check: "数据核验",
    checkSheet: "核验当前工作表",
    findings: /共有 \d+ 项发现/,
    opened: "已打开 channel-data.xlsx。",
    abtest: "A/B 测试",
  },
} as const;

describe.each(["en-US", "zh-CN"] as const)("the docs' screenshots (%s)", (lang) => {
  const t = TEXT[lang];
  const suffix = lang === "en-US" ? "" : ".zh-CN";

  it("the task pane beside a generated report; the templates gallery", async () => {
    const { page, errors } = await openPreview(h, lang);
    await page.getByRole("tab", { name: t.templates }).click();
    for (const id of ["channel-efficiency", "action-tracking", "did"])
      await page.locator(`[data-template="${id}"] input[type="checkbox"]`).first().check();
    await shot(page, `templates-view${suffix}.png`);
    await page.getByRole("button", { name: t.generate }).click();
    await page.getByText(t.created).first().waitFor();
    await page.getByRole("tab", { name: t.report }).click();
    await page.getByRole("button", { name: t.evaluate }).click();
    await page.getByText(t.wrote).first().waitFor();
    await page.getByRole("complementary").getByTestId("bar-chart").waitFor();
    await shot(page, `report-and-task-pane${suffix}.png`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("the A/B test view: verdict, intervals and lift in words", async () => {
    const { page, errors } = await openPreview(h, lang);
    await page.getByRole("tab", { name: t.abtest }).click();
    await page.getByTestId("control-conversions").fill("200");
    await page.getByTestId("control-visitors").fill("1000");
    await page.getByTestId("variant-conversions").fill("250");
    await page.getByTestId("variant-visitors").fill("1000");
    await page.getByTestId("ab-verdict").waitFor();
    expect(await page.getByTestId("ab-verdict").getAttribute("data-verdict")).toBe("significant_lift");
    await shot(page, `abtest-view${suffix}.png`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("the Check view's findings on a sheet with problems", async () => {
    const { page, errors } = await openPreview(h, lang);
    await page.getByTestId("open-input").setInputFiles(file);
    await page.getByText(t.opened).waitFor();
    await page.getByRole("tab", { name: t.check, exact: true }).click();
    await page.getByRole("button", { name: t.checkSheet }).click();
    await page.getByText(t.findings).first().waitFor();
    await shot(page, `check-findings${suffix}.png`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every docs/images/*.png a Markdown page of the repository shows. */
function imagesShown(): string[] {
  const pages = [
    ...readdirSync(root)
      .filter((f) => /^README.*\.md$/.test(f))
      .map((f) => resolve(root, f)),
    ...readdirSync(resolve(root, "docs"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".md"))
      .map((f) => resolve(root, "docs", f)),
  ];
  const shown = new Set<string>();
  for (const p of pages)
    for (const m of readFileSync(p, "utf8").matchAll(/\]\((?:\.\.\/)*(?:docs\/)?images\/([^)#\s]+\.png)\)/g))
      shown.add(m[1]);
  return [...shown].sort();
}

describe("the docs' images", () => {
  it("are the ones this test makes, at the size it makes them", () => {
    const shown = imagesShown();
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) {
      expect(made).toContain(name);
      const committed = resolve(root, "docs/images", name);
      expect(existsSync(committed)).toBe(true);
      expect(pngSize(committed)).toEqual(VIEWPORT);
    }
  });
});
