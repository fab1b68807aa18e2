import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../build/localize-metadata");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sources: string[] = require("../../build/functions-sources");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withFlags } = require("../../build/metadata-flags");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pointHelpAt } = require("../../build/functions-reference");

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: Fn[];
}

const root = resolve(__dirname, "../..");

/** What callers depend on: ids, names, parameter types and flags; not the wording. */
function signature(metadata: Metadata) {
  return metadata.functions.map((fn) => ({
    id: fn.id,
    name: fn.name,
    parameters: fn.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      dimensionality: p.dimensionality ?? "scalar",
      optional: p.optional ?? false,
      repeating: p.repeating ?? false,
    })),
    result: { type: fn.result.type ?? "any", dimensionality: fn.result.dimensionality ?? "scalar" },
  }));
}

let generated: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    sources.map((s) => resolve(root, s)),
    true,
  );
  // The generator reports problems as a list (its CLI still exits 0): there must be none.
  expect(result.errors).toEqual([]);
  generated = withFlags(JSON.parse(result.metadataJson));
});

const golden = JSON.parse(readFileSync(resolve(__dirname, "functions.golden.json"), "utf8"));

describe("functions.json", () => {
  it("matches the golden signature (ids, names, parameter types, optional and repeating flags)", () => {
    expect(signature(generated)).toEqual(golden);
  });

  it("lets error values and data types in the inputs reach the functions, deliberately", () => {
    expect(generated).toMatchObject({ allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true });
  });

  it("describes every function and parameter", () => {
    for (const fn of generated.functions) {
      expect(fn.description).toBeTruthy();
      for (const p of fn.parameters) expect(p.description).toBeTruthy();
    }
  });

  it("is what the build emitted", () => {
    const emitted = resolve(root, "dist/functions.json");
    expect(existsSync(emitted)).toBe(true);
    expect(JSON.parse(readFileSync(emitted, "utf8"))).toEqual(generated);
  });
});

describe("functions.zh-CN.json", () => {
  const table = JSON.parse(readFileSync(resolve(root, "src/functions/i18n/zh-CN.json"), "utf8"));

  it("translates every function and parameter, with nothing stale", () => {
    const { errors } = localizeMetadata(generated, table, "zh-CN");
    expect(errors).toEqual([]);
  });

  it("keeps the English signature and has Chinese descriptions", () => {
    const { metadata } = localizeMetadata(generated, table, "zh-CN");
    expect(signature(metadata)).toEqual(golden);
    const cjk = /[\u4e00-\u9fff]/;
    for (const fn of metadata.functions as Fn[]) {
      expect(fn.description).toMatch(cjk);
      for (const p of fn.parameters) expect(p.description).toMatch(cjk);
    }
  });

  it("is what the build emitted", () => {
    const emitted = JSON.parse(readFileSync(resolve(root, "dist/functions.zh-CN.json"), "utf8"));
    // Its help links open the Chinese help page (build/help-page-plugin.js), on the same sections.
    expect(emitted).toEqual(pointHelpAt(localizeMetadata(generated, table, "zh-CN").metadata, "help.zh-CN.html"));
  });

  it("reports a missing or stale translation", () => {
    const { ROI: _roi, ...withoutRoi } = table;
    expect(localizeMetadata(generated, withoutRoi, "zh-CN").errors).toContain("zh-CN: no translation for function ROI");
    const stale = { ...table, OLD: { description: "x", parameters: {} } };
    expect(localizeMetadata(generated, stale, "zh-CN").errors).toContain("zh-CN: translation for unknown function OLD");
    const badParam = { ...table, ROI: { ...table.ROI, parameters: { ...table.ROI.parameters, gone: "x" } } };
    expect(localizeMetadata(generated, badParam, "zh-CN").errors).toContain(
      'zh-CN: ROI has no parameter "gone" to translate',
    );
  });
});
