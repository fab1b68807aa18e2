import { withPageSetups } from "../plan/page-setup";
import type { WorkbookPlan } from "../plan/types";
import { buildTemplateSheet, type BuildOptions } from "./build";
import { abTest } from "./definitions/ab-test";
import { appraisal } from "./definitions/appraisal";
import { channelEfficiency } from "./definitions/channel-efficiency";
import { evaluationSummary } from "./definitions/evaluation-summary";
import { evaluationPlan, metricCollection, metricMatrix } from "./definitions/planning";
import { actionTracking, qualitativeScorecard } from "./definitions/tracking";
import { templateSchema, type TemplateDef } from "./schema";
import { cohortTemplate } from "./analysis/cohort";
import { decayTemplate } from "./analysis/decay";
import { didTemplate } from "./analysis/did";
import type { SheetTemplate } from "./analysis/entry";
import { funnelTemplate } from "./analysis/funnel";
import { monitorTemplate } from "./analysis/monitor";
import type { MessageKey } from "../../i18n/catalog";

export { buildTemplateSheet, templateLayout, type BuildOptions, type TemplateLayout } from "./build";
export { expandFormula, formulaString } from "./formula";
export type { TemplateDef, ColumnDef } from "./schema";
export type { SheetTemplate } from "./analysis/entry";

/** Every template, in the order of the evaluation process; each definition checked by the schema. */
export const TEMPLATES: readonly TemplateDef[] = [
  evaluationPlan,
  metricCollection,
  metricMatrix,
  evaluationSummary,
  qualitativeScorecard,
  channelEfficiency,
  abTest,
  actionTracking,
  appraisal,
].map((def) => templateSchema.parse(def));

/** The analysis templates (funnel, decay, cohort, natural growth, campaign monitor), laid out by code: see ./analysis. */
export const ANALYSIS_TEMPLATES: readonly SheetTemplate[] = [
  funnelTemplate,
  decayTemplate,
  cohortTemplate,
  didTemplate,
  monitorTemplate,
];

/** What the gallery and the command line show of every template: id, sheet name and description. */
export interface TemplateEntry {
  readonly id: string;
  readonly sheet: MessageKey;
  readonly description: MessageKey;
}

/** Every template, table templates first, then the analysis ones. */
export const TEMPLATE_CATALOG: readonly TemplateEntry[] = [
  ...TEMPLATES.map(({ id, sheet, description }) => ({ id, sheet, description })),
  ...ANALYSIS_TEMPLATES.map(({ id, sheet, description }) => ({ id, sheet, description })),
];

export const TEMPLATE_IDS: readonly string[] = TEMPLATE_CATALOG.map((d) => d.id);

export function findTemplate(id: string): TemplateDef | undefined {
  return TEMPLATES.find((d) => d.id === id);
}

/** Thrown for template ids that do not exist (the message lists the valid ones). */
export class UnknownTemplateError extends Error {
  override readonly name = "UnknownTemplateError";
  constructor(readonly ids: readonly string[]) {
    super(`unknown template ${ids.map((i) => `"${i}"`).join(", ")}; valid: ${TEMPLATE_IDS.join(", ")}, all`);
  }
}

/** Template ids from user input: "all" expands, duplicates go, unknown ids throw UnknownTemplateError. */
export function resolveTemplateIds(requested: readonly string[]): string[] {
  const ids = requested.flatMap((r) => (r === "all" ? TEMPLATE_IDS : [r]));
  const unknown = ids.filter((id) => !TEMPLATE_IDS.includes(id));
  if (unknown.length > 0) throw new UnknownTemplateError(unknown);
  return [...new Set(ids)];
}

/** A plan creating one sheet per template, the first one activated. */
export function buildTemplatesPlan(ids: readonly string[], options: BuildOptions): WorkbookPlan {
  const resolved = resolveTemplateIds(ids);
  const sheets = resolved.map((id, i) => {
    const table = findTemplate(id);
    const analysis = ANALYSIS_TEMPLATES.find((d) => d.id === id) as SheetTemplate;
    const sheet = table ? buildTemplateSheet(table, { ...options, companions: resolved }) : analysis.build(options);
    return i === 0 ? { ...sheet, activate: true } : sheet;
  });
  // Every generated sheet prints fit to width (templates built by their own builders included).
  return withPageSetups({ sheets });
}
