import fc from "fast-check";
import { ymdToSerial } from "../../../src/core/sheet";
import { journeysFromPaths, journeysFromTouches, type TouchLabels } from "../../../src/core/attribution";
import { isCellError } from "../../../src/core/errors";
import { byChannel, run } from "./helpers";

describe("journeysFromPaths", () => {
  it("trims names, keeps repeats and Chinese names, skips blank rows", () => {
    const j = journeysFromPaths({ paths: [" 搜索 >邮件>  搜索 ", null, "x"], conversions: [2, null, 1] });
    if (isCellError(j)) throw new Error(j.message);
    expect(j.channels).toEqual(["搜索", "邮件", "x"]);
    expect(Array.from(j.touches)).toEqual([0, 1, 0, 2]);
    expect(j.pathCount).toBe(2);
    expect(j.values).toBeUndefined();
  });

  it.each([
    [
      { paths: ["a", ""], conversions: [1, 2] },
      "#VALUE!",
      "paths is empty at row 2: every journey needs at least one channel",
    ],
    [
      { paths: ["a", "b >> c"], conversions: [1, 2] },
      "#VALUE!",
      'paths has an empty channel name at row 2 ("b >> c"): check for ">>" or a ">" at either end',
    ],
    [
      { paths: ["a > "], conversions: [1] },
      "#VALUE!",
      'paths has an empty channel name at row 1 ("a > "): check for ">>" or a ">" at either end',
    ],
    [{ paths: ["a", "b"], conversions: [1, -2] }, "#VALUE!", "conversions is negative (-2) at row 2, column 1"],
    [{ paths: ["a", "b"], conversions: [1, "x"] }, "#VALUE!", 'conversions has text ("x") at row 2, column 1'],
    [
      { paths: ["a", "b"], conversions: [1, 1], nulls: [0, true] },
      "#VALUE!",
      "nulls has TRUE at row 2, column 1, not a number",
    ],
    [{ paths: ["a", "b"], conversions: [1] }, "#VALUE!", "paths has 2 rows but conversions has 1"],
    [
      { paths: ["a"], conversions: [null] },
      "#N/A",
      "conversions is blank at row 1, column 1: enter 0 if no journey converted",
    ],
    [{ paths: ["a"], conversions: ["#N/A"] }, "#N/A", "conversions holds the error #N/A at row 1, column 1"],
    [{ paths: [null], conversions: [null] }, "#N/A", "paths has no rows to attribute"],
  ])("%o is %s: %s", (columns, code, message) => {
    expect(journeysFromPaths(columns)).toMatchObject({ error: code, message });
  });

  it("interns a channel once whatever the spaces around it, over many pieces and names", () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `c${i % 700} >  c${(i * 7) % 700}>c${i % 3}\t> d `);
    const j = journeysFromPaths({ paths, conversions: paths.map(() => 1) });
    if (isCellError(j)) throw new Error(j.message);
    expect(j.channels.length).toBe(701);
    const names = Array.from(j.touches, (id) => j.channels[id]);
    const expected = paths.flatMap((p) => p.split(">").map((c) => c.trim()));
    expect(names).toEqual(expected);
    expect(journeysFromPaths({ paths: ["a > b", "a >  > b"], conversions: [1, 1] })).toMatchObject({
      error: "#VALUE!",
    });
  });

  it("names file columns and rows when given labels", () => {
    const labels = {
      paths: { arg: "path", col: 1 },
      conversions: { arg: "total_conversions", col: 2 },
      values: { arg: "v", col: 3 },
      nulls: { arg: "n", col: 4 },
    };
    expect(journeysFromPaths({ paths: ["a", "b"], conversions: [1, -1] }, labels, 2)).toMatchObject({
      message: "total_conversions is negative (-1) at row 3, column 2",
    });
  });
});

describe("journeysFromTouches", () => {
  const labels: TouchLabels = {
    journeys: { arg: "journey", col: 1 },
    times: { arg: "time", col: 2 },
    channels: { arg: "channel", col: 3 },
    conversions: { arg: "conversion", col: 4 },
  };

  it("groups by journey, orders by time, cuts after the last conversion", () => {
    const j = journeysFromTouches(
      {
        journeys: ["u1", "u2", "u1", "u1", "u2", "u1"],
        times: ["2026-01-03", 1, "2026-01-01", new Date("2026-01-02T00:00:00Z"), 2, "2026-01-09"],
        channels: ["email", "social", "search", "display", "email", "social"],
        conversions: [1, 0, 0, 0, 0, 0],
      },
      labels,
    );
    if (isCellError(j)) throw new Error(j.message);
    expect(j.pathCount).toBe(2);
    const names = (p: number) =>
      Array.from(j.touches.subarray(j.offsets[p], j.offsets[p + 1])).map((c) => j.channels[c]);
    expect(names(0)).toEqual(["search", "display", "email"]);
    expect(names(1)).toEqual(["social", "email"]);
    expect(Array.from(j.conversions)).toEqual([1, 0]);
    expect(Array.from(j.nulls)).toEqual([0, 1]);
    expect(j.values).toBeUndefined();
    // Every time on the Excel serial scale, texts, Dates and numbers alike.
    const jan1 = ymdToSerial(2026, 1, 1);
    expect(Array.from(j.times ?? []).slice(0, 3)).toEqual([jan1, jan1 + 1, jan1 + 2]);
  });

  it("decays by days when touch times are known", () => {
    const j = journeysFromTouches(
      { journeys: [1, 1], times: [45000, 45007], channels: ["a", "b"], conversions: [0, 250] },
      labels,
    );
    if (isCellError(j)) throw new Error(j.message);
    expect(Array.from(j.values ?? [])).toEqual([250]);
    const r = byChannel(run(j, { model: "time_decay" }));
    // 7 days apart, half-life 7 days: weights 1/2 and 1.
    expect(r.a).toBeCloseTo(1 / 3, 12);
    expect(r.b).toBeCloseTo(2 / 3, 12);
  });

  it("orders serials and date texts on one scale, the same in every time zone", () => {
    // 45000 is 2023-03-15: before "2023-03-16" (Date.parse put every serial after any text).
    const zone = process.env.TZ;
    try {
      for (const tz of ["UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"]) {
        process.env.TZ = tz;
        const j = journeysFromTouches(
          {
            journeys: ["u", "u", "u", "v", "v"],
            times: ["2023-03-16", 45000, "2023年3月17日", "2026-01-31", "2026-01-31T00:00"],
            channels: ["b", "a", "c", "x", "y"],
            conversions: [0, 0, 1, 0, 1],
          },
          labels,
        );
        if (isCellError(j)) throw new Error(j.message);
        const names = (p: number) =>
          Array.from(j.touches.subarray(j.offsets[p], j.offsets[p + 1])).map((c) => j.channels[c]);
        expect(names(0)).toEqual(["a", "b", "c"]);
        const times = Array.from(j.times ?? []);
        expect(times[3]).toBe(ymdToSerial(2026, 1, 31));
        expect(times[4]).toBe(times[3]);
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it("refuses a day-month order it would have to guess, and 1 as text", () => {
    const base = { journeys: [1, 1], times: [1, 2], channels: ["a", "b"], conversions: [0, 1] };
    expect(journeysFromTouches({ ...base, times: [1, "08/09/2023"] }, labels, 2)).toMatchObject({
      error: "#VALUE!",
      key: "attribution.ambiguousTime",
      params: { first: "2023-08-09", second: "2023-09-08", row: 3 },
    });
    expect(journeysFromTouches({ ...base, times: ["08/20/2023", 2] }, labels, 2)).toMatchObject({
      key: "attribution.yearLastTime",
      params: { first: "2023-08-20" },
    });
    expect(journeysFromTouches({ ...base, times: ["1", 2] }, labels, 2)).toMatchObject({ key: "attribution.badTime" });
  });

  it("names the row of a bad time, a blank journey and a negative conversion", () => {
    const base = { journeys: [1, 1], times: [1, 2], channels: ["a", "b"], conversions: [0, 1] };
    expect(journeysFromTouches({ ...base, times: [1, "soon"] }, labels, 2)).toMatchObject({
      error: "#VALUE!",
      message: 'time has a time that is not a date or number ("soon") at row 3, column 2',
    });
    expect(journeysFromTouches({ ...base, journeys: [1, null] }, labels)).toMatchObject({
      message: "journey has a blank journey id at row 2, column 1",
    });
    expect(journeysFromTouches({ ...base, conversions: [0, -1] }, labels)).toMatchObject({ error: "#VALUE!" });
    expect(journeysFromTouches({ ...base, channels: ["a"] }, labels)).toMatchObject({
      message: "journey has 2 rows but channel has 1",
    });
  });
});

describe("repeats with touch times", () => {
  it("a collapsed run keeps its first touch's time", () => {
    const labels: TouchLabels = {
      journeys: { arg: "j", col: 1 },
      times: { arg: "t", col: 2 },
      channels: { arg: "c", col: 3 },
      conversions: { arg: "v", col: 4 },
    };
    const j = journeysFromTouches(
      { journeys: [1, 1, 1], times: [0, 7, 14], channels: ["a", "a", "b"], conversions: [0, 0, 1] },
      labels,
    );
    if (isCellError(j)) throw new Error(j.message);
    // After collapse: a at day 0 (14 days before b), b at day 14: weights 1/4 and 1.
    const r = byChannel(run(j, { model: "time_decay", repeats: "collapse" }));
    expect(r.a).toBeCloseTo(0.2, 12);
    expect(r.b).toBeCloseTo(0.8, 12);
  });
});

describe("path splitting", () => {
  it("matches split('>') and String.prototype.trim on any names and whitespace", () => {
    const space = fc.constantFrom(" ", "\t", "\u3000", "\u00a0", "\u2003", "\ufeff", "");
    const name = fc
      .string({ unit: "binary", minLength: 1, maxLength: 6 })
      .filter((s) => !s.includes(">") && s.trim() !== "");
    const touch = fc.tuple(space, name, space).map(([a, n, b]) => a + n + b);
    fc.assert(
      fc.property(fc.array(touch, { minLength: 1, maxLength: 6 }), (touches) => {
        const path = touches.join(">");
        const j = journeysFromPaths({ paths: [path], conversions: [1] });
        if (isCellError(j)) throw new Error(j.message);
        const got = Array.from(j.touches).map((c) => j.channels[c]);
        expect(got).toEqual(path.split(">").map((s) => s.trim()));
      }),
      { numRuns: 300 },
    );
  });
});
