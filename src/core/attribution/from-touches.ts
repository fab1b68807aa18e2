import { cellError, type Result } from "../errors";
import { readDate } from "../sheet/dates";
import { isBlank } from "../values";
import { countCell, textCell, type ColumnLabel } from "./cells";
import { JourneyBuilder, type Journeys } from "./journeys";

/** Touch rows: one row per touch of a journey. */
export interface TouchColumns {
  readonly journeys: readonly unknown[];
  /** A date, a date text year first (core/sheet/dates readDate), or a number of days (an Excel date serial). */
  readonly times: readonly unknown[];
  readonly channels: readonly unknown[];
  /** 0/1 (did this touch convert) or the conversion's value; blank is 0. */
  readonly conversions: readonly unknown[];
}

export interface TouchLabels {
  readonly journeys: ColumnLabel;
  readonly times: ColumnLabel;
  readonly channels: ColumnLabel;
  readonly conversions: ColumnLabel;
}

interface Touch {
  readonly journey: number;
  readonly channel: string;
  readonly time: number;
  readonly conversion: number;
}

/**
 * Journeys from touch rows. Rows are grouped by journey id and ordered by time (ties
 * keep row order). A journey converts if any of its touches has a conversion above 0:
 * it counts 1 conversion, worth the sum of its conversion cells when those are values
 * rather than 0/1, and its path ends at its last converting touch (later touches could
 * not have caused it). A journey without conversion counts 1 null.
 */
export function journeysFromTouches(columns: TouchColumns, labels: TouchLabels, firstRow = 1): Result<Journeys> {
  const n = columns.journeys.length;
  for (const key of ["times", "channels", "conversions"] as const) {
    if (columns[key].length !== n) {
      return cellError("#VALUE!", "range.sizeMismatch", {
        arg: labels.journeys.arg,
        rows1: n,
        arg2: labels[key].arg,
        rows2: columns[key].length,
      });
    }
  }
  const ids = new Map<string, number>();
  const touches: Touch[] = [];
  let valued = false;
  for (let r = 0; r < n; r++) {
    const row = firstRow + r;
    const j = columns.journeys[r];
    const ch = columns.channels[r];
    if (isBlank(j) && isBlank(ch) && isBlank(columns.times[r]) && isBlank(columns.conversions[r])) continue;
    const journeyText = textCell(j, labels.journeys, row);
    if (typeof journeyText !== "string") return journeyText;
    if (journeyText.trim() === "")
      return cellError("#VALUE!", "attribution.blankJourney", {
        arg: labels.journeys.arg,
        row,
        col: labels.journeys.col,
      });
    const channelText = textCell(ch, labels.channels, row);
    if (typeof channelText !== "string") return channelText;
    const channel = channelText.trim();
    if (channel === "") return cellError("#VALUE!", "attribution.emptyPath", { arg: labels.channels.arg, row });
    const time = readDate(columns.times[r]);
    if (typeof time !== "number") {
      const t = textCell(columns.times[r], labels.times, row);
      if (typeof t !== "string") return t;
      const where = { arg: labels.times.arg, row, col: labels.times.col, value: t.slice(0, 40) };
      if (time.reason === "notADate") return cellError("#VALUE!", "attribution.badTime", where);
      return cellError(
        "#VALUE!",
        time.reason === "ambiguous" ? "attribution.ambiguousTime" : "attribution.yearLastTime",
        {
          ...where,
          first: time.readings[0],
          second: time.readings[1] ?? "",
        },
      );
    }
    const conversion = countCell(columns.conversions[r], labels.conversions, row, false);
    if (typeof conversion !== "number") return conversion;
    if (conversion !== 0 && conversion !== 1) valued = true;
    let journey = ids.get(journeyText);
    if (journey === undefined) {
      journey = ids.size;
      ids.set(journeyText, journey);
    }
    touches.push({ journey, channel, time, conversion });
  }
  if (touches.length === 0) return cellError("#N/A", "attribution.noRows", { arg: labels.journeys.arg });
  return assemble(touches, ids.size, valued);
}

function assemble(touches: readonly Touch[], journeyCount: number, valued: boolean): Journeys {
  // Bucket by journey (stable), then order each journey's touches by time.
  const start = new Int32Array(journeyCount + 1);
  for (const t of touches) start[t.journey + 1]++;
  for (let j = 0; j < journeyCount; j++) start[j + 1] += start[j];
  const order: Touch[] = new Array<Touch>(touches.length);
  const fill = start.slice(0, journeyCount);
  for (const t of touches) order[fill[t.journey]++] = t;

  const builder = new JourneyBuilder(journeyCount, true, valued);
  for (let j = 0; j < journeyCount; j++) {
    const group = order.slice(start[j], start[j + 1]);
    group.sort((a, b) => a.time - b.time);
    let end = group.length;
    let value = 0;
    let converted = false;
    for (let i = group.length - 1; i >= 0; i--) {
      if (group[i].conversion > 0) {
        if (!converted) end = i + 1;
        converted = true;
        value += group[i].conversion;
      }
    }
    for (let i = 0; i < end; i++) builder.touch(builder.intern(group[i].channel), group[i].time);
    builder.endPath(converted ? 1 : 0, converted ? 0 : 1, value);
  }
  return builder.build();
}
