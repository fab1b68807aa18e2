import { cellText as t } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import type { AttributionResult } from "./attribute";

/**
 * The result as a grid, the way MKT.ATTRIBUTE spills it: a localised header row, then
 * channel, conversions, value (blank without values) and share per channel.
 */
export function attributionTable(result: AttributionResult, locale: Locale): (string | number)[][] {
  const header = [
    t(locale, "attribution.header.channel"),
    t(locale, "attribution.header.conversions"),
    t(locale, "attribution.header.value"),
    t(locale, "attribution.header.share"),
  ];
  return [header, ...result.channels.map((c) => [c.channel, c.conversions, c.value ?? "", c.share])];
}
