import {
  guessPathColumns,
  guessTouchColumns,
  journeysFromPaths,
  journeysFromTouches,
  type Journeys,
} from "../../core/attribution";
import type { ColumnLabel } from "../../core/attribution/cells";
import { isCellError } from "../../core/errors";
import type { Tabular } from "../../xlsx/tabular";
import { columnOption } from "../args";
import { UsageError } from "../io";

/** The column options of `mkt attribute`; each is matched as the task pane matches headers. */
export interface ColumnFlags {
  readonly "path-col"?: string;
  readonly "conversions-col"?: string;
  readonly "value-col"?: string;
  readonly "null-col"?: string;
  readonly "journey-col"?: string;
  readonly "time-col"?: string;
  readonly "channel-col"?: string;
  readonly "conversion-col"?: string;
}

const PATH_FLAGS = ["path-col", "conversions-col", "value-col", "null-col"] as const;
const TOUCH_FLAGS = ["journey-col", "time-col", "channel-col", "conversion-col"] as const;
/** What the message names when a column is neither given nor recognised. */
const DEFAULT_NAMES: Record<keyof ColumnFlags, string> = {
  "path-col": "path",
  "conversions-col": "total_conversions",
  "value-col": "total_conversion_value",
  "null-col": "total_null",
  "journey-col": "journey_id",
  "time-col": "timestamp",
  "channel-col": "channel",
  "conversion-col": "conversion",
};

/** The columns chosen for a table (0-based, -1 when absent): aggregated paths or touch rows. */
export type ColumnChoice =
  | {
      readonly kind: "paths";
      readonly path: number;
      readonly conv: number;
      readonly value: number;
      readonly none: number;
    }
  | { readonly kind: "touches"; readonly cols: readonly [number, number, number, number] };

/**
 * The columns of a table's journeys, aggregated paths or touch rows. A column named by its
 * option is found by that name; one not named is recognised by its header as the task pane
 * does (`Path`, `路径`, `conversions`, `转化数`, `user_id`...). Touch rows are read when their
 * four columns are named or recognised and no path column is named.
 */
export function chooseColumns(header: readonly string[], flags: ColumnFlags, file: string): ColumnChoice {
  const pathGuess = guessPathColumns(header);
  const touchGuess = guessTouchColumns(header);
  const pick = (flag: keyof ColumnFlags, guessed: number | null): number => {
    const name = flags[flag];
    if (name === undefined) return guessed ?? -1;
    const i = columnOption(header, name);
    if (i < 0)
      throw new UsageError(`${file} has no column "${name}" (${`--${flag}`}); its columns: ${header.join(", ")}`);
    return i;
  };
  const namedPath = PATH_FLAGS.some((f) => flags[f] !== undefined);
  const namedTouch = TOUCH_FLAGS.some((f) => flags[f] !== undefined);
  if (namedPath && namedTouch) throw new UsageError("name path columns or touch-row columns, not both");

  const touchCols = [
    pick("journey-col", touchGuess.journeys),
    pick("time-col", touchGuess.times),
    pick("channel-col", touchGuess.channels),
    pick("conversion-col", touchGuess.conversions),
  ] as const;
  const touchesFound = touchCols.every((i) => i >= 0);
  // A "journey" header is a path synonym too: a table with every touch column is touch rows.
  const asTouches =
    namedTouch || (!namedPath && touchesFound && (pathGuess.paths === null || pathGuess.paths === touchGuess.journeys));

  if (!asTouches) {
    const path = pick("path-col", pathGuess.paths);
    if (path < 0) {
      const missing = TOUCH_FLAGS[touchCols.findIndex((i) => i < 0)];
      throw new UsageError(
        `${file} has no column "${DEFAULT_NAMES["path-col"]}" (paths) nor "${DEFAULT_NAMES[missing]}" (touch rows); its columns: ${header.join(", ")}`,
      );
    }
    const conv = pick("conversions-col", pathGuess.conversions);
    if (conv < 0) throw new UsageError(`${file} has no column "${DEFAULT_NAMES["conversions-col"]}"`);
    return {
      kind: "paths",
      path,
      conv,
      value: pick("value-col", pathGuess.values),
      none: pick("null-col", pathGuess.nulls),
    };
  }
  const missing = touchCols.findIndex((i) => i < 0);
  if (missing >= 0)
    throw new UsageError(
      `${file} has no column "${DEFAULT_NAMES[TOUCH_FLAGS[missing]]}" (touch rows); its columns: ${header.join(", ")}`,
    );
  return { kind: "touches", cols: touchCols };
}

/** How messages name column `i` of a header: its header text and 1-based position. */
export function columnLabel(header: readonly string[], i: number): ColumnLabel {
  return { arg: String(header[i] ?? ""), col: i + 1 };
}

/** The journeys of a table, aggregated paths or touch rows, with the columns `chooseColumns` picks. */
export function tableJourneys(table: Tabular, flags: ColumnFlags, file: string): Journeys {
  const { header } = table;
  const choice = chooseColumns(header, flags, file);
  const col = (i: number): unknown[] => table.rows.map((row) => row[i] ?? null);
  const label = (i: number) => columnLabel(header, i);

  let journeys;
  if (choice.kind === "paths") {
    const { path, conv, value, none } = choice;
    journeys = journeysFromPaths(
      {
        paths: col(path),
        conversions: col(conv),
        values: value < 0 ? undefined : col(value),
        nulls: none < 0 ? undefined : col(none),
      },
      {
        paths: label(path),
        conversions: label(conv),
        values: label(value),
        nulls: label(none),
      },
      2,
    );
  } else {
    const [j, time, ch, conv] = choice.cols;
    journeys = journeysFromTouches(
      { journeys: col(j), times: col(time), channels: col(ch), conversions: col(conv) },
      { journeys: label(j), times: label(time), channels: label(ch), conversions: label(conv) },
      2,
    );
  }
  if (isCellError(journeys)) throw new UsageError(`${file}: ${journeys.message}`);
  return journeys;
}
