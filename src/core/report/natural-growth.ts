import type { MessageKey } from "../../i18n/catalog";
import { did, toBaselineMode, type BaselineMode } from "../analysis/baseline";
import { isCellError, type CellError } from "../errors";
import { roi } from "../kpi/roi";
import { cellAddress } from "../plan/address";
import { cellValue, type SheetGrid } from "../sheet";
import { at, labelled, locate, names, norm } from "./analysis-sources";

/**
 * The natural-growth (DID) sheet, found by its headers and labels in either language:
 * core's `did` on the campaign and control groups' figures read there gives the baseline
 * (what the campaign group would have made anyway), and `roi` the campaign's return gross
 * and net of it. The cells of each figure are kept, so the report's table points at them.
 */

/** A figure: core's value, and the worksheet cell (A1) that holds it in the DID sheet, when found. */
export interface DidFigure {
  readonly value: number;
  readonly cell?: string;
}

export interface NaturalGrowthFact {
  readonly ok: true;
  readonly sheet: string;
  readonly mode: BaselineMode;
  readonly treatedBefore: DidFigure;
  readonly treatedAfter: DidFigure;
  readonly controlBefore: DidFigure;
  readonly controlAfter: DidFigure;
  readonly cost: DidFigure;
  /** What the campaign group would have made without the campaign (natural growth). */
  readonly baseline: DidFigure;
  readonly effect: DidFigure;
  /** effect / baseline; null for a zero baseline. */
  readonly relative: { readonly value: number | null; readonly cell?: string };
  /** (during - cost) / cost. */
  readonly grossRoi: DidFigure;
  /** (during - baseline - cost) / cost: MKT.ROI with the baseline. */
  readonly netRoi: DidFigure;
}

/** The sheet is there but its figures do not give a baseline: why, as MKT.DID or MKT.ROI would say. */
export interface NaturalGrowthProblem {
  readonly ok: false;
  readonly sheet: string;
  readonly problem: CellError;
}

const address = (grid: SheetGrid, r: number, c: number) => cellAddress(at(grid, r, c));

export function naturalGrowthFact(grids: readonly SheetGrid[]): NaturalGrowthFact | NaturalGrowthProblem | undefined {
  const found = locate(grids, {
    group: "tpl.did.col.group",
    before: "tpl.did.col.before",
    during: "tpl.did.col.during",
  });
  if (!found) return undefined;
  const { grid, sheet: whole, cols } = found;
  const sheet = grid.name;
  const group = cols.get("group") ?? 0;
  const rows: number[] = [];
  for (let r = found.firstRow; r <= found.lastRow; r++) {
    const g = cellValue(grid, r, group);
    if (g !== null && g !== "") rows.push(r);
  }
  // The groups by their labels; edited labels: the campaign group first, the control second.
  const byLabel = (key: MessageKey) => rows.find((r) => names(key).has(norm(String(cellValue(grid, r, group)))));
  const treated = byLabel("tpl.did.treated") ?? rows[0];
  const control = byLabel("tpl.did.control") ?? rows.find((r) => r !== treated);
  const cell = (r: number | undefined, key: "before" | "during") => {
    const c = cols.get(key) ?? 0;
    return r === undefined
      ? { value: null, cell: undefined }
      : { value: cellValue(grid, r, c), cell: address(grid, r, c) };
  };
  const tb = cell(treated, "before");
  const ta = cell(treated, "during");
  const cb = cell(control, "before");
  const ca = cell(control, "during");
  const costAt = labelled(whole, "tpl.did.cost");
  const modeAt = labelled(whole, "tpl.did.mode");
  // Core's own checks name what is wrong: a blank or text figure, an unknown mode, a zero divisor.
  const d = did(tb.value, ta.value, cb.value, ca.value, modeAt?.value ?? null);
  if (isCellError(d)) return { ok: false, sheet, problem: d };
  const gross = roi(ta.value, costAt?.value ?? null);
  if (isCellError(gross)) return { ok: false, sheet, problem: gross };
  const net = roi(ta.value, costAt?.value ?? null, d.baseline);
  if (isCellError(net)) return { ok: false, sheet, problem: net };
  const mode = toBaselineMode(modeAt?.value ?? null) as BaselineMode;
  const figure = (x: { value: unknown; cell: string | undefined }): DidFigure => ({
    value: x.value as number,
    cell: x.cell,
  });
  const cellOf = (label: MessageKey) => {
    const l = labelled(whole, label);
    return l ? address(whole, l.r, l.c) : undefined;
  };
  return {
    ok: true,
    sheet,
    mode,
    treatedBefore: figure(tb),
    treatedAfter: figure(ta),
    controlBefore: figure(cb),
    controlAfter: figure(ca),
    cost: { value: costAt?.value as number, cell: costAt ? address(whole, costAt.r, costAt.c) : undefined },
    baseline: { value: d.baseline, cell: cellOf("tpl.did.baseline") },
    effect: { value: d.effect, cell: cellOf("tpl.did.effect") },
    relative: { value: isCellError(d.relative) ? null : d.relative, cell: cellOf("tpl.did.relative") },
    grossRoi: { value: gross, cell: cellOf("tpl.did.grossRoi") },
    netRoi: { value: net, cell: cellOf("tpl.did.netRoi") },
  };
}
