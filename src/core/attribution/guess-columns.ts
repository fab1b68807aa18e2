/** Which columns of a table hold the paths, conversions, value and non-converting journeys. */
export interface PathColumnGuess {
  readonly paths: number | null;
  readonly conversions: number | null;
  readonly values: number | null;
  readonly nulls: number | null;
}

const SYNONYMS: Record<keyof PathColumnGuess, readonly string[]> = {
  paths: ["path", "paths", "journey", "channel_path", "路径", "转化路径", "触点路径", "用户路径"],
  conversions: ["total_conversions", "conversions", "conversion", "conv", "转化", "转化数", "转化量", "转化次数"],
  values: ["total_conversion_value", "conversion_value", "value", "revenue", "价值", "转化价值", "收入", "金额"],
  nulls: ["total_null", "null", "nulls", "non_conversions", "未转化", "未转化数", "流失"],
};

function normalise(header: unknown): string {
  return String(header ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * Guesses the attribution columns of a table from its header row (English or Chinese,
 * ChannelAttribution's names first); each column is used once. A column not found is null.
 */
export function guessPathColumns(header: readonly unknown[]): PathColumnGuess {
  const names = header.map(normalise);
  const used = new Set<number>();
  const find = (key: keyof PathColumnGuess): number | null => {
    for (const synonym of SYNONYMS[key]) {
      const i = names.findIndex((n, k) => !used.has(k) && n === synonym);
      if (i >= 0) {
        used.add(i);
        return i;
      }
    }
    return null;
  };
  const paths = find("paths");
  const conversions = find("conversions");
  const values = find("values");
  const nulls = find("nulls");
  return { paths, conversions, values, nulls };
}
