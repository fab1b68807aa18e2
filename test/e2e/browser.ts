import type { Server } from "http";
import { mkdirSync } from "fs";
import { resolve } from "path";
import { chromium, type Browser, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDir } = require("../../scripts/serve.js") as { serveDir(dir: string, port: number): Promise<Server> };

const root = resolve(__dirname, "../..");
export const artifacts = resolve(root, "test-artifacts");

/** Debian's Chromium, which the test setup installs; never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface PreviewHarness {
  browser: Browser;
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Serves the built dist/ on a loopback port and launches headless Chromium with the outside network off. */
export async function startPreviewHarness(): Promise<PreviewHarness> {
  const server: Server = await serveDir(resolve(root, "dist"), 0);
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("server has no port");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Only loopback resolves: office.js from the CDN fails fast, as on a machine without Office.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  mkdirSync(artifacts, { recursive: true });
  return {
    browser,
    server,
    url: `http://127.0.0.1:${address.port}/taskpane.html`,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A new page on the preview, with page errors collected so a test can assert there were none. */
export async function openPreview(
  h: PreviewHarness,
  lang: "en-US" | "zh-CN" = "en-US",
): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${h.url}?lang=${lang}`);
  await page.getByRole("tablist", { name: lang === "zh-CN" ? "视图" : "Views" }).waitFor();
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: false });
}
