import type { FunctionsRefMessageKey } from "../i18n/messages/functions-ref";

/** One MKT function as the Functions view shows it: syntax, what it does, an example. */
export interface FunctionReference {
  readonly id: string;
  readonly syntax: string;
  readonly summary: FunctionsRefMessageKey;
  readonly example: string;
  readonly exampleResult: FunctionsRefMessageKey;
}

/** Every custom function, in the order analysts meet them. A test keeps this in step with functions.json. */
export const functionReference: readonly FunctionReference[] = [
  {
    id: "ACHIEVEMENT",
    syntax: "=MKT.ACHIEVEMENT(actual, target, [direction])",
    summary: "fn.achievement.summary",
    example: '=MKT.ACHIEVEMENT(240, 200, "lower")',
    exampleResult: "fn.achievement.example",
  },
  {
    id: "TIER",
    syntax: "=MKT.TIER(actual, base, challenge, [direction])",
    summary: "fn.tier.summary",
    example: "=MKT.TIER(4200, 4000, 5000)",
    exampleResult: "fn.tier.example",
  },
  {
    id: "GROWTH",
    syntax: "=MKT.GROWTH(current, previous)",
    summary: "fn.growth.summary",
    example: "=MKT.GROWTH(4200, 3650)",
    exampleResult: "fn.growth.example",
  },
  {
    id: "ROI",
    syntax: "=MKT.ROI(revenue, cost, [baseline])",
    summary: "fn.roi.summary",
    example: "=MKT.ROI(150000, 50000, 30000)",
    exampleResult: "fn.roi.example",
  },
  {
    id: "ROAS",
    syntax: "=MKT.ROAS(revenue, ad_spend)",
    summary: "fn.roas.summary",
    example: "=MKT.ROAS(32000, 10000)",
    exampleResult: "fn.roas.example",
  },
  {
    id: "CAC",
    syntax: "=MKT.CAC(cost, new_customers, [more_costs]...)",
    summary: "fn.cac.summary",
    example: "=MKT.CAC(B2:B4, 200)",
    exampleResult: "fn.cac.example",
  },
  {
    id: "SCORE",
    syntax: "=MKT.SCORE(actuals, targets, weights, [directions], [cap], [excluded])",
    summary: "fn.score.summary",
    example: '=MKT.SCORE({120;30}, {100;40}, {0.6;0.4}, {"higher";"lower"})',
    exampleResult: "fn.score.example",
  },
  {
    id: "ATTRIBUTE",
    syntax: "=MKT.ATTRIBUTE(paths, conversions, [model], [values], [nulls], [options])",
    summary: "fn.attribute.summary",
    example: '=MKT.ATTRIBUTE(A2:A1000, B2:B1000, "markov")',
    exampleResult: "fn.attribute.example",
  },
  {
    id: "ABTEST",
    syntax:
      "=MKT.ABTEST(control_conversions, control_visitors, variant_conversions, variant_visitors, [alpha], [options])",
    summary: "fn.abtest.summary",
    example: "=MKT.ABTEST(200, 1000, 250, 1000)",
    exampleResult: "fn.abtest.example",
  },
  {
    id: "ABTEST_MEANS",
    syntax: "=MKT.ABTEST_MEANS(control_mean, control_sd, control_n, variant_mean, variant_sd, variant_n, [alpha])",
    summary: "fn.abtestMeans.summary",
    example: "=MKT.ABTEST_MEANS(52.3, 18.1, 240, 55.9, 21.4, 260)",
    exampleResult: "fn.abtestMeans.example",
  },
  {
    id: "ABTEST_MEANS_RAW",
    syntax: "=MKT.ABTEST_MEANS_RAW(control_values, variant_values, [alpha])",
    summary: "fn.abtestMeansRaw.summary",
    example: "=MKT.ABTEST_MEANS_RAW(A2:A500, B2:B500)",
    exampleResult: "fn.abtestMeansRaw.example",
  },
  {
    id: "SAMPLESIZE",
    syntax: "=MKT.SAMPLESIZE(baseline_rate, mde, [alpha], [power], [options])",
    summary: "fn.samplesize.summary",
    example: "=MKT.SAMPLESIZE(0.03, -0.01)",
    exampleResult: "fn.samplesize.example",
  },
  {
    id: "PROPCI",
    syntax: "=MKT.PROPCI(successes, trials, [confidence], [method])",
    summary: "fn.propci.summary",
    example: "=MKT.PROPCI(200, 1000)",
    exampleResult: "fn.propci.example",
  },
  {
    id: "BENCHMARK",
    syntax: "=MKT.BENCHMARK(conversions, visitors, benchmark_rate, [alpha])",
    summary: "fn.benchmark.summary",
    example: "=MKT.BENCHMARK(45, 600, 0.06)",
    exampleResult: "fn.benchmark.example",
  },
  {
    id: "SRM",
    syntax: "=MKT.SRM(counts, [planned_shares])",
    summary: "fn.srm.summary",
    example: "=MKT.SRM(B2:B3)",
    exampleResult: "fn.srm.example",
  },
  {
    id: "PADJUST",
    syntax: "=MKT.PADJUST(p_values, [method])",
    summary: "fn.padjust.summary",
    example: "=MKT.PADJUST(C2:C5)",
    exampleResult: "fn.padjust.example",
  },
  {
    id: "FUNNEL",
    syntax: "=MKT.FUNNEL(stages, counts, [threshold], [benchmarks])",
    summary: "fn.funnel.summary",
    example: '=MKT.FUNNEL({"Visit";"Cart";"Buy"}, {12;10;9}, 0.15)',
    exampleResult: "fn.funnel.example",
  },
  {
    id: "DECAY",
    syntax: "=MKT.DECAY(values, [periods], [threshold])",
    summary: "fn.decay.summary",
    example: "=MKT.DECAY({1200;1010;880;790;650;580;500;455}, , 600)",
    exampleResult: "fn.decay.example",
  },
  {
    id: "COHORT",
    syntax: "=MKT.COHORT(customer_ids, order_dates, [period], [periods])",
    summary: "fn.cohort.summary",
    example: '=MKT.COHORT(A2:A5000, B2:B5000, "month")',
    exampleResult: "fn.cohort.example",
  },
  {
    id: "RETENTION",
    syntax: "=MKT.RETENTION(cohort_sizes, counts_matrix)",
    summary: "fn.retention.summary",
    example: '=MKT.RETENTION({50;40;30}, {30,20,15;28,18,"";21,"",""})',
    exampleResult: "fn.retention.example",
  },
  {
    id: "REPURCHASE",
    syntax: "=MKT.REPURCHASE(customer_ids, order_dates, start, end, [window_days])",
    summary: "fn.repurchase.summary",
    example: '=MKT.REPURCHASE(A2:A5000, B2:B5000, "2024-01-01", "2024-03-31", 30)',
    exampleResult: "fn.repurchase.example",
  },
  {
    id: "DESEASON",
    syntax: "=MKT.DESEASON(current, previous, current_last_year, previous_last_year, [mode])",
    summary: "fn.deseason.summary",
    example: "=MKT.DESEASON(120, 100, 110, 100)",
    exampleResult: "fn.deseason.example",
  },
  {
    id: "DID",
    syntax: "=MKT.DID(treated_before, treated_after, control_before, control_after, [mode])",
    summary: "fn.did.summary",
    example: "=MKT.DID(120, 150, 300, 330)",
    exampleResult: "fn.did.example",
  },
  {
    id: "PACE",
    syntax: "=MKT.PACE(dates, values, target, start, end, [method], [today], [at_risk])",
    summary: "fn.pace.summary",
    example: '=MKT.PACE(A2:A11, B2:B11, 3000, "2026-03-01", "2026-03-31")',
    exampleResult: "fn.pace.example",
  },
  {
    id: "FORECAST",
    syntax: "=MKT.FORECAST(dates, values, horizon, [seasonality], [confidence])",
    summary: "fn.forecast.summary",
    example: "=MKT.FORECAST(A2:A57, B2:B57, 14)",
    exampleResult: "fn.forecast.example",
  },
];
