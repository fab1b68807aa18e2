import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ymdToSerial, type RawCell } from "../../../src/core/sheet";
import { at, check } from "./helpers";

const reference = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/forecast-reference/reference.json"), "utf8"),
) as { series: { name: string; values: number[] }[] };

const MARCH_1 = ymdToSerial(2026, 3, 1);
/** A daily table (Date, Actual) with the monitor's panel beside it, two columns apart. */
function sheet(
  values: readonly (number | null)[],
  panel: { target: number; start: number; end: number } | null,
  days = values.length,
): RawCell[][] {
  const rows: RawCell[][] = [
    ["Date", "Actual", null, null, ...(panel ? ["Target (whole campaign)", panel.target] : [])],
  ];
  for (let i = 0; i < days; i++) {
    const row: RawCell[] = [new Date(Date.UTC(2026, 2, 1 + i)), values[i] ?? null];
    if (panel && i === 0) row.push(null, null, "Start", new Date(Date.UTC(2026, 2, 1)));
    if (panel && i === 1) row.push(null, null, "End", new Date(Date.UTC(2026, 2, 1 + panel.end - MARCH_1)));
    rows.push(row);
  }
  return rows;
}

describe("pace rule", () => {
  const hundred = Array.from({ length: 10 }, () => 100);
  const panel = (target: number) => ({ target, start: MARCH_1, end: MARCH_1 + 30 });

  it("is silent on track; off track, it says the projection, the daily rate needed and to revise the target", () => {
    expect(check(sheet(hundred, panel(3100), 31), { rules: ["pace"] })).toEqual([]);
    const off = check(sheet(hundred, panel(4000), 31), { rules: ["pace"] });
    expect(at(off)).toEqual(["pace@B11"]); // the last reported day
    expect(off[0]).toMatchObject({
      key: "check.paceOffTrack",
      params: { projected: "3100", target: "4000", share: "77.5%", needed: "142.9", end: "2026-03-31" },
    });
  });

  it("at risk between the threshold and 100%; the settings' target overrides the panel", () => {
    const risk = check(sheet(hundred, panel(3300), 31), { rules: ["pace"] });
    expect(risk.map((f) => f.key)).toEqual(["check.paceAtRisk"]);
    expect(check(sheet(hundred, panel(3300), 31), { rules: ["pace"], pace: { target: 3000 } })).toEqual([]);
    expect(check(sheet(hundred, null), { rules: ["pace"], pace: { target: 4000, end: "2026-03-31" } }).length).toBe(1);
  });

  it("does nothing without a target or an end date", () => {
    expect(check(sheet(hundred, null), { rules: ["pace"] })).toEqual([]);
  });
});

describe("band rule", () => {
  const s = reference.series.find((r) => r.name === "signups-8-weeks");
  if (!s) throw new Error("reference series missing");

  it("flags a day pushed far outside its band, above or below, and leaves the ordinary days alone", () => {
    const plain = check(sheet(s.values, null), { rules: ["band"], band: { confidence: 0.999 } });
    expect(plain.length).toBeLessThanOrEqual(1); // 56 days at 99.9%: one early day of the random walk at most
    const spiked = s.values.map((v, i) => (i === 40 ? v + 400 : i === 45 ? v - 400 : v));
    const found = check(sheet(spiked, null), { rules: ["band"], band: { confidence: 0.999 } });
    const flagged = at(found);
    expect(flagged).toEqual(expect.arrayContaining(["band@B42", "band@B47"]));
    expect(at(plain)).not.toEqual(expect.arrayContaining(["band@B42"]));
    expect(found.find((f) => f.cell === "B42")).toMatchObject({
      key: "check.bandAbove",
      params: { date: "2026-04-10" },
    });
    expect(found.find((f) => f.cell === "B47")).toMatchObject({
      key: "check.bandBelow",
      params: { confidence: "99.9%" },
    });
  });

  it("needs 14 days with a value before judging", () => {
    const short = [100, 100, 100, 100, 100, 100, 100, 100, 100, 900];
    expect(check(sheet(short, null), { rules: ["band"] })).toEqual([]);
  });
});
