import { t } from "../../../i18n/catalog";
import type { Locale } from "../../../i18n/locale";
import { withPageSetup, type HyperlinkPlan, type PlanCell, type SheetPlan } from "../../plan";
import { findingMessage, ruleName, severityName } from "../message";
import type { Finding } from "../types";

const HEADER_FILL = "#D9E1F2";

/**
 * The report sheet: one row per finding (rule, severity, cell as a link to it, value,
 * message), under a title that says what was checked.
 */
export function reportSheet(
  name: string,
  findings: readonly Finding[],
  checked: readonly string[],
  total: number,
  locale: Locale,
): SheetPlan {
  const title =
    total === 0
      ? t(locale, "report.clean", { sheet: checked.join(", ") })
      : t(locale, "report.title", { sheet: checked.join(", "), count: total });
  const rows: PlanCell[][] = [
    [title],
    [
      t(locale, "report.rule"),
      t(locale, "report.severity"),
      t(locale, "report.cell"),
      t(locale, "report.value"),
      t(locale, "report.message"),
    ],
  ];
  const hyperlinks: HyperlinkPlan[] = [];
  findings.forEach((f, k) => {
    const label = `${f.sheet}!${f.cell}`;
    rows.push([ruleName(f.rule, locale), severityName(f.severity, locale), label, f.value, findingMessage(f, locale)]);
    hyperlinks.push({ cell: `C${k + 3}`, text: label, to: { sheet: f.sheet, cell: f.cell } });
  });
  return withPageSetup({
    target: { create: name },
    cells: [{ at: "A1", rows }],
    columns: [{ column: "A", widths: [18, 10, 16, 16, 90] }],
    formats: [
      { ranges: ["A1"], format: { bold: true, fontSize: 13 } },
      { ranges: ["A2:E2"], format: { bold: true, fill: HEADER_FILL } },
    ],
    hyperlinks,
    freeze: { rows: 2, columns: 0 },
  });
}
