import type { CellBlock, FormatPlan, ValidationPlan } from "../../plan/types";
import type { BuildOptions } from "../layout";
import { appraisalPanel } from "./appraisal";
import type { PanelId } from "./names";

export { PANEL_IDS, PANEL_NAMES, type PanelId } from "./names";

/**
 * A panel: small parameter tables to the right of a template's main table (one empty
 * column between), which the table's formulas read by name ({@name}) and the user edits:
 * a bonus ladder, settings, weight profiles.
 */
export interface Panel {
  readonly cells: readonly CellBlock[];
  readonly formats: readonly FormatPlan[];
  readonly validations: readonly ValidationPlan[];
  /** Column widths from the panel's first column on. */
  readonly widths: readonly number[];
  /** Absolute A1 address of each named cell or range. */
  readonly refs: Readonly<Record<string, string>>;
  /** The value each name holds as written (a range: its cells row by row), for core's cached results. */
  readonly values: Readonly<Record<string, unknown>>;
}

/** Builds a panel whose first column is `firstCol` (0-based). */
export function buildPanel(id: PanelId, firstCol: number, options: BuildOptions): Panel {
  switch (id) {
    case "appraisal":
      return appraisalPanel(firstCol, options);
  }
}
