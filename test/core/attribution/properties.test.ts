import fc from "fast-check";
import { MODELS, REPEATS } from "../../../src/core/attribution";
import { journeys, run } from "./helpers";

const channel = fc.constantFrom("search", "email", "social", "display", "搜索", "邮件");
const row = fc.tuple(
  fc.array(channel, { minLength: 1, maxLength: 8 }),
  fc.integer({ min: 0, max: 50 }),
  fc.double({ min: 0, max: 1000, noNaN: true }),
  fc.integer({ min: 0, max: 50 }),
);

describe("every model, every repeat policy", () => {
  it("credits add up to total conversions and total value; shares to 1; nothing negative", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(...MODELS),
        fc.constantFrom(...REPEATS),
        fc.integer({ min: 1, max: 4 }),
        (raw, model, repeats, order) => {
          const rows = raw.map(([chs, conv, value, nulls]) => [chs.join(" > "), conv, value, nulls] as const);
          fc.pre(rows.some(([, c]) => c > 0));
          const r = run(journeys(rows), { model, repeats, order });
          const conv = r.channels.reduce((s, c) => s + c.conversions, 0);
          const value = r.channels.reduce((s, c) => s + (c.value ?? 0), 0);
          const share = r.channels.reduce((s, c) => s + c.share, 0);
          const totalValue =
            model === "markov"
              ? rows.reduce((s, x) => s + x[2], 0)
              : rows.filter((x) => x[1] > 0 || x[2] > 0).reduce((s, x) => s + x[2], 0);
          expect(conv).toBeCloseTo(r.totalConversions, 8);
          expect(value).toBeCloseTo(totalValue, 6);
          expect(share).toBeCloseTo(1, 10);
          for (const c of r.channels) {
            expect(c.conversions).toBeGreaterThanOrEqual(0);
            expect(Number.isFinite(c.conversions) && Number.isFinite(c.share)).toBe(true);
          }
          for (let i = 1; i < r.channels.length; i++)
            expect(r.channels[i - 1].conversions).toBeGreaterThanOrEqual(r.channels[i].conversions);
        },
      ),
      { numRuns: 300 },
    );
  });
});
