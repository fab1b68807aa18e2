import {
  attribute,
  journeysFromPaths,
  parseAttributionOptions,
  type AttributionOptionsInput,
  type AttributionResult,
  type Journeys,
} from "../../../src/core/attribution";
import { isCellError } from "../../../src/core/errors";

/** Journeys from [path, conversions, value?, nulls?] rows; throws on a cell error. */
export function journeys(rows: ReadonlyArray<readonly [string, number, number?, number?]>): Journeys {
  const j = journeysFromPaths({
    paths: rows.map((r) => r[0]),
    conversions: rows.map((r) => r[1]),
    values: rows.map((r) => r[2] ?? 0),
    nulls: rows.map((r) => r[3] ?? 0),
  });
  if (isCellError(j)) throw new Error(j.message);
  return j;
}

export function run(j: Journeys, input: AttributionOptionsInput): AttributionResult {
  const options = parseAttributionOptions(input);
  if (isCellError(options)) throw new Error(options.message);
  const result = attribute(j, options);
  if (isCellError(result)) throw new Error(result.message);
  return result;
}

/** channel -> conversions credited. */
export function byChannel(result: AttributionResult): Record<string, number> {
  return Object.fromEntries(result.channels.map((c) => [c.channel, c.conversions]));
}
