import { t } from "../../i18n/catalog";
import { isCellError } from "../errors";
import { achievement } from "../kpi/achievement";
import { cac } from "../kpi/cac";
import { roas } from "../kpi/roas";
import { roi } from "../kpi/roi";
import { tier } from "../kpi/tier";
import { readDate, isDateProblem, serialToIso } from "../sheet";
import type { SheetGrid } from "../sheet";
import { abFacts, type AbFact } from "./abtests";
import { naturalGrowthFact, type NaturalGrowthFact, type NaturalGrowthProblem } from "./natural-growth";
import { decayFact, funnelFact, type DecayFact, type FunnelFact } from "./trends";
import { attributionFact, cohortFact, type AttributionFact, type CohortFact } from "./mix";
import { isReportSheet, qualityFacts, type QualityFacts } from "./quality";
import { seriesFact, type SeriesFact } from "./series";
import { pacingFact, type PacingFact } from "./pacing";
import type { Source, SourceId, SourceValue } from "./sources";

/**
 * What the report says, computed by core's own KPI functions from the values read: each
 * goal's level and achievement, each channel's ROI, CAC and ROAS, open and overdue
 * actions. The sheet shows the same numbers as formulas on the source cells.
 */

export interface GoalFact {
  readonly row: number;
  readonly metric: string;
  readonly direction: "higher" | "lower";
  /** 0 below base, 1 base, 2 challenge; null when actual, base or challenge is missing. */
  readonly level: number | null;
  readonly achievement: number | null;
  /** The summary's evidence cell (a disclaimer with its interval where the evidence is thin), "" when none. */
  readonly evidence: string;
}

export interface ChannelFact {
  readonly row: number;
  readonly channel: string;
  readonly spend: number | null;
  readonly revenue: number | null;
  readonly roi: number | null;
  readonly cac: number | null;
  readonly roas: number | null;
}

export interface ActionFact {
  readonly row: number;
  readonly item: string;
  readonly owner: string;
  /** ISO date, or null. */
  readonly due: string | null;
  readonly done: boolean;
  readonly overdue: boolean;
}

export interface ReportFacts {
  readonly sources: ReadonlyMap<SourceId, Source>;
  readonly goals: readonly GoalFact[];
  readonly channels: readonly ChannelFact[];
  readonly actions: readonly ActionFact[];
  /** Today, ISO. */
  readonly today: string;
  /** Each A/B test's verdict (empty without the ab-test template). */
  readonly abTests?: readonly AbFact[];
  /** The funnel's leak, when the sheets were given and hold the funnel template. */
  readonly funnel?: FunnelFact;
  /** The decay fit, when the sheets were given and hold the decay template. */
  readonly decay?: DecayFact;
  /** The natural-growth (DID) sheet's baseline and ROI, or why it gives none, when the sheets were given and hold it. */
  readonly naturalGrowth?: NaturalGrowthFact | NaturalGrowthProblem;
  /** The data checks' findings, when the sheets were given. */
  readonly quality?: QualityFacts;
  /** Attribution shares, when the sheets were given and hold an attribution result. */
  readonly attribution?: AttributionFact;
  /** The cohort retention matrix, when the sheets were given and hold one. */
  readonly cohort?: CohortFact;
  /** Without a decay sheet: the trend of the first dated series found on another sheet. */
  readonly series?: SeriesFact;
  /** The campaign monitor's pace against its target, when the sheets were given and hold one. */
  readonly pacing?: PacingFact;
}

const num = (v: SourceValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const text = (v: SourceValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const ok = (r: unknown): number | null => (typeof r === "number" && !isCellError(r) && Number.isFinite(r) ? r : null);
const same = (a: string, key: "tpl.choice.lower" | "tpl.choice.done") =>
  [t("en-US", key), t("zh-CN", key)].some((x) => x.trim().toLowerCase() === a.trim().toLowerCase());

function goals(source: Source | undefined): GoalFact[] {
  return (source?.rows ?? []).map(({ row, values }) => {
    const v = (k: string) => values.get(k);
    const direction = same(text(v("direction")), "tpl.choice.lower") ? "lower" : "higher";
    const actual = num(v("actual"));
    const level = actual === null ? null : ok(tier(actual, num(v("base")), num(v("challenge")), direction));
    // Achievement is judged against the revised target when there is one.
    const target = num(v("revisedTarget")) ?? num(v("target"));
    const ach = actual === null ? null : ok(achievement(actual, target, direction));
    return { row, metric: text(v("metric")), direction, level, achievement: ach, evidence: text(v("evidence")) };
  });
}

function channels(source: Source | undefined): ChannelFact[] {
  return (source?.rows ?? []).map(({ row, values }) => {
    const spend = num(values.get("spend"));
    const revenue = num(values.get("revenue"));
    const conversions = num(values.get("conversions"));
    return {
      row,
      channel: text(values.get("channel")),
      spend,
      revenue,
      roi: ok(roi(revenue, spend)),
      cac: ok(cac(spend, conversions)),
      roas: ok(roas(revenue, spend)),
    };
  });
}

function actions(source: Source | undefined, today: number): ActionFact[] {
  return (source?.rows ?? []).map(({ row, values }) => {
    const dueRaw = values.get("due");
    const serial = dueRaw === null || dueRaw === undefined || dueRaw === "" ? null : readDate(dueRaw);
    const due = serial === null || isDateProblem(serial) ? null : serial;
    const done = same(text(values.get("status")), "tpl.choice.done");
    return {
      row,
      item: text(values.get("item")),
      owner: text(values.get("owner")),
      due: due === null ? null : serialToIso(due),
      done,
      overdue: !done && due !== null && due < today,
    };
  });
}

/** @param grids the workbook's sheets as read: given, the data checks run on them (the data quality block). */
export function reportFacts(
  sources: ReadonlyMap<SourceId, Source>,
  today: number,
  grids?: readonly SheetGrid[],
): ReportFacts {
  const read = grids?.filter((g) => !isReportSheet(g.name));
  const analyses = read
    ? {
        quality: qualityFacts(read, today),
        funnel: funnelFact(read),
        decay: decayFact(read),
        attribution: attributionFact(read),
        cohort: cohortFact(read),
        naturalGrowth: naturalGrowthFact(read),
        pacing: pacingFact(read),
      }
    : {};
  const used = new Set(sourceSheets({ sources, ...analyses }));
  const series = read && !analyses.decay ? seriesFact(read, used) : undefined;
  return {
    ...analyses,
    ...(series ? { series } : {}),
    sources,
    goals: goals(sources.get("evaluation-summary")),
    channels: channels(sources.get("channel-efficiency")),
    actions: actions(sources.get("action-tracking"), today),
    abTests: abFacts(sources.get("ab-test")),
    today: serialToIso(today),
  };
}

/** Every sheet the report takes something from, in workbook order of discovery (templates first, then analyses). */
export function sourceSheets(
  facts: Pick<
    ReportFacts,
    "sources" | "funnel" | "decay" | "cohort" | "attribution" | "series" | "naturalGrowth" | "pacing"
  >,
): string[] {
  const sheets = [
    ...[...facts.sources.values()].map((s) => s.sheet),
    ...[
      facts.funnel,
      facts.decay,
      facts.cohort,
      facts.attribution,
      facts.series,
      facts.naturalGrowth,
      facts.pacing,
    ].flatMap((f) => (f ? [f.sheet] : [])),
  ];
  return [...new Set(sheets)];
}

/** The channels' total spend and revenue, and their gross ROI (null without spend). */
export function channelTotals(channels: readonly ChannelFact[]): {
  spend: number;
  revenue: number;
  roi: number | null;
} {
  const spend = channels.reduce((s, c) => s + (c.spend ?? 0), 0);
  const revenue = channels.reduce((s, c) => s + (c.revenue ?? 0), 0);
  return { spend, revenue, roi: channels.length > 0 && spend > 0 ? (revenue - spend) / spend : null };
}
