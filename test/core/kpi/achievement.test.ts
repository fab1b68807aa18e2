import { achievement } from "../../../src/core/kpi";

describe("achievement", () => {
  it("higher is better: actual / target (4200 of 5000 is 84%)", () => {
    expect(achievement(4200, 5000)).toBe(0.84);
    expect(achievement(4200, 5000, "higher")).toBe(0.84);
    expect(achievement(6000, 5000)).toBe(1.2);
  });
  it("lower is better: 1 - (actual - target) / |target| (CAC 240 against 200 is 80%, not 120%)", () => {
    expect(achievement(240, 200, "lower")).toBeCloseTo(0.8, 15);
    expect(achievement(160, 200, "lower")).toBeCloseTo(1.2, 15);
    expect(achievement(200, 200, "lower")).toBe(1);
  });
  it("accepts Chinese and mixed-case direction words", () => {
    expect(achievement(240, 200, "越低越好")).toBeCloseTo(0.8, 15);
    expect(achievement(240, 200, " Lower ")).toBeCloseTo(0.8, 15);
    expect(achievement(4200, 5000, "越高越好")).toBe(0.84);
  });
  it("a blank direction means higher is better", () => {
    expect(achievement(4200, 5000, null)).toBe(0.84);
    expect(achievement(4200, 5000, "")).toBe(0.84);
  });
  it("an unknown direction is #VALUE! saying what is allowed", () => {
    expect(achievement(1, 2, "up-ish")).toMatchObject({
      error: "#VALUE!",
      message: 'direction must be "higher" or "lower" (or 越高越好 / 越低越好), not "up-ish"',
    });
  });
  it("a zero target is #DIV/0!, in both directions", () => {
    expect(achievement(10, 0)).toMatchObject({
      error: "#DIV/0!",
      message: "target is 0: achievement against a zero target is undefined",
    });
    expect(achievement(10, 0, "lower")).toMatchObject({ error: "#DIV/0!" });
  });
  it("a negative target measures improvement over it (a loss of 50 against a planned loss of 100 is 150%)", () => {
    expect(achievement(-50, -100)).toBe(1.5);
    expect(achievement(-150, -100)).toBe(0.5);
  });
  it("blank actual is #N/A; 0 actual is 0%", () => {
    expect(achievement(null, 100)).toMatchObject({ error: "#N/A", message: "actual is blank" });
    expect(achievement(0, 100)).toBe(0);
  });
});
