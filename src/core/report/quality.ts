import { t } from "../../i18n/catalog";
import { checkSheet, defaultCheckSettings, RULE_IDS, type Finding, type RuleId } from "../checks";
import type { SheetGrid } from "../sheet";

/**
 * The data quality block: the data checks `mkt check` runs (default settings), on every
 * sheet the report reads (reportFacts leaves a previous report out). Findings are counted by rule;
 * the first few are listed with a link to their cell.
 */

/** How many findings the report lists one by one (the counts cover them all). */
export const QUALITY_LISTED = 3;

export interface QualityFacts {
  /** Sheets checked. */
  readonly sheets: readonly string[];
  /** Findings per rule, in the rules' order; rules with none are left out. */
  readonly byRule: readonly { readonly rule: RuleId; readonly count: number }[];
  readonly total: number;
  /** The first findings (sheet order, then row and column), at most QUALITY_LISTED. */
  readonly first: readonly Finding[];
}

const REPORT_NAMES = new Set([t("en-US", "rpt.sheet"), t("zh-CN", "rpt.sheet")]);
/** A previous report (either language's name): never a source of the next one. */
export const isReportSheet = (name: string) => REPORT_NAMES.has(name);

export function qualityFacts(grids: readonly SheetGrid[], today: number): QualityFacts {
  const settings = defaultCheckSettings();
  const checked = grids.filter((g) => g.rows > 0);
  const findings = checked.flatMap((g) => checkSheet(g, settings, today).findings);
  const counts = new Map<RuleId, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return {
    sheets: checked.map((g) => g.name),
    byRule: RULE_IDS.flatMap((rule) => {
      const count = counts.get(rule) ?? 0;
      return count > 0 ? [{ rule, count }] : [];
    }),
    total: findings.length,
    first: findings.slice(0, QUALITY_LISTED),
  };
}
