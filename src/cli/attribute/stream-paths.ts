import { addPathRow, JourneyBuilder, type Journeys, type PathLabels } from "../../core/attribution";
import { streamCsv } from "../../core/format/csv";
import { isTransitionsTable } from "./transitions";
import { chooseColumns, columnLabel, type ColumnFlags } from "./columns";

/** Paths a builder is first sized for: about the bytes of a path row. */
const BYTES_PER_PATH = 64;

/**
 * The journeys of a CSV text of aggregated paths, built while Papa Parse reads it: each
 * record's path is split into interned channels as it arrives and the record is dropped,
 * so no table of every row is kept. Returns undefined whenever the text is anything else
 * or anything is wrong (transitions, touch rows, a missing column, a bad cell, a quote
 * never closed, no paths): the table is then read whole by `readTable` and `tableJourneys`,
 * which give the usual result or message.
 */
export function streamPathJourneys(text: string, flags: ColumnFlags, file: string): Journeys | undefined {
  let builder: JourneyBuilder | undefined;
  const complete = streamCsv(text, { numbers: true }, (header) => {
    if (isTransitionsTable({ header, rows: [] })) return undefined;
    let choice;
    try {
      choice = chooseColumns(header, flags, file);
    } catch {
      return undefined;
    }
    if (choice.kind !== "paths") return undefined;
    const { path, conv, value, none } = choice;
    const labels: PathLabels = {
      paths: columnLabel(header, path),
      conversions: columnLabel(header, conv),
      values: columnLabel(header, value),
      nulls: columnLabel(header, none),
    };
    const hasValues = value >= 0;
    const hasNulls = none >= 0;
    const b = new JourneyBuilder(Math.ceil(text.length / BYTES_PER_PATH), false, hasValues);
    builder = b;
    return (record, index) =>
      addPathRow(
        b,
        labels,
        index + 2,
        record[path] ?? null,
        record[conv] ?? null,
        hasValues ? (record[value] ?? null) : undefined,
        hasNulls ? (record[none] ?? null) : undefined,
        hasValues,
        hasNulls,
      ) === undefined;
  });
  if (!complete || builder === undefined) return undefined;
  const journeys = builder.build();
  return journeys.pathCount > 0 ? journeys : undefined;
}
