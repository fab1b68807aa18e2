import type { WorkbookPlan } from "../plan/types";
import { buildTemplateSheet, type BuildOptions } from "./build";
import { abTest } from "./definitions/ab-test";
import { appraisal } from "./definitions/appraisal";
import { channelEfficiency } from "./definitions/channel-efficiency";
import { evaluationSummary } from "./definitions/evaluation-summary";
import { evaluationPlan, metricCollection, metricMatrix } from "./definitions/planning";
import { actionTracking, qualitativeScorecard } from "./definitions/tracking";
import { templateSchema, type TemplateDef } from "./schema";

export { buildTemplateSheet, templateLayout, type BuildOptions, type TemplateLayout } from "./build";
export { expandFormula, formulaString } from "./formula";
export type { TemplateDef, ColumnDef } from "./schema";

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

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((d) => d.id);

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
  const unknown = ids.filter((id) => !findTemplate(id));
  if (unknown.length > 0) throw new UnknownTemplateError(unknown);
  return [...new Set(ids)];
}

/** A plan creating one sheet per template, the first one activated. */
export function buildTemplatesPlan(ids: readonly string[], options: BuildOptions): WorkbookPlan {
  const resolved = resolveTemplateIds(ids);
  const sheets = resolved.map((id, i) => {
    const sheet = buildTemplateSheet(findTemplate(id) as TemplateDef, { ...options, companions: resolved });
    return i === 0 ? { ...sheet, activate: true } : sheet;
  });
  return { sheets };
}
