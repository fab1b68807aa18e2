import { cellText } from "../../i18n/cell-messages";
import type { Locale } from "../../i18n/locale";
import { cellError, isCellError, type CellError, type Result } from "../errors";
import { isBlank, toOptionalNumber } from "../values";
import { errorIn, isOmitted, listOf, nameOf, numberAt, sameLength, type Cells } from "./inputs";

/**
 * 漏斗模型溯源: a funnel from impression to deal, each stage's conversion from the one
 * before and from the first, and the stages whose loss exceeds the norm.
 */

/** Comparisons with a threshold or benchmark allow this much rounding (1 - 0.9 is 0.09999999999999998). */
export const FUNNEL_TOLERANCE = 1e-12;

export interface FunnelInput {
  readonly stage: string;
  readonly count: number;
  /** Benchmark step conversion for this stage (ignored on the first). */
  readonly benchmark?: number;
  /** Row of the argument, for messages. */
  readonly row?: number;
}

export interface FunnelStage {
  readonly stage: string;
  readonly count: number;
  /** count / previous count; undefined on the first stage; #DIV/0! after a stage of 0. */
  readonly step?: Result;
  /** count / first count. */
  readonly overall: number;
  /** (previous - count) / previous, which is 1 - step; undefined on the first stage. */
  readonly dropOff?: Result;
  /** previous - count; undefined on the first stage. */
  readonly lost?: number;
  readonly benchmark?: number;
  /** Drop-off at or above the threshold, or step conversion below the benchmark. */
  readonly leak: boolean;
  /** The largest absolute loss of the funnel (every stage tied for it). */
  readonly largest: boolean;
}

/** The funnel's figures; a count above the previous stage's, or a first stage of 0, is an error. */
export function funnelStages(input: readonly FunnelInput[], threshold?: number): Result<FunnelStage[]> {
  if (input.length === 0) return cellError("#N/A", "analysis.empty", { arg: "stages" });
  const first = input[0].count;
  if (first === 0) return cellError("#DIV/0!", "funnel.firstZero", { stage: input[0].stage });
  const out: FunnelStage[] = [];
  for (let i = 0; i < input.length; i++) {
    const { stage, count, row } = input[i];
    if (i === 0) {
      out.push({ stage, count, overall: 1, leak: false, largest: false });
      continue;
    }
    const prev = input[i - 1];
    if (count > prev.count) {
      return cellError("#VALUE!", "funnel.countAbove", {
        stage,
        row: row ?? i + 1,
        count,
        previous: prev.stage,
        previousCount: prev.count,
      });
    }
    const lost = prev.count - count;
    const zero = cellError("#DIV/0!", "arg.zero", { arg: `counts (${prev.stage})` });
    const step = prev.count === 0 ? zero : count / prev.count;
    const dropOff = prev.count === 0 ? zero : lost / prev.count;
    const benchmark = input[i].benchmark;
    let leak = false;
    if (typeof dropOff === "number") {
      if (threshold !== undefined && dropOff >= threshold - FUNNEL_TOLERANCE) leak = true;
      if (benchmark !== undefined && (step as number) < benchmark - FUNNEL_TOLERANCE) leak = true;
    }
    out.push({ stage, count, step, overall: count / first, dropOff, lost, benchmark, leak, largest: false });
  }
  const most = Math.max(0, ...out.map((s) => s.lost ?? 0));
  return out.map((s) =>
    most > 0 && s.lost !== undefined && s.lost >= most * (1 - FUNNEL_TOLERANCE) ? { ...s, largest: true } : s,
  );
}

/** The flag text of a stage, in the given language; "" with neither flag. */
export function funnelFlag(stage: FunnelStage, locale: Locale): string {
  const flags: string[] = [];
  if (stage.leak) flags.push(cellText(locale, "funnel.flag.leak"));
  if (stage.largest) flags.push(cellText(locale, "funnel.flag.largest"));
  return flags.join(locale === "zh-CN" ? ";" : "; ");
}

export type SpillCell = string | number | CellError;

/** What MKT.FUNNEL spills: a header row, then one row per stage (benchmark column only when given). */
export function funnelTable(stages: readonly FunnelStage[], locale: Locale, withBenchmark: boolean): SpillCell[][] {
  const h = (k: Parameters<typeof cellText>[1]) => cellText(locale, k);
  const header = [
    h("funnel.header.stage"),
    h("funnel.header.count"),
    h("funnel.header.step"),
    h("funnel.header.overall"),
    h("funnel.header.dropOff"),
    h("funnel.header.lost"),
    ...(withBenchmark ? [h("funnel.header.benchmark")] : []),
    h("funnel.header.flag"),
  ];
  const rows = stages.map((s, i) => [
    s.stage,
    s.count,
    s.step ?? "",
    s.overall,
    s.dropOff ?? "",
    s.lost ?? "",
    ...(withBenchmark ? [i === 0 ? "" : (s.benchmark ?? "")] : []),
    funnelFlag(s, locale),
  ]);
  return [header, ...rows];
}

function readStages(stages: unknown, counts: unknown, benchmarks: unknown): Result<FunnelInput[]> {
  const names = listOf(stages, "stages");
  if (isCellError(names)) return names;
  const values = listOf(counts, "counts");
  if (isCellError(values)) return values;
  const mismatch = sameLength(names, "stages", values, "counts");
  if (mismatch) return mismatch;
  let marks: Cells | undefined;
  if (!isOmitted(benchmarks)) {
    const b = listOf(benchmarks, "benchmarks");
    if (isCellError(b)) return b;
    const m = sameLength(names, "stages", b, "benchmarks");
    if (m) return m;
    marks = b;
  }
  const out: FunnelInput[] = [];
  for (let i = 0; i < names.length; i++) {
    const [name, count, mark] = [names.at(i), values.at(i), marks?.at(i)];
    if (isBlank(name.value) && isBlank(count.value) && (mark === undefined || isBlank(mark.value))) continue;
    const bad = errorIn(name, "stages");
    if (bad) return bad;
    const stage = nameOf(name.value);
    if (stage === "") return cellError("#VALUE!", "funnel.stageBlank", { row: name.row });
    if (isBlank(count.value)) return cellError("#N/A", "funnel.countBlank", { row: count.row, stage });
    const n = numberAt(count, "counts");
    if (isCellError(n)) return n;
    if (n < 0) return cellError("#VALUE!", "analysis.negative", { arg: "counts", row: count.row, value: n });
    let benchmark: number | undefined;
    if (mark && !isBlank(mark.value)) {
      const b = numberAt(mark, "benchmarks");
      if (isCellError(b)) return b;
      if (b < 0 || b > 1)
        return cellError("#VALUE!", "analysis.ratio", { arg: `benchmarks (row ${mark.row})`, value: b });
      benchmark = b;
    }
    out.push({ stage, count: n, benchmark, row: name.row });
  }
  return out;
}

/** MKT.FUNNEL's whole computation from Excel arguments: the spilled table or the error naming what is wrong. */
export function funnelGrid(
  stages: unknown,
  counts: unknown,
  threshold: unknown,
  benchmarks: unknown,
  locale: Locale,
): Result<SpillCell[][]> {
  const limit = isOmitted(threshold) ? undefined : toOptionalNumber(threshold, "threshold", 0);
  if (isCellError(limit)) return limit;
  if (limit !== undefined && (limit < 0 || limit > 1))
    return cellError("#VALUE!", "analysis.ratio", { arg: "threshold", value: limit });
  const input = readStages(stages, counts, benchmarks);
  if (isCellError(input)) return input;
  const result = funnelStages(input, limit);
  if (isCellError(result)) return result;
  return funnelTable(result, locale, !isOmitted(benchmarks));
}
