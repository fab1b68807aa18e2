import { isCellError, localizeError } from "../../core/errors";
import { attributeTable, type PathColumnChoice } from "../../core/attribution/from-table";
import { parseAttributionOptions, type ModelName } from "../../core/attribution/options";
import { attributionReportPlan } from "../../core/attribution/report";
import type { AttributionResult } from "../../core/attribution/attribute";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import type { HostServices, TableRead } from "../services";

export type AttributionOutcome =
  | { readonly ok: true; readonly sheet: string; readonly result: AttributionResult }
  | { readonly ok: false; readonly message: string };

/**
 * Attributes a table read from the workbook and writes the result to a new sheet. Every
 * failure comes back as a message in the user's language, never as a thrown error.
 */
export async function runAttribution(
  services: Pick<HostServices, "applyPlan">,
  table: TableRead,
  columns: PathColumnChoice,
  settings: { model: ModelName; order: number },
  locale: Locale,
): Promise<AttributionOutcome> {
  const options = parseAttributionOptions({ model: settings.model, order: settings.order });
  if (isCellError(options)) return { ok: false, message: localizeError(options, locale) };
  const result = attributeTable(table, columns, options);
  if (isCellError(result))
    return { ok: false, message: t(locale, "attr.failed", { reason: localizeError(result, locale) }) };
  const modelLabel =
    t(locale, `attr.model.${settings.model}`) + (settings.model === "markov" ? ` (${settings.order})` : "");
  const plan = attributionReportPlan(result, locale, {
    source: table.source,
    modelLabel,
    labels: {
      sheet: t(locale, "attr.sheet"),
      model: t(locale, "attr.meta.model"),
      source: t(locale, "attr.meta.source"),
      total: t(locale, "attr.meta.total"),
      chart: t(locale, "attr.chart", { model: modelLabel }),
    },
  });
  try {
    const summary = await services.applyPlan(plan);
    return { ok: true, sheet: summary.sheets[0].name, result };
  } catch (e) {
    return { ok: false, message: t(locale, "attr.failed", { reason: e instanceof Error ? e.message : String(e) }) };
  }
}
