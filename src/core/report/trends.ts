import { fitDecay, funnelStages, type DecayFit, type DecayPoint, type FunnelInput } from "../analysis";
import { isCellError } from "../errors";
import { cellValue, isDateProblem, readDate, serialToIso, type SheetGrid } from "../sheet";
import { at, labelledNumber, locate } from "./analysis-sources";

/**
 * The funnel's leak and the decay's curve, computed by src/core/analysis on the rows of
 * the funnel and decay templates (found by their headers).
 */

export interface FunnelFact {
  readonly sheet: string;
  /** The stage losing the most (largest absolute loss), with its drop-off from the stage before. */
  readonly leak: { readonly stage: string; readonly previous: string; readonly dropOff: number; readonly lost: number };
  /** Every stage flagged as a leak (drop-off at or above the threshold, or below its benchmark). */
  readonly flagged: readonly string[];
}

export interface DecayFact {
  readonly sheet: string;
  readonly fit: DecayFit;
  /** Days the campaign has run (last period). */
  readonly ran: number;
  /** The series for the trend chart: worksheet row and column of each date and value. */
  readonly points: readonly {
    readonly row: number;
    readonly dateCol: number;
    readonly valueCol: number;
    readonly date: string;
    readonly serial: number;
    readonly value: number;
  }[];
}

export function funnelFact(grids: readonly SheetGrid[]): FunnelFact | undefined {
  const found = locate(
    grids,
    { stage: "tpl.funnel.col.stage", count: "tpl.funnel.col.count" },
    { benchmark: "tpl.funnel.col.benchmark" },
  );
  if (!found) return undefined;
  const { grid, cols } = found;
  const input: FunnelInput[] = [];
  for (let r = found.firstRow; r <= found.lastRow; r++) {
    const stage = cellValue(grid, r, cols.get("stage") ?? 0);
    const count = cellValue(grid, r, cols.get("count") ?? 0);
    if (stage === null || stage === "" || typeof count !== "number") continue;
    const b = cols.has("benchmark") ? cellValue(grid, r, cols.get("benchmark") ?? 0) : null;
    input.push({ stage: String(stage), count, ...(typeof b === "number" ? { benchmark: b } : {}) });
  }
  if (input.length < 2) return undefined;
  const stages = funnelStages(input, labelledNumber(found.sheet, "tpl.funnel.threshold"));
  if (isCellError(stages)) return undefined;
  const i = stages.findIndex((s) => s.largest);
  if (i < 1) return undefined;
  const s = stages[i];
  return {
    sheet: grid.name,
    leak: {
      stage: s.stage,
      previous: stages[i - 1].stage,
      dropOff: typeof s.dropOff === "number" ? s.dropOff : 0,
      lost: s.lost ?? 0,
    },
    flagged: stages.filter((x) => x.leak).map((x) => x.stage),
  };
}

export function decayFact(grids: readonly SheetGrid[]): DecayFact | undefined {
  const found = locate(grids, { date: "tpl.decay.col.date", value: "tpl.decay.col.metric" });
  if (!found) return undefined;
  const { grid, cols } = found;
  const dc = cols.get("date") ?? 0;
  const vc = cols.get("value") ?? 0;
  const raw: { serial: number; value: number; r: number }[] = [];
  for (let r = found.firstRow; r <= found.lastRow; r++) {
    const d = cellValue(grid, r, dc);
    const v = cellValue(grid, r, vc);
    if (d === null || d === "" || typeof v !== "number" || !(v > 0)) continue;
    const serial = readDate(d);
    if (isDateProblem(serial)) continue;
    raw.push({ serial, value: v, r });
  }
  if (raw.length < 2) return undefined;
  const start = raw[0].serial;
  const pts: DecayPoint[] = raw.map((p) => ({ period: p.serial - start, value: p.value }));
  const fit = fitDecay(pts, labelledNumber(found.sheet, "tpl.decay.threshold"));
  if (isCellError(fit)) return undefined;
  return {
    sheet: grid.name,
    fit,
    ran: pts[pts.length - 1].period,
    points: raw.map((p) => ({
      row: at(grid, p.r, dc).row,
      dateCol: at(grid, p.r, dc).col,
      valueCol: at(grid, p.r, vc).col,
      date: serialToIso(p.serial),
      serial: p.serial,
      value: p.value,
    })),
  };
}
