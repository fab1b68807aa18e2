import { isCellError, type Result } from "../errors";
import { achievement, cac, growth, roas, roi } from "../kpi";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import type { FormulaResult } from "../plan/types";
import { APPRAISAL_ARITY, APPRAISAL_FUNCTIONS } from "./compute-appraisal";
import type { ComputeDef } from "./schema";
import { abTestCell, evidenceCell } from "./compute-stats";

/**
 * Core's value of a template formula, stored as the cell's cached result so previews and
 * readers that do not calculate show numbers. Each function mirrors its column's native
 * formula (blank inputs give "", a zero divisor #DIV/0!) and uses the KPI functions where
 * there is one; the LibreOffice tests check that every cached value equals what the
 * native formula computes.
 */

/** What a formula can see: the row's values by column key and whole columns. */
export interface ComputeScope {
  value(key: string): unknown;
  column(key: string): readonly unknown[];
  readonly locale: Locale;
  /** A value of the template's panel ({@name} in formulas), as written. */
  param(name: string): unknown;
  /** The row's position among the data rows (0 = first); -1 for a footer. */
  readonly index: number;
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === "";
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

function fromResult(r: Result): FormulaResult {
  return isCellError(r) ? { error: r.error } : r;
}

const LEVEL_LABELS = ["tpl.level.below", "tpl.level.base", "tpl.level.challenge"] as const;

export type ComputeFn = (args: readonly string[], scope: ComputeScope, part?: string) => FormulaResult;

const FUNCTIONS: Readonly<Record<ComputeDef["fn"], ComputeFn>> = {
  ...APPRAISAL_FUNCTIONS,
  achievement: ([actual, target, direction], s) =>
    blank(s.value(actual)) || blank(s.value(target))
      ? ""
      : fromResult(achievement(s.value(actual), s.value(target), s.value(direction))),
  level: ([actual, base, challenge, direction], s) => {
    const [a, b, c] = [num(s.value(actual)), num(s.value(base)), num(s.value(challenge))];
    if (blank(s.value(actual)) || blank(s.value(base)) || blank(s.value(challenge))) return "";
    if (a === undefined || b === undefined || c === undefined) return { error: "#VALUE!" };
    const lower = s.value(direction) === t(s.locale, "tpl.choice.lower");
    const reached = (level: number) => (lower ? a <= level : a >= level);
    return t(s.locale, LEVEL_LABELS[reached(c) ? 2 : reached(b) ? 1 : 0]);
  },
  growth: ([current, previous], s) =>
    blank(s.value(current)) || blank(s.value(previous)) ? "" : fromResult(growth(s.value(current), s.value(previous))),
  cac: ([spend, conversions], s) =>
    blank(s.value(spend)) || blank(s.value(conversions)) ? "" : fromResult(cac(s.value(spend), s.value(conversions))),
  roi: ([revenue, spend], s) =>
    blank(s.value(revenue)) || blank(s.value(spend)) ? "" : fromResult(roi(s.value(revenue), s.value(spend))),
  roas: ([revenue, spend], s) =>
    blank(s.value(revenue)) || blank(s.value(spend)) ? "" : fromResult(roas(s.value(revenue), s.value(spend))),
  /** Rank among the column's numbers, 1 for the largest; errors and text left out, near-equal values tie. */
  rank: ([key], s) => {
    const v = num(s.value(key));
    if (v === undefined) return "";
    const above = v + Math.abs(v) * 1e-12 + 1e-15;
    return 1 + s.column(key).filter((x) => typeof x === "number" && x > above).length;
  },
  product: ([a, b], s) => {
    if (blank(s.value(a)) || blank(s.value(b))) return "";
    const [x, y] = [num(s.value(a)), num(s.value(b))];
    return x === undefined || y === undefined ? { error: "#VALUE!" } : x * y;
  },
  /** second - first, e.g. days late = actual date - planned date. */
  difference: ([first, second], s) => {
    if (blank(s.value(first)) || blank(s.value(second))) return "";
    const [x, y] = [num(s.value(first)), num(s.value(second))];
    return x === undefined || y === undefined ? { error: "#VALUE!" } : y - x;
  },
  sum: ([key], s) => s.column(key).reduce<number>((acc, x) => acc + (typeof x === "number" ? x : 0), 0),
  /** The column's sum, or "" while it has no number. */
  sumIfAny: ([key], s) => {
    const numbers = s.column(key).filter((x): x is number => typeof x === "number");
    return numbers.length === 0 ? "" : numbers.reduce((acc, x) => acc + x, 0);
  },
  abTest: (args, s, part) => abTestCell(args, s, part),
  evidence: (args, s) => evidenceCell(args, s),
};

export function compute(def: ComputeDef, scope: ComputeScope): FormulaResult {
  return FUNCTIONS[def.fn](def.args, scope, def.part);
}

/** The number of arguments each function takes (checked by the schema). */
export const COMPUTE_ARITY: Readonly<Record<ComputeDef["fn"], number>> = {
  achievement: 3,
  level: 4,
  growth: 2,
  cac: 2,
  roi: 2,
  roas: 2,
  rank: 1,
  product: 2,
  difference: 2,
  sum: 1,
  sumIfAny: 1,
  abTest: 5,
  evidence: 4,
  ...APPRAISAL_ARITY,
};
