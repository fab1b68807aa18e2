import { abTest, sampleSize, DEFAULT_SIZE_SETTINGS } from "../../src/core/stats";
import { abTestFormula, parseRate, percent, plan, runTest } from "../../src/taskpane/views/abtest-model";

const typed = (...texts: string[]) => texts.map((text) => ({ text }));

describe("the A/B test view's logic", () => {
  it("runs core's test on the four fields, commas allowed, and waits for all four", () => {
    const outcome = runTest(typed("200", "1,000", "250", "1000"), "en-US");
    expect(outcome).toEqual({ kind: "result", result: abTest(200, 1000, 250, 1000) });
    expect(runTest(typed("200", "1000", "", "1000"), "en-US")).toEqual({ kind: "empty" });
  });

  it("says what is wrong in the pane's language", () => {
    expect(runTest(typed("1200", "1000", "250", "1000"), "en-US")).toEqual({
      kind: "error",
      message: "control_conversions (1200) is more than control_visitors (1000)",
    });
    expect(runTest(typed("200", "1000", "abc", "1000"), "zh-CN")).toEqual({
      kind: "error",
      message: 'variant_conversions 是文本("abc"),不是数字',
    });
  });

  it("writes picked fields as cell references and typed ones as numbers; text stays quoted text", () => {
    const fields = [
      { text: "200", address: "Sheet1!B2" },
      ...typed("1000", "250"),
      { text: "x", address: "'My data'!C3" },
    ];
    expect(abTestFormula(fields)).toBe("=MKT.ABTEST(Sheet1!B2, 1000, 250, 'My data'!C3)");
    expect(abTestFormula(typed("=1+1", "1000", "2", "3"))).toBe('=MKT.ABTEST("=1+1", 1000, 2, 3)');
  });

  it("plans with a relative MDE, two-sided 5% / 80%, and days from daily visitors", () => {
    const expected = sampleSize(0.05, 0.1, null, null, { ...DEFAULT_SIZE_SETTINGS, type: "relative", daily: 2000 });
    expect(plan("5%", "10%", "2,000", "en-US")).toEqual({ kind: "result", result: expected, daily: 2000 });
    expect(plan("0.05", "0.1", "", "en-US")).toMatchObject({ kind: "result", result: { days: null } });
    expect(plan("5%", "", "", "en-US")).toEqual({ kind: "empty" });
    expect(plan("150%", "10%", "", "en-US")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("baseline_rate"),
    });
    expect(plan("5%", "10%", "-3", "zh-CN")).toMatchObject({ kind: "error" });
  });

  it("reads rates as 5%, 5 % or 0.05, and writes shares for sentences", () => {
    expect([parseRate("5%"), parseRate("5 %"), parseRate("0.05"), parseRate("x"), parseRate("")]).toEqual([
      0.05,
      0.05,
      0.05,
      undefined,
      undefined,
    ]);
    expect(percent(0.25, "en-US")).toBe("25%");
    expect(percent(0.075, "en-US")).toBe("7.5%");
    expect(percent(0.2, "en-US", 1)).toBe("20.0%");
  });
});
