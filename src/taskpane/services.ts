import type { AppliedPlanSummary, WorkbookPlan } from "../core/plan/types";
import type { Locale } from "../i18n/locale";

/**
 * What the task pane can ask of its host. Excel's implementation lives in src/excel, the
 * in-browser preview's elsewhere; views receive it through `useServices()` and never
 * reach for Office.js themselves. Each capability adds its methods here.
 */
export interface HostServices {
  readonly kind: "excel" | "preview";
  readonly locale: Locale;
  /** Writes a formula into the active cell; resolves to that cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Applies a WorkbookPlan (new sheets get free names); resolves to the names it used. */
  applyPlan(plan: WorkbookPlan): Promise<AppliedPlanSummary>;
}
