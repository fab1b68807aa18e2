import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parsePublicUrl, rewriteForRelease, localReferences } = require("../../build/public-url");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js");

const root = resolve(__dirname, "../..");
const dist = resolve(root, "dist");
const publicUrl = parsePublicUrl("https://your.host/scorecard");

/** Every file the build wrote, as paths relative to dist/. */
function builtFiles(dir = dist, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

const isText = (file: string) => /\.(xml|json|html|js|css|txt|svg|ts|map)$/.test(file);

describe("npm run build:release", () => {
  it("refuses to run without a usable ADDIN_PUBLIC_URL, saying what is wrong", async () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    try {
      delete process.env.ADDIN_PUBLIC_URL;
      await expect(webpackConfig({ release: true }, { mode: "production" })).rejects.toThrow(
        /ADDIN_PUBLIC_URL is not set/,
      );
      process.env.ADDIN_PUBLIC_URL = "http://your.host/";
      await expect(webpackConfig({ release: true }, { mode: "production" })).rejects.toThrow(/must use https/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  });

  it.each([
    ["", "is not set"],
    ["your.host", "is not a URL"],
    ["https://localhost:3000/", "is this machine"],
    ["https://127.0.0.1/", "is this machine"],
    ["https://your.host/?x=1", "plain address"],
  ])("rejects ADDIN_PUBLIC_URL=%j (%s)", (value, why) => {
    expect(parsePublicUrl(value).error).toContain(why);
  });

  it("takes an https address with or without a path, as a base ending in /", () => {
    expect(parsePublicUrl("https://your.host")).toEqual({ base: "https://your.host/", origin: "https://your.host" });
    expect(publicUrl).toEqual({ base: "https://your.host/scorecard/", origin: "https://your.host" });
  });

  it("leaves no localhost in any built file, the app domain included", () => {
    const files = builtFiles().filter(isText);
    expect(files).toEqual(expect.arrayContaining(["manifest.xml", "functions.json", "help.html", "functions.js"]));
    const before = files.filter((f) => localReferences(readFileSync(join(dist, f), "utf8")) > 0);
    expect(before).toContain("manifest.xml"); // the development build does point at localhost
    const after = files.filter(
      (f) => localReferences(rewriteForRelease(readFileSync(join(dist, f), "utf8"), publicUrl)) > 0,
    );
    expect(after).toEqual([]);
    const manifest = rewriteForRelease(readFileSync(join(dist, "manifest.xml"), "utf8"), publicUrl);
    expect(manifest).toContain("<AppDomain>https://your.host</AppDomain>");
    expect(manifest).toContain('<SupportUrl DefaultValue="https://your.host/scorecard/help.html">');
    expect(manifest).toContain('<Override Locale="zh-CN" Value="https://your.host/scorecard/help.zh-CN.html"/>');
    const metadata = JSON.parse(rewriteForRelease(readFileSync(join(dist, "functions.json"), "utf8"), publicUrl));
    const help = readFileSync(join(dist, "help.html"), "utf8");
    for (const fn of metadata.functions) {
      expect(fn.helpUrl).toMatch(/^https:\/\/your\.host\/scorecard\/help\.html#[a-z]+$/);
      // Every function's help link lands on its own section of the help page.
      expect(help).toMatch(new RegExp(`id="?${String(fn.helpUrl).split("#")[1]}"?[\\s>]`));
    }
    // Chinese Excel's help links open the Chinese page, on the same sections.
    const zhMetadata = JSON.parse(
      rewriteForRelease(readFileSync(join(dist, "functions.zh-CN.json"), "utf8"), publicUrl),
    );
    const zhHelp = readFileSync(join(dist, "help.zh-CN.html"), "utf8");
    for (const fn of zhMetadata.functions) {
      expect(fn.helpUrl).toMatch(/^https:\/\/your\.host\/scorecard\/help\.zh-CN\.html#[a-z]+$/);
      expect(zhHelp).toMatch(new RegExp(`id="?${String(fn.helpUrl).split("#")[1]}"?[\\s>]`));
    }
  });

  it("writes a production manifest that validates against the Office add-in schemas, offline", () => {
    const manifest = rewriteForRelease(readFileSync(join(dist, "manifest.xml"), "utf8"), publicUrl);
    const path = join(mkdtempSync(join(tmpdir(), "release-manifest-")), "manifest.xml");
    writeFileSync(path, manifest);
    const xsd = resolve(root, "test/fixtures/office-xsd/OfficeAppManifestV1_1.xsd");
    const out = execFileSync("xmllint", ["--noout", "--schema", xsd, path], { encoding: "utf8", stdio: "pipe" });
    expect(out).toBe("");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://your.host/scorecard/"))).toEqual([]);
  });
});
