import { isCellError } from "../errors";
import { abTest, type AbTestResult } from "../stats";
import type { Source, SourceValue } from "./sources";

/**
 * The A/B tests block: each row of the ab-test template judged by core's two-proportion
 * test (src/core/stats/abtest), the same the template's formulas and =MKT.ABTEST give.
 */

export interface AbFact {
  readonly row: number;
  readonly test: string;
  readonly metric: string;
  /** null when the row's counts are not a valid test (the template shows "check the data"). */
  readonly result: AbTestResult | null;
  /** No significant difference, too small a sample, or a sample ratio mismatch: the disclaimer applies. */
  readonly weak: boolean;
}

const text = (v: SourceValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const blank = (v: SourceValue | undefined) => v === null || v === undefined || v === "";

export function abFacts(source: Source | undefined): AbFact[] {
  return (source?.rows ?? []).map(({ row, values }) => {
    const v = (k: string) => values.get(k);
    const alpha = v("alpha");
    const r = abTest(
      v("controlConversions"),
      v("controlVisitors"),
      v("variantConversions"),
      v("variantVisitors"),
      blank(alpha) ? undefined : alpha,
    );
    const result = isCellError(r) ? null : r;
    const weak = result === null || (result.verdict !== "significant_lift" && result.verdict !== "significant_drop");
    return { row, test: text(v("test")), metric: text(v("metric")), result, weak };
  });
}
