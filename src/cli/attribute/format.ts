import type { AttributionResult } from "../../core/attribution";
import { csvTextField, terminalText } from "../../core/format/inert";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";

/**
 * The result in the requested format: table (for reading), csv or json (full precision).
 * Channel names come from outsiders (UTM parameters): in CSV they are neutralised so no
 * spreadsheet runs them, in the table stripped of control characters.
 */
export function formatResult(result: AttributionResult, format: string, locale: Locale): string {
  if (format === "json") {
    return JSON.stringify({
      model: result.model,
      channels: result.channels.map((c) => ({
        channel: c.channel,
        conversions: c.conversions,
        value: c.value,
        share: c.share,
      })),
    });
  }
  if (format === "csv") {
    const lines = result.channels.map((c) =>
      [csvTextField(c.channel), String(c.conversions), c.value === null ? "" : String(c.value), String(c.share)].join(
        ",",
      ),
    );
    return ["channel,conversions,value,share", ...lines].join("\n");
  }
  const header = ["channel", "conversions", "value", "share"].map((k) =>
    t(locale, `attribution.header.${k}` as "attribution.header.channel"),
  );
  const rows = result.channels.map((c) => [
    terminalText(c.channel),
    c.conversions.toFixed(4),
    c.value === null ? "" : c.value.toFixed(4),
    `${(c.share * 100).toFixed(2)}%`,
  ]);
  const all = [header, ...rows];
  // East Asian characters take two columns in a terminal.
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i]))));
  const pad = (s: string, i: number): string =>
    i === 0 ? s + " ".repeat(widths[i] - width(s)) : " ".repeat(widths[i] - width(s)) + s;
  return all.map((r) => r.map(pad).join("  ").trimEnd()).join("\n");
}
