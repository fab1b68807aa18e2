import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import type { Finding, RuleId, Severity } from "./types";

/** A finding's message in a language. */
export function findingMessage(finding: Finding, locale: Locale): string {
  return t(locale, finding.key, finding.params);
}

export function ruleName(rule: RuleId, locale: Locale): string {
  return t(locale, `rule.${rule}`);
}

export function severityName(severity: Severity, locale: Locale): string {
  return t(locale, `severity.${severity}`);
}

/** The finding as the command line's JSON lists it. */
export function findingRecord(finding: Finding, locale: Locale) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    value: finding.value,
    message: findingMessage(finding, locale),
  };
}
