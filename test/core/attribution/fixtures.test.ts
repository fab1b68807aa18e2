import {
  attribute,
  parseAttributionOptions,
  removalEffects,
  type AttributionResult,
  type ModelName,
} from "../../../src/core/attribution";
import { isCellError } from "../../../src/core/errors";
import { column, fixtureJourneys, readFixture } from "./fixture";

function run(model: ModelName): AttributionResult {
  const options = parseAttributionOptions({ model });
  if (isCellError(options)) throw new Error(options.message);
  const result = attribute(fixtureJourneys(), options);
  if (isCellError(result)) throw new Error(result.message);
  return result;
}

/** Largest relative deviation from the reference, per column. */
function maxRelativeDeviation(
  result: AttributionResult,
  expected: Map<string, number>,
  pick: "conversions" | "value",
): number {
  let worst = 0;
  expect(result.channels.map((c) => c.channel).sort()).toEqual([...expected.keys()].sort());
  for (const c of result.channels) {
    const want = expected.get(c.channel) as number;
    const got = pick === "conversions" ? c.conversions : (c.value as number);
    worst = Math.max(worst, Math.abs(got - want) / Math.max(1, Math.abs(want)));
  }
  return worst;
}

describe("rule-based models against ChannelAttribution heuristic_models on the synthetic reference paths", () => {
  const expected = readFixture("expected_heuristic.csv");
  const names = column(expected, "channel_name") as string[];
  const byChannel = (col: string) => new Map(names.map((n, i) => [n, column(expected, col)[i] as number]));

  it.each([
    ["first", "first_touch"],
    ["last", "last_touch"],
    ["linear", "linear_touch"],
  ] as const)("%s matches %s conversions and value to 1e-9", (model, prefix) => {
    const result = run(model);
    const conv = maxRelativeDeviation(result, byChannel(`${prefix}_conversions`), "conversions");
    const value = maxRelativeDeviation(result, byChannel(`${prefix}_value`), "value");
    expect(conv).toBeLessThan(1e-9);
    expect(value).toBeLessThan(1e-9);
  });
});

describe("markov order 1 against the exact removal-effect attribution on the reference paths", () => {
  const expected = readFixture("expected_markov_order1_exact.csv");
  const names = column(expected, "channel_name") as string[];
  const byChannel = (col: string) => new Map(names.map((n, i) => [n, column(expected, col)[i] as number]));

  it("matches conversions and value per channel to 1e-9 relative", () => {
    const result = run("markov");
    expect(maxRelativeDeviation(result, byChannel("total_conversions"), "conversions")).toBeLessThan(1e-9);
    expect(maxRelativeDeviation(result, byChannel("total_conversion_value"), "value")).toBeLessThan(1e-9);
  });

  it("lies within a few percent of ChannelAttribution's simulated markov_model, not exactly on it", () => {
    const simulated = readFixture("channelattribution_markov_order1_simulated.csv");
    const sim = new Map(
      (column(simulated, "channel_name") as string[]).map((n, i) => [
        n,
        column(simulated, "total_conversion")[i] as number,
      ]),
    );
    const deviation = maxRelativeDeviation(run("markov"), sim, "conversions");
    expect(deviation).toBeGreaterThan(1e-6);
    expect(deviation).toBeLessThan(0.1);
  });
});

describe("markov removal effects on the reference paths", () => {
  const expected = readFixture("expected_markov_order1_exact.csv");
  const names = column(expected, "channel_name") as string[];
  const effects = column(expected, "removal_effect") as number[];

  it.each([
    ["direct", 300],
    ["Gauss-Seidel", 0],
  ])("match the reference to 1e-9 with the %s solver", (_, denseLimit) => {
    const journeys = fixtureJourneys();
    const re = removalEffects(journeys, 1, denseLimit);
    if (!re) throw new Error("no chain");
    let worst = 0;
    names.forEach((name, i) => {
      const got = re.removalEffects[journeys.channels.indexOf(name)];
      worst = Math.max(worst, Math.abs(got - effects[i]) / effects[i]);
    });
    expect(worst).toBeLessThan(1e-9);
  });
});
