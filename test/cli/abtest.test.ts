import { spawnSync } from "child_process";
import { resolve } from "path";
import { abTest, sampleSize } from "../../src/core/stats";
import { mkt } from "../helpers/mkt";

describe("mkt abtest", () => {
  it("prints the JSON contract, with the core's figures", async () => {
    const { code, out, err } = await mkt(
      "abtest",
      "--control",
      "200/1000",
      "--variant",
      "250/1000",
      "--format",
      "json",
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      "control",
      "variant",
      "difference",
      "lift",
      "z",
      "p",
      "srm_p",
      "prob_variant_better",
      "verdict",
    ]);
    expect(Object.keys(json.control)).toEqual(["conversions", "visitors", "rate", "ci"]);
    expect(Object.keys(json.difference)).toEqual(["value", "ci"]);
    expect(Object.keys(json.lift)).toEqual(["value", "ci"]);
    const core = abTest(200, 1000, 250, 1000) as Exclude<ReturnType<typeof abTest>, { error: string }>;
    expect(json.control).toEqual({ conversions: 200, visitors: 1000, rate: 0.2, ci: [...core.control.ci] });
    expect(json.variant.ci).toEqual([...core.variant.ci]);
    expect(json.difference.ci).toEqual([...core.difference.ci]);
    expect(json.lift.value).toBeCloseTo(0.25, 12);
    expect(json.p).toBe(core.p);
    expect(json.srm_p).toBe(1);
    expect(json.prob_variant_better).toBe(core.probVariantBetter);
    expect(json.verdict).toBe("significant_lift");
  });

  it("--split changes the SRM check; a broken split is sample_ratio_mismatch", async () => {
    const skewed = ["abtest", "--control", "200/1000", "--variant", "300/1300", "--format", "json"];
    expect(JSON.parse((await mkt(...skewed)).out).verdict).toBe("sample_ratio_mismatch");
    expect(JSON.parse((await mkt(...skewed, "--split", "0.565")).out).verdict).not.toBe("sample_ratio_mismatch");
  });

  it("zero conversions give nulls and insufficient_sample, never NaN", async () => {
    const { code, out } = await mkt("abtest", "--control", "0/500", "--variant", "0/500", "--format", "json");
    expect(code).toBe(0);
    expect(out).not.toMatch(/NaN|Infinity/);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ z: null, p: null, lift: { value: null, ci: null }, verdict: "insufficient_sample" });
  });

  it("prints a table in either language", async () => {
    const en = await mkt("abtest", "--control", "200/1000", "--variant", "250/1000");
    expect(en.out).toMatch(/Verdict\s+significant lift/);
    const zh = await mkt("abtest", "--control", "200/1000", "--variant", "250/1000", "--lang", "zh-CN");
    expect(zh.out).toMatch(/结论\s+显著提升/);
  });

  it.each([
    [
      ["--control", "1200/1000", "--variant", "250/1000"],
      "--control conversions (1200) is more than --control visitors (1000)",
    ],
    [["--control", "200/1000", "--variant", "-5/1000"], "--variant conversions is negative (-5)"],
    [["--control", "abc/1000", "--variant", "250/1000"], '--control conversions is text ("abc"), not a number'],
    [
      ["--control", "200", "--variant", "250/1000"],
      '--control must be conversions/visitors (e.g. 200/1000), not "200"',
    ],
    [["--variant", "250/1000"], "--control is required"],
    [["--control", "200/1000", "--variant", "250/1000", "--alpha", "2"], "--alpha must be between 0 and 1"],
    [["--control", "200/1000", "--variant", "250/1000", "--split", "x"], '--split is text ("x")'],
    [["--control", "200/1000", "--variant", "250/1000", "--colour", "red"], "--colour"],
  ])("bad input %j: exit 2 and one line naming the argument", async (args, message) => {
    const { code, out, err } = await mkt("abtest", ...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain(message);
  });
});

describe("mkt samplesize", () => {
  it("prints {per_variant, total, days}: R's power.prop.test(p1=.03, p2=.02) gives 3826", async () => {
    const { code, out } = await mkt("samplesize", "--baseline", "0.03", "--mde", "-0.01", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ per_variant: 3826, total: 7652, days: null });
  });

  it("--daily adds days; --type relative and --method follow the core", async () => {
    const { out } = await mkt(
      "samplesize",
      ...["--baseline", "0.05", "--mde", "0.2", "--type", "relative", "--method", "arcsine", "--daily", "1000"],
      ...["--format", "json"],
    );
    const core = sampleSize(0.05, 0.2, 0.05, 0.8, {
      type: "relative",
      method: "arcsine",
      tails: 2,
      variants: 2,
      daily: 1000,
    }) as { perVariant: number; total: number; days: number };
    expect(JSON.parse(out)).toEqual({ per_variant: core.perVariant, total: core.total, days: core.days });
    expect(core.days).toBe(Math.ceil((2 * core.perVariant) / 1000));
  });

  it.each([
    [["--baseline", "1.5", "--mde", "0.01"], "--baseline must be between 0 and 1"],
    [["--baseline", "0.05", "--mde", "abc"], '--mde must be a number, not "abc"'],
    [["--baseline", "0.05", "--mde", "0.01", "--daily", "-3"], "--daily must be a number above 0"],
    [["--baseline", "0.05", "--mde", "0.01", "--method", "magic"], "--method must be pooled, evanmiller or arcsine"],
    [["--baseline", "0.99", "--mde", "0.05"], "outside (0, 1)"],
    [["--mde", "0.01"], "--baseline is required"],
  ])("bad input %j: exit 2 and one line naming the argument", async (args, message) => {
    const { code, err } = await mkt("samplesize", ...args);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain(message);
  });
});

describe("the mkt binary (dist/lib, built by npm run build)", () => {
  const bin = resolve(__dirname, "../../dist/lib/cli/main.js");
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

  it("exits 0 with JSON on stdout, and 2 with one line on stderr for bad counts", () => {
    const ok = run("abtest", "--control", "200/1000", "--variant", "250/1000", "--format", "json");
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).verdict).toBe("significant_lift");
    const bad = run("abtest", "--control", "200/100", "--variant", "250/1000");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual([
      "mkt abtest: --control conversions (200) is more than --control visitors (100)",
    ]);
    const size = run(
      "samplesize",
      "--baseline",
      "0.1",
      "--mde",
      "0.01",
      "--alpha",
      "0.1",
      "--power",
      "0.9",
      "--format",
      "json",
    );
    expect(JSON.parse(size.stdout)).toEqual({ per_variant: 16094, total: 32188, days: null });
  });
});
