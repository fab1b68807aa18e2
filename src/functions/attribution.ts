/* eslint-disable @typescript-eslint/no-explicit-any --
 * Parameters are `any` on purpose: Excel passes null for a blank cell and ranges as
 * arrays; the core's checks name the row and column of anything that is not right. */
import {
  attribute,
  attributionTable,
  journeysFromPaths,
  journeysFromTouches,
  parseAttributionOptions,
  parseOptionsText,
  PATH_ARGUMENTS,
  toModel,
  type Journeys,
  type TouchLabels,
} from "../core/attribution";
import { cellError, isCellError, type Result } from "../core/errors";
import { inputErrorCode, isBlank, toGrid, toOptionalText } from "../core/values";
import { displayLocale } from "../excel/host";
import { toErrorValue } from "./excel-result";
import { fromExcel as x } from "./excel-values";

const TOUCH_ARGUMENTS: TouchLabels = {
  journeys: { arg: "paths", col: 1 },
  times: { arg: "paths", col: 2 },
  channels: { arg: "paths", col: 3 },
  conversions: { arg: "conversions", col: 1 },
};

/** True for an omitted argument or a blank cell (null, [[null]], ""). */
function omitted(value: unknown): boolean {
  if (value === undefined || isBlank(value)) return true;
  return Array.isArray(value) && toGrid(value).every((row) => row.every((cell) => isBlank(cell)));
}

/** One column of a range as a list (a single row is read across). */
function column(value: unknown, arg: string): Result<unknown[]> {
  const grid = toGrid(value);
  if (grid.every((row) => row.length === 1)) return grid.map((row) => row[0]);
  if (grid.length === 1) return grid[0];
  return cellError("#VALUE!", "attribution.notColumn", { arg, cols: grid[0]?.length ?? 0 });
}

function journeysFromArguments(
  paths: unknown,
  conversions: unknown,
  values: unknown,
  nulls: unknown,
): Result<Journeys> {
  const grid = toGrid(paths);
  const cols = grid[0]?.length ?? 0;
  if (cols === 1 || grid.length === 1) {
    const p = column(paths, "paths");
    if (isCellError(p)) return p;
    const c = column(conversions, "conversions");
    if (isCellError(c)) return c;
    const v = omitted(values) ? undefined : column(values, "values");
    if (isCellError(v)) return v;
    const n = omitted(nulls) ? undefined : column(nulls, "nulls");
    if (isCellError(n)) return n;
    return journeysFromPaths({ paths: p, conversions: c, values: v, nulls: n }, PATH_ARGUMENTS);
  }
  if (cols !== 3 && cols !== 4) return cellError("#VALUE!", "attribution.shape", { arg: "paths", cols });
  if (!omitted(values)) return cellError("#VALUE!", "attribution.touchExtra", { arg: "values" });
  if (!omitted(nulls)) return cellError("#VALUE!", "attribution.touchExtra", { arg: "nulls" });
  let conv: unknown[];
  let labels = TOUCH_ARGUMENTS;
  if (cols === 4) {
    if (!omitted(conversions)) return cellError("#VALUE!", "attribution.touchExtra", { arg: "conversions" });
    conv = grid.map((row) => row[3]);
    labels = { ...TOUCH_ARGUMENTS, conversions: { arg: "paths", col: 4 } };
  } else {
    const c = column(conversions, "conversions");
    if (isCellError(c)) return c;
    conv = c;
  }
  return journeysFromTouches(
    {
      journeys: grid.map((r) => r[0]),
      times: grid.map((r) => r[1]),
      channels: grid.map((r) => r[2]),
      conversions: conv,
    },
    labels,
  );
}

/** The whole computation, as core values: a table or the error naming what is wrong. */
export function attributionGrid(
  paths: unknown,
  conversions: unknown,
  model?: unknown,
  values?: unknown,
  nulls?: unknown,
  options?: unknown,
): Result<(string | number)[][]> {
  const modelText = toOptionalText(model, "model");
  if (isCellError(modelText)) return modelText;
  const optionsText = toOptionalText(options, "options");
  if (isCellError(optionsText)) return optionsText;
  const extra = parseOptionsText(optionsText ?? "");
  if (isCellError(extra)) return extra;
  const name = modelText === undefined ? (extra.model ?? "linear") : toModel(modelText);
  if (isCellError(name)) return name;
  const settings = parseAttributionOptions({ ...extra, model: name });
  if (isCellError(settings)) return settings;
  const code = inputErrorCode(paths);
  if (code) return cellError("#VALUE!", "arg.errorValue", { arg: "paths", code });
  const journeys = journeysFromArguments(paths, conversions, values, nulls);
  if (isCellError(journeys)) return journeys;
  const result = attribute(journeys, settings);
  if (isCellError(result)) return result;
  return attributionTable(result, displayLocale());
}

/**
 * Multi-touch attribution: credits each channel with conversions and value by a model, and spills a table (channel, conversions, value, share), largest first.
 * @customfunction ATTRIBUTE
 * @helpurl https://localhost:3000/help.html#attribute
 * @param paths Paths of channel names joined by ">" (one column, e.g. "search > email"); or touch rows of 3 columns (journey id, time, channel) or 4 (with the conversion).
 * @param conversions Conversions per path; for 3-column touch rows, each touch's conversion (0/1 or its value).
 * @param [model] first, last, linear (default), position, time_decay, markov or shapley.
 * @param [values] Conversion value per path.
 * @param [nulls] Journeys on each path that did not convert (used by markov).
 * @param [options] Settings such as "order=2; repeats=collapse; half_life=7; first=0.4; last=0.4".
 * @returns A header row, then one row per channel: conversions, value and share.
 */
export function attributeFunction(
  paths: any[][],
  conversions: any[][],
  model?: any,
  values?: any[][],
  nulls?: any[][],
  options?: any,
): any[][] {
  const grid = attributionGrid(x(paths), x(conversions), x(model), x(values), x(nulls), x(options));
  return isCellError(grid) ? (toErrorValue(grid) as unknown as any[][]) : grid;
}
