/** Which columns of a table hold the paths, conversions, value and non-converting journeys. */
export interface PathColumnGuess {
  readonly paths: number | null;
  readonly conversions: number | null;
  readonly values: number | null;
  readonly nulls: number | null;
}

/** Which columns of a table of touch rows hold the journey, time, channel and conversion. */
export interface TouchColumnGuess {
  readonly journeys: number | null;
  readonly times: number | null;
  readonly channels: number | null;
  readonly conversions: number | null;
}

/** Header names by role, best first (ChannelAttribution's names lead). Written normalised. */
export const PATH_SYNONYMS: Readonly<Record<keyof PathColumnGuess, readonly string[]>> = {
  paths: ["path", "paths", "journey", "channel_path", "路径", "转化路径", "触点路径", "用户路径"],
  conversions: ["total_conversions", "conversions", "conversion", "conv", "转化", "转化数", "转化量", "转化次数"],
  values: ["total_conversion_value", "conversion_value", "value", "revenue", "价值", "转化价值", "收入", "金额"],
  nulls: ["total_null", "null", "nulls", "non_conversions", "未转化", "未转化数", "流失"],
};

export const TOUCH_SYNONYMS: Readonly<Record<keyof TouchColumnGuess, readonly string[]>> = {
  journeys: ["journey_id", "user_id", "customer_id", "visitor_id", "client_id", "journey", "用户id", "用户", "旅程"],
  times: ["timestamp", "time", "touch_time", "datetime", "date", "时间", "触点时间", "日期"],
  channels: ["channel", "channel_name", "source", "渠道", "来源", "触点"],
  conversions: ["conversion", "conversions", "converted", "conversion_value", "value", "转化", "是否转化", "转化价值"],
};

/** A header as the matching sees it: trimmed, lower case, spaces and hyphens as `_`. */
export function normaliseHeader(header: unknown): string {
  return String(header ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The 0-based index of the column called `name` (matched normalised), or -1. */
export function findColumn(header: readonly unknown[], name: string): number {
  const wanted = normaliseHeader(name);
  return header.findIndex((h) => normaliseHeader(h) === wanted);
}

function guess<K extends string>(
  header: readonly unknown[],
  synonyms: Readonly<Record<K, readonly string[]>>,
  keys: readonly K[],
): Record<K, number | null> {
  const names = header.map(normaliseHeader);
  const used = new Set<number>();
  const found = {} as Record<K, number | null>;
  for (const key of keys) {
    found[key] = null;
    for (const synonym of synonyms[key]) {
      const i = names.findIndex((n, k) => !used.has(k) && n === synonym);
      if (i >= 0) {
        used.add(i);
        found[key] = i;
        break;
      }
    }
  }
  return found;
}

/**
 * Guesses the attribution columns of a table from its header row (English or Chinese,
 * ChannelAttribution's names first); each column is used once. A column not found is null.
 */
export function guessPathColumns(header: readonly unknown[]): PathColumnGuess {
  return guess(header, PATH_SYNONYMS, ["paths", "conversions", "values", "nulls"]);
}

/** The same for touch rows: journey id, time, channel, conversion. */
export function guessTouchColumns(header: readonly unknown[]): TouchColumnGuess {
  return guess(header, TOUCH_SYNONYMS, ["journeys", "times", "channels", "conversions"]);
}
