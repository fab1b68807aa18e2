import { byChannel, journeys, run } from "./helpers";

describe("rule-based models", () => {
  const j = journeys([
    ["a > b > c > d", 10, 100],
    ["b", 2, 20],
    ["c > a", 4, 40, 7],
  ]);

  it("first and last credit one touch per path", () => {
    expect(byChannel(run(j, { model: "first" }))).toEqual({ a: 10, b: 2, c: 4, d: 0 });
    expect(byChannel(run(j, { model: "last" }))).toEqual({ a: 4, b: 2, c: 0, d: 10 });
  });

  it("linear splits evenly over every touch, repeats counted", () => {
    const r = byChannel(run(journeys([["a > a > b", 3]]), { model: "linear" }));
    expect(r).toEqual({ a: 2, b: 1 });
  });

  it("position is 40/20/40, one touch 100%, two touches 50/50", () => {
    const r = byChannel(run(j, { model: "position" }));
    // a: 0.4*10 + 0.5*4, b: 0.1*10 + 2, c: 0.1*10 + 0.5*4, d: 0.4*10
    expect(r.a).toBeCloseTo(6, 12);
    expect(r.b).toBeCloseTo(3, 12);
    expect(r.c).toBeCloseTo(3, 12);
    expect(r.d).toBeCloseTo(4, 12);
  });

  it("position weights are settable", () => {
    const r = byChannel(
      run(
        journeys([
          ["a > b > c", 1],
          ["x > y", 1],
        ]),
        { model: "position", firstWeight: 0.3, lastWeight: 0.6 },
      ),
    );
    expect(r.a).toBeCloseTo(0.3, 12);
    expect(r.b).toBeCloseTo(0.1, 12);
    expect(r.c).toBeCloseTo(0.6, 12);
    expect(r.x).toBeCloseTo(1 / 3, 12);
    expect(r.y).toBeCloseTo(2 / 3, 12);
  });

  it("time decay without times halves per touch at half-life 1", () => {
    // weights 1/4, 1/2, 1 normalised by 7/4
    const r = byChannel(run(journeys([["a > b > c", 7]]), { model: "time_decay", halfLife: 1 }));
    expect(r.a).toBeCloseTo(1, 12);
    expect(r.b).toBeCloseTo(2, 12);
    expect(r.c).toBeCloseTo(4, 12);
  });

  it("time decay's default half-life is 7 (touches here)", () => {
    const r = byChannel(run(journeys([["a > b", 1]]), { model: "time_decay" }));
    const w = 2 ** (-1 / 7);
    expect(r.a).toBeCloseTo(w / (1 + w), 12);
  });

  it("value is split like conversions, and shares are of total conversions", () => {
    const r = run(j, { model: "first" });
    const a = r.channels.find((c) => c.channel === "a");
    expect(a).toEqual({ channel: "a", conversions: 10, value: 100, share: 10 / 16 });
    expect(r.totalConversions).toBe(16);
    expect(r.totalValue).toBe(160);
  });

  it("orders channels largest first", () => {
    expect(run(j, { model: "first" }).channels.map((c) => c.channel)).toEqual(["a", "c", "b", "d"]);
  });
});

describe("repeat handling", () => {
  const j = journeys([["a > a > b > a", 4]]);
  it("keep counts every touch", () => {
    expect(byChannel(run(j, { model: "linear" }))).toEqual({ a: 3, b: 1 });
  });
  it("collapse merges consecutive repeats", () => {
    const r = byChannel(run(j, { model: "linear", repeats: "collapse" }));
    expect(r.a).toBeCloseTo(8 / 3, 12);
    expect(r.b).toBeCloseTo(4 / 3, 12);
  });
  it("first keeps each channel's first touch", () => {
    expect(byChannel(run(j, { model: "linear", repeats: "first" }))).toEqual({ a: 2, b: 2 });
    expect(byChannel(run(j, { model: "last", repeats: "first" }))).toEqual({ a: 0, b: 4 });
  });
});
