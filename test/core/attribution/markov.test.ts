import { removalEffects } from "../../../src/core/attribution";
import { fixtureJourneys } from "./fixture";
import { byChannel, journeys, run } from "./helpers";

describe("markov", () => {
  it("solves a small chain by hand: removal effects 1 and 1 share the conversion", () => {
    const j = journeys([
      ["a > b", 1, 10, 0],
      ["a", 0, 0, 1],
    ]);
    const re = removalEffects(j, 1);
    expect(re?.conversionProbability).toBeCloseTo(0.5, 15);
    expect(Array.from(re?.removalEffects ?? [])).toEqual([1, 1]);
    const r = run(j, { model: "markov" });
    expect(byChannel(r)).toEqual({ a: 0.5, b: 0.5 });
    expect(r.channels.map((c) => c.value)).toEqual([5, 5]);
  });

  it("order 1 shares credit where order 2 sees that only one route converts", () => {
    const j = journeys([
      ["a > b", 1, 0, 0],
      ["c > b", 0, 0, 1],
    ]);
    const first = byChannel(run(j, { model: "markov", order: 1 }));
    expect(first.a).toBeCloseTo(0.25, 14);
    expect(first.b).toBeCloseTo(0.5, 14);
    expect(first.c).toBeCloseTo(0.25, 14);
    const second = byChannel(run(j, { model: "markov", order: 2 }));
    expect(second.a).toBeCloseTo(0.5, 14);
    expect(second.b).toBeCloseTo(0.5, 14);
    expect(second.c).toBe(0);
  });

  it("self-loops (repeats) do not change absorption", () => {
    const once = byChannel(
      run(
        journeys([
          ["a > b", 3, 0, 1],
          ["b", 1, 0, 2],
        ]),
        { model: "markov" },
      ),
    );
    const looped = byChannel(
      run(
        journeys([
          ["a > a > a > b", 3, 0, 1],
          ["b > b", 1, 0, 2],
        ]),
        { model: "markov", repeats: "collapse" },
      ),
    );
    expect(looped.a).toBeCloseTo(once.a, 14);
    expect(looped.b).toBeCloseTo(once.b, 14);
  });

  it.each([2, 3])("order %i: the direct and the iterative solver agree to 1e-10 on the reference paths", (order) => {
    const j = fixtureJourneys();
    const direct = removalEffects(j, order, 1_000_000);
    const iterative = removalEffects(j, order, 0);
    expect(direct && iterative).toBeTruthy();
    let worst = 0;
    for (let c = 0; c < j.channels.length; c++) {
      const a = direct?.removalEffects[c] ?? NaN;
      const b = iterative?.removalEffects[c] ?? NaN;
      worst = Math.max(worst, Math.abs(a - b) / Math.max(a, 1e-300));
    }
    expect(worst).toBeLessThan(1e-10);
    expect(direct?.conversionProbability).toBeCloseTo(iterative?.conversionProbability ?? NaN, 14);
  });

  it("orders 1 to 4 all attribute exactly the total conversions and value of the reference paths", () => {
    const j = fixtureJourneys();
    for (const order of [1, 2, 3, 4]) {
      const r = run(j, { model: "markov", order });
      const conv = r.channels.reduce((s, c) => s + c.conversions, 0);
      const value = r.channels.reduce((s, c) => s + (c.value ?? 0), 0);
      expect(conv).toBeCloseTo(r.totalConversions, 6);
      expect(value).toBeCloseTo(r.totalValue ?? NaN, 6);
    }
  });
});

describe("markov, the worked example of docs/methods/attribution.md by hand", () => {
  // P(conv) = 8/11 * 1/2 * 4/7 + 3/11 * 4/7 = 4/11; without search 12/77, so RE(search) = 4/7;
  // social and email lie on every converting route: RE = 1. Sum 18/7 over 4 conversions.
  it("credits search 16/18, social and email 28/18 each", () => {
    const j = journeys([
      ["search > social > email", 3, 300, 1],
      ["social > email", 1, 50, 2],
      ["search > search", 0, 0, 4],
    ]);
    expect(removalEffects(j, 1)?.conversionProbability).toBeCloseTo(4 / 11, 15);
    const r = byChannel(run(j, { model: "markov" }));
    expect(r.search).toBeCloseTo(16 / 18, 14);
    expect(r.social).toBeCloseTo(28 / 18, 14);
    expect(r.email).toBeCloseTo(28 / 18, 14);
  });
});

describe("markov with many channels", () => {
  it("solves 150 channels by Gauss-Seidel, equal to the direct solve to 1e-10", () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const rows: [string, number, number, number][] = [];
    for (let p = 0; p < 3000; p++) {
      const length = 1 + Math.floor(rand() * 6);
      const path = Array.from({ length }, () => `ch${Math.floor(150 * rand() * rand())}`).join(" > ");
      rows.push([path, Math.floor(rand() * 3), 0, Math.floor(rand() * 5)]);
    }
    const j = journeys(rows);
    expect(j.channels.length).toBeGreaterThan(100);
    const iterative = removalEffects(j, 1);
    const direct = removalEffects(j, 1, 1_000_000);
    let worst = 0;
    for (let c = 0; c < j.channels.length; c++) {
      const a = direct?.removalEffects[c] ?? NaN;
      const b = iterative?.removalEffects[c] ?? NaN;
      worst = Math.max(worst, Math.abs(a - b) / Math.max(a, 1e-6));
    }
    expect(worst).toBeLessThan(1e-10);
  });
});
