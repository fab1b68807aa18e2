import { isCellError, type Result } from "../errors";
import { attribute, type AttributionResult } from "./attribute";
import { journeysFromPaths, type PathLabels } from "./from-paths";
import type { PathColumnGuess } from "./guess-columns";
import type { AttributionOptions } from "./options";

/** A table as read from a sheet: its header row and the rows below it. */
export interface PathTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** Chosen columns (0-based); paths and conversions are required. */
export type PathColumnChoice = PathColumnGuess & { readonly paths: number; readonly conversions: number };

/**
 * Attributes the journeys of a table whose first row is a header. Errors name the column by
 * its header and position and the row as the sheet numbers it (the header is row 1).
 */
export function attributeTable(
  table: PathTable,
  columns: PathColumnChoice,
  options: AttributionOptions,
): Result<AttributionResult> {
  const column = (i: number | null) => (i === null ? undefined : table.rows.map((row) => row[i] ?? null));
  const label = (i: number | null, fallback: string) => ({
    arg: i === null ? fallback : table.header[i] || fallback,
    col: (i ?? 0) + 1,
  });
  const labels: PathLabels = {
    paths: label(columns.paths, "paths"),
    conversions: label(columns.conversions, "conversions"),
    values: label(columns.values, "values"),
    nulls: label(columns.nulls, "nulls"),
  };
  const journeys = journeysFromPaths(
    {
      paths: column(columns.paths) ?? [],
      conversions: column(columns.conversions) ?? [],
      values: column(columns.values),
      nulls: column(columns.nulls),
    },
    labels,
    2,
  );
  if (isCellError(journeys)) return journeys;
  return attribute(journeys, options);
}
