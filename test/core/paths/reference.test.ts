import { referencePaths, type PathEvent } from "../../../src/core/paths/reference";
import { DEFAULT_PATH_OPTIONS, type PathOptions } from "../../../src/core/paths/options";

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 31, 12);
const ev = (
  journey: string,
  days: number,
  channel: string | null,
  conversion = 0,
  value: number | null = null,
): PathEvent => ({
  journey,
  time: T0 + days * DAY,
  channel,
  conversion,
  value,
});
const run = (events: PathEvent[], options: Partial<PathOptions> = {}) =>
  referencePaths(events, { ...DEFAULT_PATH_OPTIONS, ...options });
const table = (events: PathEvent[], options: Partial<PathOptions> = {}) =>
  Object.fromEntries(run(events, options).paths.map((p) => [p.path, [p.conversions, p.value, p.nulls]]));

describe("path semantics (the reference)", () => {
  it("closes a path at each conversion and keeps the trailing touches as one non-converting path", () => {
    const events = [
      ev("a", 0, "search"),
      ev("a", 1, "email"),
      ev("a", 2, null, 1, 50),
      ev("a", 3, "social"),
      ev("a", 4, null, 1, 20),
      ev("a", 5, "display"),
      ev("a", 6, "search"),
    ];
    expect(table(events)).toEqual({
      "search > email": [1, 50, 0],
      social: [1, 20, 0],
      "display > search": [0, 0, 1],
    });
  });

  it("puts touches before a conversion at the same time, ordered by channel among themselves", () => {
    const events = [ev("a", 0, "zeta"), ev("a", 0, null, 1, 5), ev("a", 0, "alpha")];
    expect(table(events)).toEqual({ "alpha > zeta": [1, 5, 0] });
  });

  it("counts a row that is both a touch and a conversion as a touch that then converts", () => {
    expect(table([ev("a", 0, "search"), ev("a", 1, "email", 1, 9)])).toEqual({ "search > email": [1, 9, 0] });
  });

  it("keeps a touch exactly the lookback before the conversion and drops one a second older", () => {
    const events = [ev("a", -30, "old"), ev("a", -30 - 1 / 86400, "older"), ev("a", 0, null, 1, 1)];
    expect(table(events)).toEqual({ old: [1, 1, 0] });
    expect(table(events, { lookbackDays: 0 })).toEqual({ "older > old": [1, 1, 0] });
  });

  it("counts the trailing path's lookback from its last touch", () => {
    const events = [ev("a", 0, "first"), ev("a", 10, "mid"), ev("a", 40, "last")];
    expect(table(events)).toEqual({ "mid > last": [0, 0, 1] });
  });

  it("leaves out a conversion with no touch in its window and names it", () => {
    const events = [ev("a", 0, "search"), ev("a", 1, null, 1, 3), ev("a", 1, null, 1, 7), ev("b", 0, null, 1, 2)];
    const result = run(events);
    // Equal-time conversions: the larger value closes the path, the other has no touch left.
    expect(Object.fromEntries(result.paths.map((p) => [p.path, p.value]))).toEqual({ search: 7 });
    expect(result.withoutTouch.map((w) => [w.journey, w.value]).sort()).toEqual([
      ["a", 3],
      ["b", 2],
    ]);
    const old = run([ev("c", -40, "search"), ev("c", 0, null, 1, 1)]);
    expect(old.paths).toEqual([]);
    expect(old.withoutTouch).toHaveLength(1);
  });

  it("treats blank and whitespace channels as no touch", () => {
    expect(table([ev("a", 0, "  "), ev("a", 0, ""), ev("a", 1, " search "), ev("a", 2, null, 1, 1)])).toEqual({
      search: [1, 1, 0],
    });
  });

  it("applies repeats, then keeps the last max-steps touches", () => {
    const events = ["a", "a", "b", "a", "c", "c"].map((c, i) => ev("u", i / 24, c)).concat(ev("u", 1, null, 1, 1));
    expect(Object.keys(table(events))).toEqual(["a > a > b > a > c > c"]);
    expect(Object.keys(table(events, { repeats: "collapse" }))).toEqual(["a > b > a > c"]);
    expect(Object.keys(table(events, { repeats: "first" }))).toEqual(["a > b > c"]);
    expect(Object.keys(table(events, { repeats: "collapse", maxSteps: 2 }))).toEqual(["a > c"]);
    expect(Object.keys(table(events, { maxSteps: 3 }))).toEqual(["a > c > c"]);
  });

  it("aggregates equal paths across journeys", () => {
    const events = [ev("a", 0, "x"), ev("a", 1, null, 1, 2), ev("b", 0, "x"), ev("b", 1, null, 1, 3), ev("c", 0, "x")];
    expect(table(events)).toEqual({ x: [2, 5, 1] });
  });
});
