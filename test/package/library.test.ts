import { resolve } from "path";

/** The package's main export, as `require("campaign-scorecard")` gives it after `npm run build`. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require(resolve(__dirname, "../.."));

describe("the core as a Node library", () => {
  it("exports the KPI functions taking plain numbers", () => {
    expect(lib.roi(1200, 1000)).toBe(0.2);
    expect(lib.roas(3200, 1000)).toBe(3.2);
    expect(lib.cac([30000, 18000], 200)).toBe(240);
    expect(lib.achievement(4200, 5000)).toBe(0.84);
    expect(lib.achievement(240, 200, "lower")).toBeCloseTo(0.8, 15);
    expect(lib.tier(4200, 4000, 5000)).toBe(1);
    expect(lib.growth(115, 100)).toBeCloseTo(0.15, 15);
    expect(lib.score([120, 30], [100, 40], [0.6, 0.4], ["higher", "lower"])).toBeCloseTo(1.22, 14);
    expect(lib.ladderMultiplier(1.22, lib.DEFAULT_LADDER)).toBe(2);
  });

  it("returns error values that say which Excel error and why", () => {
    expect(lib.roi(100, 0)).toMatchObject({ error: "#DIV/0!", message: "cost is 0" });
    expect(lib.isCellError(lib.roi(100, 0))).toBe(true);
  });
});
