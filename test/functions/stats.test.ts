import { abTest } from "../../src/core/stats";
import { callFunction, errorCell, omitted, range, type ExcelShown } from "./excel-model";

/**
 * The statistics functions as Excel calls them (through the calling-convention model, on
 * the built bundle): the issue's reference values, the spills' shape and labels, and the
 * inputs that must give a clear error or the insufficient-sample verdict, never NaN.
 */

type Grid = ExcelShown[][];
const grid = (shown: ExcelShown): Grid => {
  if (!Array.isArray(shown)) throw new Error(`expected a spill, got ${JSON.stringify(shown)}`);
  return shown;
};
/** The row of a label/value spill whose first cell is `label`. */
const row = (g: Grid, label: string): ExcelShown[] => {
  const found = g.find((r) => r[0] === label);
  if (!found) throw new Error(`no row "${label}" in ${JSON.stringify(g.map((r) => r[0]))}`);
  return found;
};

describe("=MKT.ABTEST", () => {
  it("spills a header and one row per figure, equal to core's test", async () => {
    const g = grid(await callFunction("MKT.ABTEST", 200, 1000, 250, 1000));
    expect(g[0]).toEqual(["Measure", "Value", "Lower", "Upper"]);
    expect(g.map((r) => r[0])).toEqual([
      "Measure",
      "Control rate",
      "Variant rate",
      "Difference (variant - control)",
      "Relative lift",
      "z",
      "p-value",
      "P(variant > control)",
      "Sample ratio mismatch p-value",
      "Verdict",
    ]);
    const core = abTest(200, 1000, 250, 1000) as Exclude<ReturnType<typeof abTest>, { error: string }>;
    expect(row(g, "Control rate")).toEqual(["Control rate", 0.2, ...core.control.ci]);
    expect(row(g, "Difference (variant - control)").slice(1)).toEqual([core.difference.value, ...core.difference.ci]);
    expect(row(g, "p-value")[1]).toBe(core.p);
    expect(row(g, "P(variant > control)")[1]).toBe(core.probVariantBetter);
    expect(row(g, "Verdict")[1]).toBe("significant lift");
  });

  it("reads cell references: statsmodels proportions_ztest([5,12],[83,99]) p = 0.1591812918", async () => {
    const g = grid(
      await callFunction("MKT.ABTEST", range([[5]]), range([[83]]), range([[12]]), range([[99]]), omitted),
    );
    expect(row(g, "p-value")[1] as number).toBeCloseTo(0.1591812918, 10);
    expect(row(g, "Verdict")[1]).toBe("not significant");
  });

  it("Newcombe's interval for 56/70 against 48/80 is [0.0524, 0.3339]", async () => {
    const g = grid(await callFunction("MKT.ABTEST", 48, 80, 56, 70));
    const [, , lo, hi] = row(g, "Difference (variant - control)") as number[];
    expect(lo).toBeCloseTo(0.0524, 4);
    expect(hi).toBeCloseTo(0.3339, 4);
  });

  it("zero and all conversions give the insufficient-sample verdict and empty cells, never NaN", async () => {
    for (const args of [
      [0, 1000, 0, 1000],
      [1000, 1000, 1000, 1000],
      [0, 800, 12, 800],
    ]) {
      const g = grid(await callFunction("MKT.ABTEST", ...args));
      expect(row(g, "Verdict")[1]).toBe("insufficient sample");
      for (const cell of g.flat()) expect(typeof cell === "string" || Number.isFinite(cell)).toBe(true);
    }
    const none = grid(await callFunction("MKT.ABTEST", 0, 1000, 0, 1000));
    expect(row(none, "z")[1]).toBe("");
    expect(row(none, "Relative lift")).toEqual(["Relative lift", "", "", ""]);
  });

  it("options: split moves the sample-ratio check, planned makes a short test insufficient", async () => {
    const skewed = grid(await callFunction("MKT.ABTEST", 200, 1000, 300, 1300));
    expect(row(skewed, "Verdict")[1]).toBe("sample ratio mismatch");
    const planned = grid(await callFunction("MKT.ABTEST", 200, 1000, 300, 1300, omitted, "split=0.565"));
    expect(row(planned, "Verdict")[1]).not.toBe("sample ratio mismatch");
    const short = grid(await callFunction("MKT.ABTEST", 200, 1000, 250, 1000, 0.05, "planned=3826"));
    expect(row(short, "Verdict")[1]).toBe("insufficient sample");
  });

  it("bad inputs show #VALUE! or #N/A with a message naming the argument", async () => {
    expect(await callFunction("MKT.ABTEST", 1200, 1000, 250, 1000)).toEqual({
      error: "#VALUE!",
      message: "control_conversions (1200) is more than control_visitors (1000)",
    });
    expect(await callFunction("MKT.ABTEST", 200, 1000, "many", 1000)).toEqual({
      error: "#VALUE!",
      message: 'variant_conversions is text ("many"), not a number',
    });
    expect(await callFunction("MKT.ABTEST", 200, 1000, -3, 1000)).toEqual({
      error: "#VALUE!",
      message: "variant_conversions is negative (-3)",
    });
    expect(await callFunction("MKT.ABTEST", range([[null]]), 1000, 250, 1000)).toEqual({
      error: "#N/A",
      message: "control_conversions is blank",
    });
    expect(await callFunction("MKT.ABTEST", 200, 1000, 250, 1000, 0.05, "ci=magic")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("ci"),
    });
    expect(await callFunction("MKT.ABTEST", 200, 0, 250, 1000)).toMatchObject({ error: "#VALUE!" });
    expect(await callFunction("MKT.ABTEST", 0, 0, 250, 1000)).toEqual({ error: "#DIV/0!" });
    // An error in an input is passed on where Excel can show it; #REF! is not an output error, so #VALUE! names it.
    expect(await callFunction("MKT.ABTEST", range([[errorCell("#REF!")]]), 1000, 250, 1000)).toEqual({
      error: "#VALUE!",
      message: "control_conversions holds the error #REF!",
    });
    expect(await callFunction("MKT.ABTEST", 200, range([[errorCell("#DIV/0!")]]), 250, 1000)).toEqual({
      error: "#DIV/0!",
    });
  });

  it("speaks Chinese labels only in a Chinese Excel (the default here is en-US)", async () => {
    const g = grid(await callFunction("MKT.ABTEST", 200, 1000, 250, 1000));
    expect(JSON.stringify(g)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("=MKT.ABTEST_MEANS and ABTEST_MEANS_RAW", () => {
  it("Welch from summaries: t = 2.0360029565045017, p = 0.04228270767429592 (scipy)", async () => {
    const g = grid(await callFunction("MKT.ABTEST_MEANS", 52.3, 18.1, 240, 55.9, 21.4, 260));
    expect(row(g, "t")[1] as number).toBeCloseTo(2.0360029565045017, 12);
    expect(row(g, "p-value")[1] as number).toBeCloseTo(0.04228270767429592, 12);
    expect(row(g, "Degrees of freedom")[1] as number).toBeCloseTo(494.2861191473231, 9);
    expect(row(g, "Verdict")[1]).toBe("significant lift");
  });

  it("Welch from raw ranges, blanks skipped: fractional df = 11.361315642560337 (scipy)", async () => {
    const control = range([[12.5], [30], [22], [null], [18.75], [40], [9.9], [25]]);
    const variant = range([[20], [35.5], [28], [31], [19.5], [44], [27], [33]]);
    const g = grid(await callFunction("MKT.ABTEST_MEANS_RAW", control, variant));
    expect(row(g, "Degrees of freedom")[1] as number).toBeCloseTo(11.361315642560337, 10);
    expect(row(g, "p-value")[1] as number).toBeCloseTo(0.16681200389241038, 12);
    expect(await callFunction("MKT.ABTEST_MEANS_RAW", range([[1], ["x"]]), variant)).toEqual({
      error: "#VALUE!",
      message: 'control_values has text ("x") at row 2, column 1',
    });
  });

  it("no variance at all is #DIV/0!, a group of one is #VALUE! naming it", async () => {
    expect(await callFunction("MKT.ABTEST_MEANS", 1, 0, 10, 2, 0, 10)).toEqual({ error: "#DIV/0!" });
    expect(await callFunction("MKT.ABTEST_MEANS", 1, 1, 1, 2, 1, 10)).toEqual({
      error: "#VALUE!",
      message: "control_n must be at least 2, not 1",
    });
  });
});

describe("=MKT.SAMPLESIZE", () => {
  it("R power.prop.test(p1=.03, p2=.02): 3826 per variant; (p1=.1, p2=.11, sig.level=.1, power=.9): 16094", async () => {
    expect(await callFunction("MKT.SAMPLESIZE", 0.03, -0.01)).toEqual([[3826]]);
    expect(await callFunction("MKT.SAMPLESIZE", 0.1, 0.01, 0.1, 0.9)).toEqual([[16094]]);
  });

  it("daily visitors spill visitors per variant, in total and days", async () => {
    expect(await callFunction("MKT.SAMPLESIZE", 0.03, -0.01, omitted, omitted, "daily=1000")).toEqual([
      ["Measure", "Value"],
      ["Visitors per variant", 3826],
      ["Visitors in total", 7652],
      ["Days", 8],
    ]);
  });

  it("a target rate outside (0, 1), a zero MDE or a bad option are #VALUE! with the reason", async () => {
    expect(await callFunction("MKT.SAMPLESIZE", 0.95, 0.1)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("(0, 1)"),
    });
    expect(await callFunction("MKT.SAMPLESIZE", 0.05, 0)).toEqual({
      error: "#VALUE!",
      message: "mde is 0: there is no difference to detect",
    });
    expect(await callFunction("MKT.SAMPLESIZE", 0.05, 0.01, omitted, omitted, "method=magic")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("method"),
    });
  });
});

describe("=MKT.PROPCI, BENCHMARK, SRM, PADJUST", () => {
  it("Wilson 200/1000 -> [0.1763770904, 0.2259189646]; 0/20 -> [0, 0.1611251581]", async () => {
    const [, [, rate, lo, hi]] = grid(await callFunction("MKT.PROPCI", 200, 1000));
    expect(rate).toBe(0.2);
    expect(lo as number).toBeCloseTo(0.1763770904, 10);
    expect(hi as number).toBeCloseTo(0.2259189646, 10);
    const [, [, , lo0, hi0]] = grid(await callFunction("MKT.PROPCI", 0, 20, omitted, "wilson"));
    expect(lo0).toBe(0);
    expect(hi0 as number).toBeCloseTo(0.1611251581, 10);
  });

  it("score test 45/600 against 6%: z = 1.5471318694, p = 0.1218314505", async () => {
    const g = grid(await callFunction("MKT.BENCHMARK", 45, 600, 0.06));
    expect(row(g, "z")[1] as number).toBeCloseTo(1.5471318694, 10);
    expect(row(g, "p-value")[1] as number).toBeCloseTo(0.1218314505, 10);
    expect(row(g, "Rate")[2] as number).toBeCloseTo(0.0565222894, 10);
    expect(row(g, "Rate")[3] as number).toBeCloseTo(0.0988851564, 10);
    expect(row(g, "Verdict")[1]).toBe("not different from the benchmark");
  });

  it("SRM of three arms: p = 0.18887560283756186 (scipy chisquare)", async () => {
    const g = grid(await callFunction("MKT.SRM", range([[100], [120], [95]])));
    expect(row(g, "p-value")[1] as number).toBeCloseTo(0.18887560283756186, 12);
    expect(row(g, "Verdict")[1]).toBe("split as planned");
    const broken = grid(await callFunction("MKT.SRM", range([[5000, 5600]]), range([[1, 1]])));
    expect(row(broken, "Verdict")[1]).toBe("sample ratio mismatch");
  });

  it("Holm on [.01,.04,.03,.005] -> [.03,.06,.06,.02], BH -> [.02,.04,.04,.02], in place, blanks kept", async () => {
    const p = range([[0.01], [0.04], [null], [0.03], [0.005]]);
    const holm = (await callFunction("MKT.PADJUST", p)) as number[][];
    [0.03, 0.06, "", 0.06, 0.02].forEach((want, i) =>
      typeof want === "string" ? expect(holm[i][0]).toBe("") : expect(holm[i][0]).toBeCloseTo(want, 12),
    );
    const bh = (await callFunction("MKT.PADJUST", p, "bh")) as number[][];
    [0.02, 0.04, "", 0.04, 0.02].forEach((want, i) =>
      typeof want === "string" ? expect(bh[i][0]).toBe("") : expect(bh[i][0]).toBeCloseTo(want, 12),
    );
    expect(await callFunction("MKT.PADJUST", range([[0.2], [1.5]]))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("p_values"),
    });
  });
});
