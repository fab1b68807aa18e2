import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import type { WorkbookPlan } from "../plan/types";
import type { SheetGrid } from "../sheet";
import { reportFacts, sourceSheets, type ReportFacts } from "./facts";
import { buildReportPlan } from "./plan";
import { recommendations } from "./rules";
import { findSources } from "./sources";
import type { Theme } from "./theme";

/** What the task pane shows beside the sheet it writes: the sources found and what the rules say. */
export interface Evaluation {
  readonly plan: WorkbookPlan;
  readonly facts: ReportFacts;
  /** Sheets the report read. */
  readonly sources: readonly string[];
  /** The recommendations, as the sheet states them. */
  readonly recommendations: readonly string[];
  /** ROI by channel, for a chart in the pane. */
  readonly roi: readonly { readonly channel: string; readonly roi: number }[];
}

/** Read once (the grids), compute in core, one plan to write: the report of a workbook. */
export function evaluateCampaign(
  grids: readonly SheetGrid[],
  options: { locale: Locale; stamp: string; today: number; theme?: Theme },
): Evaluation {
  const sources = findSources(grids);
  const facts = reportFacts(sources, options.today, grids);
  return {
    plan: buildReportPlan(facts, options),
    facts,
    sources: sourceSheets(facts),
    recommendations: recommendations(facts).map((r) => t(options.locale, r.rule.message, r.params)),
    roi: facts.channels.flatMap((c) => (c.roi === null ? [] : [{ channel: c.channel, roi: c.roi }])),
  };
}

/** "2026-11-24 13:05", the time a report is stamped with. */
export function reportStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}
