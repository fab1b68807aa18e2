import { openPreview, screenshot, harnessForFile } from "./browser";

/**
 * The shipped taskpane.html with the real office.js (served at Microsoft's CDN URL from the
 * @microsoft/office-js package): what a user who opens the page outside Office gets.
 */
const h = harnessForFile();

/** The relative luminance (0 dark .. 1 light) of a CSS rgb() colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("taskpane.html with the real office.js, outside Office", () => {
  it("loads office.js from its CDN address, resolves onReady with no host and starts the preview", async () => {
    const { page, errors, cdn } = await openPreview(h);
    expect(cdn.served).toContain("office.js");
    const office = await page.evaluate(async () => {
      const w = window as unknown as { Office?: typeof Office; Excel?: unknown };
      const info = w.Office ? await w.Office.onReady() : undefined;
      return {
        loaded: w.Office !== undefined,
        host: info ? info.host : "no office.js",
        excel: typeof w.Excel,
        pushState: typeof history.pushState,
        alert: (() => {
          try {
            window.alert("");
            return "shown";
          } catch {
            return "throws";
          }
        })(),
      };
    });
    // office.js outside Office: no host, no Excel namespace, history.pushState nulled, alert throwing.
    expect(office).toEqual({ loaded: true, host: null, excel: "undefined", pushState: "object", alert: "throws" });
    expect(await page.getByTestId("host-kind").textContent()).toContain("Preview");
    // The pane works on: switching views needs no router (history is unusable here).
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.locator('[data-function="ROI"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the theme: dark with ?theme=dark, light again with the switch", async () => {
    const { page, errors } = await openPreview(h, "en-US", "theme=dark");
    const provider = page.locator("[data-theme]").first();
    expect(await provider.getAttribute("data-theme")).toBe("dark");
    const background = () => provider.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(await background())).toBeLessThan(0.2);
    await screenshot(page, "theme-dark-en-US");
    await page.getByTestId("dark-theme").click();
    expect(await provider.getAttribute("data-theme")).toBe("light");
    expect(luminance(await background())).toBeGreaterThan(0.8);
    await screenshot(page, "theme-light-en-US");
    expect(errors).toEqual([]);
    await page.close();

    const zh = await openPreview(h, "zh-CN", "theme=dark");
    await zh.page.getByRole("tab", { name: "数据核验" }).click();
    await zh.page.getByRole("button", { name: "核验当前工作表" }).waitFor();
    expect(await zh.page.locator("[data-theme]").first().getAttribute("data-theme")).toBe("dark");
    await screenshot(zh.page, "theme-dark-check-zh-CN");
    expect(zh.errors).toEqual([]);
    await zh.page.close();
  });
});
