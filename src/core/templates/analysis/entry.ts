import type { MessageKey } from "../../../i18n/catalog";
import { isCellError, type CellError } from "../../errors";
import type { FormulaResult, PlanCell, SheetPlan } from "../../plan/types";
import type { BuildOptions } from "../build";

/**
 * A template whose sheet is laid out by code rather than as one table of columns: the
 * analysis sheets have parameter cells, formulas that look at the row above, matrices and
 * charts. Like the table templates, every computed cell is a native formula, and core's
 * value of it is stored as the cached result.
 */
export interface SheetTemplate {
  readonly id: string;
  readonly sheet: MessageKey;
  readonly description: MessageKey;
  build(options: BuildOptions): SheetPlan;
}

/** Core's value as a formula's cached result: a CellError becomes its error code, undefined a blank. */
export function cachedResult(value: number | string | CellError | undefined): FormulaResult {
  if (value === undefined) return "";
  return isCellError(value) ? { error: value.error } : value;
}

/** A formula cell with core's value of it. */
export function formula(text: string, value: number | string | CellError | undefined): PlanCell {
  return { formula: text, result: cachedResult(value) };
}
