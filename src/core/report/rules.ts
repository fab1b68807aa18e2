import { z } from "zod";
import type { MessageParams } from "../../i18n/format";
import type { ReportFacts } from "./facts";
import { pct } from "./format";

/**
 * Recommendation rules are data: each names a figure computed from the facts, a
 * comparison and a threshold (all conditions must hold), and the message that states it
 * with its figures, in both languages (src/i18n/messages/report.ts). zod checks them.
 */

export const FIGURES = [
  "channelCount",
  "roiGap",
  "losingChannels",
  "goalCount",
  "goalsBelowBase",
  "goalsBelowChallenge",
  "overdueActions",
  "funnelFlagged",
  "decayHasBest",
  "decayPastBest",
  "weakAbTests",
  "didFound",
  "didGrossRoi",
  "didNetRoi",
  "paceOffTrack",
] as const;
export type Figure = (typeof FIGURES)[number];

const condition = z.object({
  figure: z.enum(FIGURES),
  op: z.enum([">=", ">", "<=", "<", "=="]),
  value: z.number(),
});

export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  when: z.array(condition).min(1),
  message: z.enum([
    "rpt.rule.shiftBudget",
    "rpt.rule.stopLosing",
    "rpt.rule.belowBase",
    "rpt.rule.raiseTargets",
    "rpt.rule.chaseOverdue",
    "rpt.rule.fixLeak",
    "rpt.rule.stopDecay",
    "rpt.rule.extendDecay",
    "rpt.rule.retest",
    "rpt.rule.naturalGrowth",
    "rpt.rule.pace",
  ]),
});
export type RecommendationRule = z.infer<typeof ruleSchema>;

/** The rules, in the order their recommendations are listed. */
export const RULES: readonly RecommendationRule[] = z.array(ruleSchema).parse([
  // The campaign monitor projects a miss: the daily rate needed, or a revised target (dynamic-target rule).
  { id: "pace-off-track", when: [{ figure: "paceOffTrack", op: "==", value: 1 }], message: "rpt.rule.pace" },
  // Two channels or more whose ROI differ by at least 0.5 (50 points).
  {
    id: "shift-budget",
    when: [
      { figure: "channelCount", op: ">=", value: 2 },
      { figure: "roiGap", op: ">=", value: 0.5 },
    ],
    message: "rpt.rule.shiftBudget",
  },
  { id: "stop-losing", when: [{ figure: "losingChannels", op: ">=", value: 1 }], message: "rpt.rule.stopLosing" },
  // The natural-growth sheet's baseline takes the return below zero that looked positive gross.
  {
    id: "natural-growth",
    when: [
      { figure: "didFound", op: "==", value: 1 },
      { figure: "didGrossRoi", op: ">", value: 0 },
      { figure: "didNetRoi", op: "<", value: 0 },
    ],
    message: "rpt.rule.naturalGrowth",
  },
  { id: "below-base", when: [{ figure: "goalsBelowBase", op: ">=", value: 1 }], message: "rpt.rule.belowBase" },
  {
    id: "raise-targets",
    when: [
      { figure: "goalCount", op: ">=", value: 1 },
      { figure: "goalsBelowChallenge", op: "==", value: 0 },
    ],
    message: "rpt.rule.raiseTargets",
  },
  { id: "chase-overdue", when: [{ figure: "overdueActions", op: ">=", value: 1 }], message: "rpt.rule.chaseOverdue" },
  // A stage flagged by the funnel sheet's threshold or benchmark: fix the one that loses most.
  { id: "fix-leak", when: [{ figure: "funnelFlagged", op: ">=", value: 1 }], message: "rpt.rule.fixLeak" },
  // The fitted curve reached the threshold (best duration) and the campaign ran past it: stop or refresh.
  {
    id: "stop-decay",
    when: [
      { figure: "decayHasBest", op: "==", value: 1 },
      { figure: "decayPastBest", op: ">=", value: 0 },
    ],
    message: "rpt.rule.stopDecay",
  },
  // Not there yet: run on until the best duration.
  {
    id: "extend-decay",
    when: [
      { figure: "decayHasBest", op: "==", value: 1 },
      { figure: "decayPastBest", op: "<", value: 0 },
    ],
    message: "rpt.rule.extendDecay",
  },
  // A/B tests without a significant result (or too small a sample): test again with more visitors.
  { id: "retest", when: [{ figure: "weakAbTests", op: ">=", value: 1 }], message: "rpt.rule.retest" },
]);

const money = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** The figures the rules test, and the parameters their messages show. */
export function figures(facts: ReportFacts): { values: Record<Figure, number>; params: MessageParams } {
  const ranked = facts.channels.filter((c) => c.roi !== null).sort((a, b) => (b.roi ?? 0) - (a.roi ?? 0));
  const high = ranked[0];
  const low = ranked[ranked.length - 1];
  const losing = ranked.filter((c) => (c.roi ?? 0) < 0);
  const levelled = facts.goals.filter((g) => g.level !== null);
  const below = levelled.filter((g) => g.level === 0);
  const overdue = facts.actions.filter((a) => a.overdue);
  const best = facts.decay?.fit.best;
  const weak = (facts.abTests ?? []).filter((a) => a.weak);
  const ng = facts.naturalGrowth?.ok ? facts.naturalGrowth : undefined;
  return {
    values: {
      channelCount: ranked.length,
      roiGap: high && low ? (high.roi ?? 0) - (low.roi ?? 0) : 0,
      losingChannels: losing.length,
      goalCount: levelled.length,
      goalsBelowBase: below.length,
      goalsBelowChallenge: levelled.filter((g) => (g.level ?? 0) < 2).length,
      overdueActions: overdue.length,
      funnelFlagged: facts.funnel?.flagged.length ?? 0,
      decayHasBest: best === undefined ? 0 : 1,
      decayPastBest: best === undefined || !facts.decay ? 0 : facts.decay.ran - best,
      weakAbTests: weak.length,
      didFound: ng ? 1 : 0,
      didGrossRoi: ng?.grossRoi.value ?? 0,
      didNetRoi: ng?.netRoi.value ?? 0,
      paceOffTrack: facts.pacing?.pace.status === "offTrack" ? 1 : 0,
    },
    params: {
      high: high?.channel ?? "",
      highRoi: high?.roi !== undefined && high.roi !== null ? pct(high.roi) : "",
      low: low?.channel ?? "",
      lowRoi: low?.roi !== undefined && low.roi !== null ? pct(low.roi) : "",
      gap: high && low ? pct((high.roi ?? 0) - (low.roi ?? 0)) : "",
      channels: losing.map((c) => c.channel).join(", "),
      metrics: below.map((g) => g.metric).join(", "),
      count: overdue.length,
      items: overdue.map((a) => a.item).join(", "),
      leakStage: facts.funnel?.leak.stage ?? "",
      leakFrom: facts.funnel?.leak.previous ?? "",
      leakDropOff: facts.funnel ? pct(facts.funnel.leak.dropOff) : "",
      best: best === undefined ? "" : best.toFixed(1),
      ran: facts.decay?.ran ?? "",
      tests: weak.map((a) => a.test).join(", "),
      didBaseline: ng ? money(ng.baseline.value) : "",
      didRevenue: ng ? money(ng.treatedAfter.value) : "",
      didShare: ng && ng.treatedAfter.value !== 0 ? pct(ng.baseline.value / ng.treatedAfter.value) : "",
      didGrossRoi: ng ? money(ng.grossRoi.value) : "",
      didNetRoi: ng ? money(ng.netRoi.value) : "",
      paceSheet: facts.pacing?.sheet ?? "",
      paceProjected: facts.pacing ? money(Math.round(facts.pacing.pace.projected)) : "",
      paceTarget: facts.pacing ? money(facts.pacing.pace.target) : "",
      paceShare: facts.pacing ? pct(facts.pacing.pace.share) : "",
      paceNeeded:
        facts.pacing?.pace.neededDaily !== undefined ? money(Math.round(facts.pacing.pace.neededDaily * 10) / 10) : "",
      paceCurrent: facts.pacing ? money(Math.round(facts.pacing.pace.currentDaily * 10) / 10) : "",
      paceLeft: facts.pacing?.pace.daysLeft ?? "",
    },
  };
}

function holds(value: number, op: RecommendationRule["when"][number]["op"], threshold: number): boolean {
  switch (op) {
    case ">=":
      return value >= threshold;
    case ">":
      return value > threshold;
    case "<=":
      return value <= threshold;
    case "<":
      return value < threshold;
    case "==":
      return value === threshold;
  }
}

/** The rules that fire on these facts, with their messages' parameters. */
export function recommendations(
  facts: ReportFacts,
  rules: readonly RecommendationRule[] = RULES,
): { rule: RecommendationRule; params: MessageParams }[] {
  const { values, params } = figures(facts);
  return rules
    .filter((r) => r.when.every((c) => holds(values[c.figure], c.op, c.value)))
    .map((rule) => ({ rule, params }));
}
