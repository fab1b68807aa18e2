import fc from "fast-check";
import { byChannel, journeys, run } from "./helpers";

/** The Shapley value by its definition: weighted marginal contributions over every coalition. */
function bruteForceShapley(rows: ReadonlyArray<readonly [string, number]>): Record<string, number> {
  const sets = rows.map(([path, conv]) => ({ set: new Set(path.split(">").map((s) => s.trim())), conv }));
  const players = [...new Set(sets.flatMap((s) => [...s.set]))].sort();
  const n = players.length;
  const v = (mask: number): number =>
    sets.reduce((acc, s) => ([...s.set].every((p) => mask & (1 << players.indexOf(p))) ? acc + s.conv : acc), 0);
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const out: Record<string, number> = {};
  players.forEach((p, i) => {
    let phi = 0;
    for (let mask = 0; mask < 1 << n; mask++) {
      if (mask & (1 << i)) continue;
      let size = 0;
      for (let m = mask; m; m &= m - 1) size++;
      phi += ((fact(size) * fact(n - size - 1)) / fact(n)) * (v(mask | (1 << i)) - v(mask));
    }
    out[p] = phi;
  });
  return out;
}

describe("shapley", () => {
  it("splits a path's conversions over its distinct channels", () => {
    const r = byChannel(
      run(
        journeys([
          ["a > b > a", 6],
          ["a", 2],
        ]),
        { model: "shapley" },
      ),
    );
    expect(r).toEqual({ a: 5, b: 3 });
  });

  it("equals the Shapley value by definition (every coalition enumerated) on random journeys", () => {
    const channel = fc.constantFrom("a", "b", "c", "d", "e", "搜索", "邮件");
    const row = fc.tuple(fc.array(channel, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (raw) => {
        const rows = raw.map(([chs, conv]) => [chs.join(" > "), conv] as const);
        fc.pre(rows.some(([, c]) => c > 0));
        const got = byChannel(run(journeys(rows), { model: "shapley" }));
        const want = bruteForceShapley(rows);
        for (const [name, phi] of Object.entries(want)) expect(got[name]).toBeCloseTo(phi, 9);
      }),
      { numRuns: 60 },
    );
  });
});
