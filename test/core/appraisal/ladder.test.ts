import { belowFirstRung, DEFAULT_LADDER, ladderMultiplier } from "../../../src/core/appraisal";

describe("bonus ladder", () => {
  it("default: 0 below 80%, 1.0 from 80%, 1.2 from 100%, 2.0 from 120%, boundaries included", () => {
    const cases: [number, number][] = [
      [-0.5, 0],
      [0.79, 0],
      [0.8, 1],
      [0.99, 1],
      [1, 1.2],
      [1.19, 1.2],
      [1.2, 2],
      [3, 2],
    ];
    for (const [s, m] of cases) expect([s, ladderMultiplier(s, DEFAULT_LADDER)]).toEqual([s, m]);
  });
  it("an edited ladder is used as given", () => {
    const ladder = [
      { threshold: 0.9, multiplier: 0.5 },
      { threshold: 1.1, multiplier: 3 },
    ];
    expect(ladderMultiplier(0.85, ladder)).toBe(0);
    expect(ladderMultiplier(1, ladder)).toBe(0.5);
    expect(ladderMultiplier(1.1, ladder)).toBe(3);
  });
  it("thresholds that do not rise are #VALUE! naming the rung", () => {
    const bad = [
      { threshold: 1, multiplier: 1 },
      { threshold: 1, multiplier: 2 },
    ];
    expect(ladderMultiplier(1, bad)).toMatchObject({ error: "#VALUE!", params: { rung: 2 } });
    expect(ladderMultiplier(1, [])).toMatchObject({ error: "#VALUE!", key: "ladder.empty" });
  });
  it("below the first rung is what the review flag counts", () => {
    expect(belowFirstRung(0.79, DEFAULT_LADDER)).toBe(true);
    expect(belowFirstRung(0.8, DEFAULT_LADDER)).toBe(false);
  });
});
