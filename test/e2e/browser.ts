import type { Server } from "http";
import { mkdirSync } from "fs";
import { readFile, stat } from "fs/promises";
import { extname, join, normalize, resolve, sep } from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDir } = require("../../scripts/serve.js") as { serveDir(dir: string, port: number): Promise<Server> };

const root = resolve(__dirname, "../..");
export const artifacts = resolve(root, "test-artifacts");

/**
 * Where taskpane.html loads office.js from, as users get it (Microsoft's CDN), and the copy
 * of that CDN folder in the `@microsoft/office-js` npm package (a test-only dependency):
 * dist/office.js, the host files it picks and its locale folders (en-us/office_strings.js...).
 */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = resolve(root, "node_modules/@microsoft/office-js/dist");

/** What the page asked the CDN for: files served from the package, and files it does not have. */
export interface CdnLog {
  readonly served: string[];
  readonly missing: string[];
}

/**
 * Serves the CDN's URLs from the npm package, so the real office.js runs in the page
 * (Office.onReady outside Office, its history/alert changes, host detection); anything
 * else off the loopback host stays unresolvable (see the launch flags).
 */
export async function routeOfficeCdn(context: BrowserContext, log: CdnLog): Promise<void> {
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const url = new URL(route.request().url());
    const rel = decodeURIComponent(url.pathname.slice(new URL(OFFICE_CDN).pathname.length));
    const file = normalize(join(OFFICE_DIST, rel));
    const inside = file.startsWith(OFFICE_DIST + sep);
    // A page closed while its request was answered makes fulfil fail: nothing is left to serve.
    const answer = (reply: Parameters<typeof route.fulfill>[0]) => route.fulfill(reply).catch(() => undefined);
    if (!inside || !(await stat(file).catch(() => null))?.isFile()) {
      log.missing.push(rel);
      await answer({ status: 404, body: "not in @microsoft/office-js" });
      return;
    }
    log.served.push(rel);
    const type = extname(file) === ".js" ? "text/javascript; charset=utf-8" : "application/octet-stream";
    await answer({ status: 200, contentType: type, body: await readFile(file) });
  });
}

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
      // Only loopback resolves: the office.js CDN is served by routeOfficeCdn, everything else fails fast.
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

/**
 * The harness of one test file: started before its tests, after `prepare` (e.g. writing the
 * workbook the tests open), and closed after them. Its members are read when a test runs.
 */
export function harnessForFile(prepare?: () => Promise<void>): PreviewHarness {
  let h: PreviewHarness | undefined;
  beforeAll(async () => {
    await prepare?.();
    h = await startPreviewHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });
  const started = () => {
    if (!h) throw new Error("the preview harness did not start");
    return h;
  };
  return {
    get browser() {
      return started().browser;
    },
    get server() {
      return started().server;
    },
    get url() {
      return started().url;
    },
    close: () => started().close(),
  };
}

export interface OpenedPreview {
  page: Page;
  /** Uncaught errors of the page, for a test to assert there were none. */
  errors: string[];
  /** What office.js fetched from the (routed) CDN. */
  cdn: CdnLog;
}

/**
 * A new page on the shipped taskpane.html, with the real office.js served at its CDN URL:
 * outside Office it resolves onReady with no host and the page starts the preview host.
 * `query` adds to the URL (e.g. "theme=dark"). Closing the page closes its context.
 */
export async function openPreview(
  h: PreviewHarness,
  lang: "en-US" | "zh-CN" = "en-US",
  query = "",
): Promise<OpenedPreview> {
  const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const cdn: CdnLog = { served: [], missing: [] };
  await routeOfficeCdn(context, cdn);
  const page = await context.newPage();
  // When the harness closes the browser first, the context is gone already: nothing left to close.
  page.once("close", () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${h.url}?lang=${lang}${query ? `&${query}` : ""}`);
  await page.getByRole("tablist", { name: lang === "zh-CN" ? "视图" : "Views" }).waitFor();
  return { page, errors, cdn };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: false });
}
