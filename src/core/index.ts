/**
 * Campaign Scorecard core: the whole domain as plain functions, shared by the Excel
 * custom functions, the task pane and the `mkt` command line.
 */
export * from "./kpi";
export * from "./attribution";
export { cellError, isCellError, localizeError, type CellError, type ErrorCode, type Result } from "./errors";
