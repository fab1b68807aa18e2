import type { AppliedPlanSummary } from "../core/plan/types";
import type { Evaluation } from "../core/report/evaluate";
import type { ReportRun } from "./services";

/** What the pane shows of an evaluation once its plan is applied. */
export function reportRun(evaluation: Evaluation, applied: AppliedPlanSummary): ReportRun {
  const rows = evaluation.plan.sheets[0]?.cells?.[0]?.rows ?? [];
  // The verdict is the first line of the conclusion, after the title, the stamp and a blank.
  const verdict = rows[4]?.[0];
  return {
    sheet: applied.sheets[0]?.name ?? "",
    sources: evaluation.sources,
    verdict: typeof verdict === "string" ? verdict : "",
    recommendations: evaluation.recommendations,
    roi: evaluation.roi,
  };
}
