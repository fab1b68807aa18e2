import { cellError, type CellError, type Result } from "../errors";
import { isBlank } from "../values";
import { countCell, numberCell, textCell, type ColumnLabel } from "./cells";
import { HASH_START, hashStep, JourneyBuilder, type Journeys } from "./journeys";

/** Aggregated paths, ChannelAttribution's layout: one row per distinct path. */
export interface PathColumns {
  /** Channel names joined by `>`, e.g. "search > email > search". */
  readonly paths: readonly unknown[];
  readonly conversions: readonly unknown[];
  readonly values?: readonly unknown[];
  readonly nulls?: readonly unknown[];
}

export interface PathLabels {
  readonly paths: ColumnLabel;
  readonly conversions: ColumnLabel;
  readonly values: ColumnLabel;
  readonly nulls: ColumnLabel;
}

/** Labels for the custom function's arguments, each a one-column range. */
export const PATH_ARGUMENTS: PathLabels = {
  paths: { arg: "paths", col: 1 },
  conversions: { arg: "conversions", col: 1 },
  values: { arg: "values", col: 1 },
  nulls: { arg: "nulls", col: 1 },
};

const GT = 62; // ">"

/** The characters String.prototype.trim removes. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Splits `path` on ">" into trimmed channel names and appends them to the open path.
 * Returns false when a channel name is empty. One pass: each piece is hashed while the ">"
 * is looked for, and looked up as it stands, so a channel is trimmed and interned once.
 */
export function appendPath(builder: JourneyBuilder, path: string): boolean {
  let start = 0;
  let h = HASH_START;
  const n = path.length;
  for (let i = 0; i <= n; i++) {
    if (i < n) {
      const c = path.charCodeAt(i);
      if (c !== GT) {
        h = hashStep(h, c);
        continue;
      }
    }
    const id = builder.internPiece(path, start, i, h);
    if (id < 0) return false;
    builder.touch(id);
    start = i + 1;
    h = HASH_START;
  }
  return true;
}

function sizeMismatch(labels: PathLabels, key: keyof PathLabels, rows1: number, rows2: number): CellError {
  return cellError("#VALUE!", "range.sizeMismatch", { arg: labels.paths.arg, rows1, arg2: labels[key].arg, rows2 });
}

/**
 * Appends one row of aggregated paths to `builder`: skipped when entirely blank, else its
 * touches and counts, or the error that names its row and column (nothing is appended then
 * but the builder must not be used further). `row` is the row number for messages.
 */
export function addPathRow(
  builder: JourneyBuilder,
  labels: PathLabels,
  row: number,
  cell: unknown,
  conversion: unknown,
  valueCell: unknown,
  nullCell: unknown,
  hasValues: boolean,
  hasNulls: boolean,
): CellError | undefined {
  const blankPath = isBlank(cell) || (typeof cell === "string" && isSpace(cell.charCodeAt(0)) && cell.trim() === "");
  if (blankPath && isBlank(conversion) && (!hasValues || isBlank(valueCell)) && (!hasNulls || isBlank(nullCell)))
    return undefined;
  const text = textCell(cell, labels.paths, row);
  if (typeof text !== "string") return text;
  if (blankPath) return cellError("#VALUE!", "attribution.emptyPath", { arg: labels.paths.arg, row });
  if (!appendPath(builder, text)) {
    return cellError("#VALUE!", "attribution.emptyChannel", {
      arg: labels.paths.arg,
      row,
      value: text.length > 40 ? `${text.slice(0, 37)}...` : text,
    });
  }
  const conv = countCell(conversion, labels.conversions, row, true);
  if (typeof conv !== "number") return conv;
  const none = hasNulls ? countCell(nullCell, labels.nulls, row, false) : 0;
  if (typeof none !== "number") return none;
  let value = 0;
  if (hasValues && !isBlank(valueCell)) {
    const v = numberCell(valueCell, labels.values, row);
    if (typeof v !== "number") return v;
    value = v;
  }
  builder.endPath(conv, none, value);
  return undefined;
}

/**
 * Journeys from aggregated path columns. Rows entirely blank are skipped (a range may
 * reach past the data); anything else wrong is an error naming its row and column.
 * `firstRow` is the row number of the first cell, for messages (2 under a header).
 */
export function journeysFromPaths(
  columns: PathColumns,
  labels: PathLabels = PATH_ARGUMENTS,
  firstRow = 1,
): Result<Journeys> {
  const { paths, conversions, values, nulls } = columns;
  const n = paths.length;
  if (conversions.length !== n) return sizeMismatch(labels, "conversions", n, conversions.length);
  if (values && values.length !== n) return sizeMismatch(labels, "values", n, values.length);
  if (nulls && nulls.length !== n) return sizeMismatch(labels, "nulls", n, nulls.length);

  const builder = new JourneyBuilder(n, false, values !== undefined);
  for (let r = 0; r < n; r++) {
    const error = addPathRow(
      builder,
      labels,
      firstRow + r,
      paths[r],
      conversions[r],
      values ? values[r] : undefined,
      nulls ? nulls[r] : undefined,
      values !== undefined,
      nulls !== undefined,
    );
    if (error !== undefined) return error;
  }
  const journeys = builder.build();
  if (journeys.pathCount === 0) return cellError("#N/A", "attribution.noRows", { arg: labels.paths.arg });
  return journeys;
}
