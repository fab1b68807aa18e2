import { cellText, type CellMessageKey } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import type { AbTestResult } from "./abtest";
import type { BenchmarkResult } from "./benchmark";
import type { Interval } from "./intervals";
import type { MeansTestResult } from "./means";
import type { SampleSizeResult } from "./samplesize";

/**
 * Results as the vertical spills the functions return: a header row (measure, value,
 * lower, upper), then one labelled row per figure. A figure that does not exist (the
 * lift without control conversions, z when nobody or everybody converted) is an empty
 * cell, never NaN.
 */
export type SpillCell = string | number;
export type Spill = SpillCell[][];

type Row = readonly [CellMessageKey, number | string | null, Interval?];

function grid(rows: readonly Row[], locale: Locale, withInterval: boolean): Spill {
  const t = (key: CellMessageKey) => cellText(locale, key);
  const header = [t("stats.header.measure"), t("stats.header.value")];
  if (withInterval) header.push(t("stats.header.lower"), t("stats.header.upper"));
  return [
    header,
    ...rows.map(([key, value, ci]) => {
      const row: SpillCell[] = [t(key), value ?? ""];
      if (withInterval) row.push(ci?.[0] ?? "", ci?.[1] ?? "");
      return row;
    }),
  ];
}

export function verdictText(verdict: string, locale: Locale): string {
  return cellText(locale, `stats.verdict.${verdict}` as CellMessageKey);
}

export function abTestTable(r: AbTestResult, locale: Locale): Spill {
  return grid(
    [
      ["stats.row.controlRate", r.control.rate, r.control.ci],
      ["stats.row.variantRate", r.variant.rate, r.variant.ci],
      ["stats.row.difference", r.difference.value, r.difference.ci],
      ["stats.row.lift", r.lift.value, r.lift.ci ?? undefined],
      ["stats.row.z", r.z],
      ["stats.row.p", r.p],
      ["stats.row.probBetter", r.probVariantBetter],
      ["stats.row.srmP", r.srmP],
      ["stats.row.verdict", verdictText(r.verdict, locale)],
    ],
    locale,
    true,
  );
}

export function meansTable(r: MeansTestResult, locale: Locale): Spill {
  return grid(
    [
      ["stats.row.controlMean", r.control.mean],
      ["stats.row.variantMean", r.variant.mean],
      ["stats.row.difference", r.difference.value, r.difference.ci],
      ["stats.row.lift", r.lift],
      ["stats.row.t", r.t],
      ["stats.row.df", r.df],
      ["stats.row.p", r.p],
      ["stats.row.verdict", verdictText(r.verdict, locale)],
    ],
    locale,
    true,
  );
}

export function benchmarkTable(r: BenchmarkResult, locale: Locale): Spill {
  return grid(
    [
      ["stats.row.rate", r.rate, r.ci],
      ["stats.row.benchmark", r.benchmark],
      ["stats.row.z", r.z],
      ["stats.row.p", r.p],
      ["stats.row.verdict", verdictText(r.verdict, locale)],
    ],
    locale,
    true,
  );
}

export function propCiTable(r: { rate: number; ci: Interval }, locale: Locale): Spill {
  return grid([["stats.row.rate", r.rate, r.ci]], locale, true);
}

export function srmTable(r: { chiSquare: number; df: number; p: number; mismatch: boolean }, locale: Locale): Spill {
  return grid(
    [
      ["stats.row.chiSquare", r.chiSquare],
      ["stats.row.df", r.df],
      ["stats.row.p", r.p],
      ["stats.row.verdict", verdictText(r.mismatch ? "sample_ratio_mismatch" : "srm_ok", locale)],
    ],
    locale,
    false,
  );
}

export function sampleSizeTable(r: SampleSizeResult, locale: Locale): Spill {
  return grid(
    [
      ["stats.row.perVariant", r.perVariant],
      ["stats.row.total", r.total],
      ["stats.row.days", r.days],
    ],
    locale,
    false,
  );
}
