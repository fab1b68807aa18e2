import { tier, TIER_BASE, TIER_BELOW_BASE, TIER_CHALLENGE } from "../../../src/core/kpi";

describe("tier", () => {
  it("higher is better: 0 below base, 1 from base, 2 from challenge", () => {
    expect(tier(3999, 4000, 5000)).toBe(TIER_BELOW_BASE);
    expect(tier(4000, 4000, 5000)).toBe(TIER_BASE);
    expect(tier(4999, 4000, 5000)).toBe(TIER_BASE);
    expect(tier(5000, 4000, 5000)).toBe(TIER_CHALLENGE);
  });
  it("lower is better: reaching means at most the level", () => {
    expect(tier(240, 220, 200, "lower")).toBe(TIER_BELOW_BASE);
    expect(tier(220, 220, 200, "lower")).toBe(TIER_BASE);
    expect(tier(200, 220, 200, "lower")).toBe(TIER_CHALLENGE);
    expect(tier(150, 220, 200, "越低越好")).toBe(TIER_CHALLENGE);
  });
  it("levels in the wrong order are #VALUE! explaining which way they must go", () => {
    expect(tier(1, 5000, 4000)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("challenge (4000) is below base (5000)"),
    });
    expect(tier(1, 200, 220, "lower")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("challenge (220) is above base (200)"),
    });
  });
  it("equal base and challenge is allowed", () => {
    expect(tier(10, 10, 10)).toBe(TIER_CHALLENGE);
  });
  it("blank levels are #N/A naming them", () => {
    expect(tier(1, null, 2)).toMatchObject({ error: "#N/A", message: "base is blank" });
    expect(tier(1, 0, undefined)).toMatchObject({ error: "#N/A", message: "challenge is blank" });
  });
});
