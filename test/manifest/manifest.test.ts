import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { parseStringPromise } from "xml2js";

const root = resolve(__dirname, "../..");
const manifestPath = resolve(root, "manifest.xml");
const xml = readFileSync(manifestPath, "utf8");
const publicUrl = "https://localhost:3000/";

type Node = { [key: string]: unknown };

/** Every element of the parsed tree, depth first, with its tag name. */
function* elements(node: unknown, tag = "OfficeApp"): Generator<{ tag: string; node: Node }> {
  if (Array.isArray(node)) {
    for (const item of node) yield* elements(item, tag);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  yield { tag, node: node as Node };
  for (const [key, child] of Object.entries(node)) if (key !== "$" && key !== "_") yield* elements(child, key);
}

function attrs(node: Node): Record<string, string> {
  return (node.$ as Record<string, string>) ?? {};
}

let all: Array<{ tag: string; node: Node }>;

beforeAll(async () => {
  const doc = await parseStringPromise(xml, { explicitArray: true });
  all = [...elements(doc.OfficeApp)];
});

describe("manifest.xml", () => {
  it("validates against the Office add-in schemas, offline", () => {
    const xsd = resolve(root, "test/fixtures/office-xsd/OfficeAppManifestV1_1.xsd");
    const out = execFileSync("xmllint", ["--noout", "--schema", xsd, manifestPath], {
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(out).toBe("");
  });

  it("resolves every resid to a resource", () => {
    const ids = new Set(
      all.filter((e) => ["bt:Image", "bt:Url", "bt:String"].includes(e.tag)).map((e) => attrs(e.node).id),
    );
    const resids = all.map((e) => attrs(e.node).resid).filter((r): r is string => typeof r === "string");
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((r) => !ids.has(r))).toEqual([]);
  });

  it("uses https for every URL, each pointing at a file the build emits", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(publicUrl)).toBe(true);
      const file = url.slice(publicUrl.length).split(/[?#]/)[0];
      if (file === "") continue; // the app domain itself
      expect({ url, emitted: existsSync(resolve(root, "dist", file)) }).toEqual({ url, emitted: true });
    }
  });

  it("declares a shared runtime that lives long and hosts the functions and task pane on one page", () => {
    const runtime = all.find((e) => e.tag === "Runtime");
    expect(attrs(runtime!.node)).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const set = all.find((e) => e.tag === "Set" && attrs(e.node).Name === "SharedRuntime");
    expect(attrs(set!.node).MinVersion).toBe("1.1");
    const cf = all.find((e) => e.tag === "ExtensionPoint" && attrs(e.node)["xsi:type"] === "CustomFunctions")!.node;
    const resid = (key: string) => attrs(((cf[key] as Node[])[0].SourceLocation as Node[])[0]).resid;
    expect(resid("Page")).toBe("Taskpane.Url");
    expect(resid("Script")).toBe("Functions.Script.Url");
    expect(resid("Metadata")).toBe("Functions.Metadata.Url");
  });

  it("uses the MKT namespace and the generated metadata per locale", () => {
    const str = (id: string) => all.find((e) => e.tag === "bt:String" && attrs(e.node).id === id)!.node;
    expect(attrs(str("Functions.Namespace")).DefaultValue).toBe("MKT");
    const url = all.find((e) => e.tag === "bt:Url" && attrs(e.node).id === "Functions.Metadata.Url")!.node;
    expect(attrs(url).DefaultValue).toBe(`${publicUrl}functions.json`);
    const override = (url["bt:Override"] as Node[]).map((o) => attrs(o));
    expect(override).toEqual([{ Locale: "zh-CN", Value: `${publicUrl}functions.zh-CN.json` }]);
    // The functions page the manifest names is the one that registers the functions.
    const script = readFileSync(resolve(root, "dist/functions.js"), "utf8");
    const metadata = JSON.parse(readFileSync(resolve(root, "dist/functions.json"), "utf8"));
    for (const fn of metadata.functions) expect(script).toContain(`associate("${fn.id}"`);
    const page = readFileSync(resolve(root, "dist/taskpane.html"), "utf8");
    expect(page).toMatch(/src=["']?functions\.js/);
    expect(page).toMatch(/src=["']?taskpane\.js/);
  });

  it("puts a Campaign Scorecard button on the Home tab that opens the task pane", () => {
    const tab = all.find((e) => e.tag === "OfficeTab")!.node;
    expect(attrs(tab).id).toBe("TabHome");
    const action = all.find((e) => e.tag === "Action")!.node;
    expect(attrs(action)["xsi:type"]).toBe("ShowTaskpane");
    const label = all.find((e) => e.tag === "bt:String" && attrs(e.node).id === "TaskpaneButton.Label")!.node;
    expect(attrs(label).DefaultValue).toBe("Campaign Scorecard");
  });
});
