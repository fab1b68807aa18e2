import { readFileSync } from "node:fs";
import { join } from "node:path";
import { forecastAhead } from "../../../src/core/monitor/forecast";
import { fitHoltWinters, smoothWith } from "../../../src/core/monitor/holt-winters";
import { aicc, fitDetected } from "../../../src/core/monitor/seasonality";

interface Reference {
  readonly horizon: number;
  readonly series: readonly {
    readonly name: string;
    readonly values: number[];
    readonly sse: number;
    readonly alpha: number;
    readonly beta: number;
    readonly gamma: number;
    readonly fitted: number[];
    readonly forecast: number[];
    readonly initialLevel: number;
    readonly initialTrend: number;
    readonly initialSeasons: number[];
    readonly intervals: Record<string, { lower: number[]; upper: number[] }>;
  }[];
}

const reference = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/forecast-reference/reference.json"), "utf8"),
) as Reference;

describe("Holt-Winters fit against statsmodels (ExponentialSmoothing, estimated initial states)", () => {
  it.each(reference.series.map((s) => [s.name, s] as const))(
    "%s: one-step SSE as low as statsmodels' or within 1%%",
    (_name, s) => {
      const fit = fitHoltWinters(s.values, 7);
      expect(fit.sse).toBeLessThanOrEqual(s.sse * 1.01);
    },
  );
});

describe("forecasts and prediction intervals against statsmodels (ETSModel with the same parameters)", () => {
  it.each(reference.series.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const fit = smoothWith(
      s.values,
      { alpha: s.alpha, beta: s.beta, gamma: s.gamma, period: 7 },
      { level: s.initialLevel, trend: s.initialTrend, seasons: s.initialSeasons },
    );
    expect(fit.sse).toBeCloseTo(s.sse, 6);
    fit.fitted.forEach((f, i) => expect(f).toBeCloseTo(s.fitted[i], 6));
    for (const [confidence, band] of Object.entries(s.intervals)) {
      const ahead = forecastAhead(fit, reference.horizon, Number(confidence));
      ahead.forEach((p, i) => {
        expect(p.forecast).toBeCloseTo(s.forecast[i], 6);
        expect(p.lower).toBeCloseTo(band.lower[i], 6);
        expect(p.upper).toBeCloseTo(band.upper[i], 6);
      });
    }
  });
});

describe("our own fit forecasts close to statsmodels'", () => {
  it("the 14-day forecast of the drifting sales series is within 1% of statsmodels' every day", () => {
    const s = reference.series.find((r) => r.name === "sales-12-weeks");
    if (!s) throw new Error("reference series missing");
    const ahead = forecastAhead(fitHoltWinters(s.values, 7), reference.horizon, 0.95);
    ahead.forEach((p, i) => expect(Math.abs(p.forecast - s.forecast[i]) / s.forecast[i]).toBeLessThan(0.01));
  });

  it("a missing day is skipped, not read as zero: the SSE counts only observed days", () => {
    const s = reference.series[0];
    const values = s.values.map((v, i) => (i === 20 ? Number.NaN : v));
    const fit = fitHoltWinters(values, 7);
    expect(fit.observed).toBe(values.length - 1);
    expect(Number.isFinite(fit.fitted[20])).toBe(true);
    expect(fit.sse).toBeLessThan(s.sse * 1.01);
  });
});

describe("series a forecast must not break on", () => {
  it.each([
    ["constant", Array.from({ length: 30 }, () => 250)],
    ["huge values", Array.from({ length: 30 }, (_, i) => 1e12 + i * 1e9 + (i % 7) * 1e10)],
    ["a zero run with one spike", Array.from({ length: 30 }, (_, i) => (i === 15 ? 1000 : 0))],
  ])("%s: every forecast and bound is a finite number", (_name, values) => {
    const fit = fitHoltWinters(values, 7);
    for (const p of forecastAhead(fit, 10, 0.95))
      for (const v of [p.forecast, p.lower, p.upper]) expect(Number.isFinite(v)).toBe(true);
    expect(fit.sse).toBeGreaterThanOrEqual(0);
  });

  it("a constant series is forecast as that constant, with a band of zero width", () => {
    const fit = fitHoltWinters(
      Array.from({ length: 30 }, () => 250),
      7,
    );
    const [first] = forecastAhead(fit, 1, 0.95);
    expect(first.forecast).toBeCloseTo(250, 6);
    expect(first.upper - first.lower).toBeCloseTo(0, 6);
  });
});

describe("seasonality detected", () => {
  it("keeps the weekly season where the week repeats and drops it where it does not", () => {
    const weekly = reference.series.find((s) => s.name === "visits-steady-6-weeks");
    if (!weekly) throw new Error("reference series missing");
    expect(fitDetected(weekly.values, 1).period).toBe(7);
    // A trend with noise that has no weekly pattern (a fixed pseudo-random sequence).
    let seed = 3;
    const noise = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
    const plain = Array.from({ length: 42 }, (_, i) => 200 + 2 * i + 20 * noise());
    expect(fitDetected(plain, 1).period).toBe(1);
    // Weekly data (a step of 7 days) gets no season unless one is given.
    expect(fitDetected(weekly.values, 7).period).toBe(1);
  });

  it("chooses by the corrected AIC: the weekly model must pay for its six extra seasons", () => {
    const s = reference.series[0];
    const weekly = fitHoltWinters(s.values, 7);
    const plain = fitHoltWinters(s.values, 1);
    expect(fitDetected(s.values, 1).period).toBe(aicc(weekly) < aicc(plain) ? 7 : 1);
    expect(aicc(weekly)).toBeLessThan(aicc(plain)); // this series' week is strong
  });
});
