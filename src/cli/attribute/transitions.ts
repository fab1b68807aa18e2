import { attributeTransitions, chainFromTransitions, findColumn, type AttributionResult } from "../../core/attribution";
import type { AttributionOptions } from "../../core/attribution/options";
import { isCellError, localizeError, type Result } from "../../core/errors";
import type { Locale } from "../../i18n/locale";
import type { Tabular } from "../../xlsx/tabular";
import { UsageError } from "../io";

/** Whether a table is the order-1 transitions `mkt paths --transitions` writes (columns from, to, count). */
export function isTransitionsTable(table: Tabular): boolean {
  return ["from", "to", "count"].every((name) => findColumn(table.header, name) >= 0);
}

/**
 * Markov attribution from a transitions table: the chain the paths would give, so the same
 * credits. Other models, higher orders and repeat handling need the paths themselves.
 */
export function attributeTransitionsTable(
  table: Tabular,
  options: AttributionOptions,
  file: string,
  lang: Locale,
): AttributionResult {
  if (options.model !== "markov")
    throw new UsageError(`${file} holds transitions: only --model markov reads them (other models need the paths)`);
  if (options.order !== 1) throw new UsageError(`${file} holds order-1 transitions: --order must be 1`);
  if (options.repeats !== "keep")
    throw new UsageError(
      `${file} holds transitions: repeats were handled when they were counted (mkt paths --repeats)`,
    );
  const col = (name: string): unknown[] => {
    const i = findColumn(table.header, name);
    return i < 0 ? [] : table.rows.map((r) => r[i] ?? null);
  };
  const hasValue = findColumn(table.header, "value") >= 0;
  const counts = col("count").map((c) => (typeof c === "number" ? c : Number(String(c ?? "").trim() || NaN)));
  const values = hasValue ? col("value").map((v) => (v === null || v === "" ? 0 : Number(v))) : undefined;
  const chain = chainFromTransitions({
    from: col("from").map((v) => String(v ?? "")),
    to: col("to").map((v) => String(v ?? "")),
    count: counts,
    value: values,
  });
  if (isCellError(chain)) throw new UsageError(`${file}: ${localizeError(chain, lang)}`);
  const result: Result<AttributionResult> = attributeTransitions(chain);
  if (isCellError(result)) throw new UsageError(`${file}: ${localizeError(result, lang)}`);
  return result;
}
