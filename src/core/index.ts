/**
 * Campaign Scorecard core: the whole domain as plain functions, shared by the Excel
 * custom functions, the task pane and the `mkt` command line.
 */
export * from "./kpi";
export * from "./attribution";
export { score, ladderMultiplier, DEFAULT_CAP, DEFAULT_LADDER, type Rung } from "./appraisal";
export { cellError, isCellError, localizeError, type CellError, type ErrorCode, type Result } from "./errors";
export * from "./plan";
export {
  buildTemplatesPlan,
  buildTemplateSheet,
  findTemplate,
  resolveTemplateIds,
  TEMPLATE_IDS,
  TEMPLATES,
  UnknownTemplateError,
  type TemplateDef,
} from "./templates";
export { buildDemoPlan } from "./templates/demo";
