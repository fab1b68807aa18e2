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
];
