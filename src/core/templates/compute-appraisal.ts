import { isCellError, type Result } from "../errors";
import { ladderMultiplier, WEIGHT_TOLERANCE, type Rung } from "../appraisal";
import { achievement } from "../kpi";
import { t } from "../../i18n/catalog";
import type { FormulaResult } from "../plan/types";
import type { ComputeFn, ComputeScope } from "./compute";

/**
 * Core's twins of the appraisal template's formulas (definitions/appraisal.ts), one per
 * computed column, each mirroring its native formula step by step: blanks give "", errors
 * pass on, and criteria match text case-insensitively as SUMIFS and COUNTIF do.
 */

const blank = (v: unknown): boolean => v === null || v === undefined || v === "";
const isNum = (v: unknown): v is number => typeof v === "number";
const isErr = (v: unknown): v is { error: string } =>
  typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";
const same = (a: unknown, b: unknown): boolean =>
  typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b && !blank(a);

function fromResult(r: Result): FormulaResult {
  return isCellError(r) ? { error: r.error } : r;
}

/** The data rows of the same person or team as this row. */
function rowsOf(s: ComputeScope, person: string): number[] {
  const p = s.value(person);
  return s
    .column(person)
    .map((v, i) => (same(v, p) ? i : -1))
    .filter((i) => i >= 0);
}

/** SUMIFS / COUNTIFS(range, ">-1E+300") over the person's rows: the numbers only. */
function numbersOf(s: ComputeScope, person: string, key: string): number[] {
  const col = s.column(key);
  return rowsOf(s, person)
    .map((i) => col[i])
    .filter(isNum);
}

const firstRung = (s: ComputeScope): number => (s.param("ladder") as readonly Rung[])[0].threshold;

export type AppraisalFn =
  | "weightUsed"
  | "achievementRevised"
  | "scored"
  | "weightedPoints"
  | "personScore"
  | "qualitativeUsed"
  | "totalScore"
  | "multiplier"
  | "rankEq"
  | "review";

export const APPRAISAL_FUNCTIONS: Readonly<Record<AppraisalFn, ComputeFn>> = {
  weightUsed: ([person, kpi, weight, type], s) => {
    if (blank(s.value(person)) || blank(s.value(kpi))) return "";
    const w = s.value(weight);
    if (isNum(w)) return w;
    const row = (s.param("profileKpis") as readonly string[]).findIndex((k) => same(k, s.value(kpi)));
    const col = (s.param("profileTypes") as readonly string[]).findIndex((k) => same(k, s.value(type)));
    if (row < 0 || col < 0) return "";
    const v = (s.param("profileWeights") as readonly (readonly number[])[])[row][col];
    return isNum(v) ? v : 0;
  },
  achievementRevised: ([actual, revised, target, direction], s) => {
    const [a, r, tg] = [s.value(actual), s.value(revised), s.value(target)];
    if (blank(a) || (blank(r) && blank(tg))) return "";
    return fromResult(achievement(a, blank(r) ? tg : r, s.value(direction)));
  },
  scored: ([person, weightUsed, revised, target, incubation, actual, ach], s) => {
    if (blank(s.value(person)) || blank(s.value(weightUsed))) return "";
    if (blank(s.value(revised)) && blank(s.value(target))) return "";
    if (same(s.value(incubation), t(s.locale, "tpl.choice.yes"))) return "";
    if (blank(s.value(actual))) return { error: "#N/A" };
    const v = s.value(ach);
    if (isErr(v)) return v;
    if (!isNum(v)) return { error: "#VALUE!" };
    const cap = s.param("cap");
    return isNum(cap) && cap > 0 ? Math.min(v, cap) : v;
  },
  weightedPoints: ([scored, weightUsed], s) => {
    const v = s.value(scored);
    if (isErr(v)) return v;
    if (blank(v)) return "";
    const w = s.value(weightUsed);
    return isNum(v) && isNum(w) ? w * v : { error: "#VALUE!" };
  },
  personScore: ([person, weightUsed, scored, weighted], s) => {
    const p = s.value(person);
    if (blank(p)) return "";
    const rows = rowsOf(s, person);
    if (rows[0] !== s.index) return "";
    const total = numbersOf(s, person, weightUsed).reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > WEIGHT_TOLERANCE) return { error: "#VALUE!" };
    const w = s.column(weightUsed);
    const sc = s.column(scored);
    const counted = rows.filter((i) => isNum(sc[i])).reduce((acc, i) => acc + (isNum(w[i]) ? w[i] : 0), 0);
    if (counted === 0) return { error: "#N/A" };
    const points = rows.map((i) => s.column(weighted)[i]);
    const error = points.find(isErr);
    if (error) return error;
    return points.filter(isNum).reduce((a, b) => a + b, 0) / counted;
  },
  qualitativeUsed: ([quantScore, person, qualitative], s) => {
    if (!isNum(s.value(quantScore))) return "";
    const own = numbersOf(s, person, qualitative);
    if (own.length > 0) return own.reduce((a, b) => a + b, 0) / own.length;
    const campaign = s.param("qualCampaign");
    return isNum(campaign) || typeof campaign === "string" ? campaign : "";
  },
  totalScore: ([quantScore, qualUsed], s) => {
    const q = s.value(quantScore);
    if (!isNum(q)) return "";
    const qual = s.value(qualUsed);
    if (!isNum(qual)) return q;
    const split = s.param("split") as number;
    return split * q + ((1 - split) * qual) / (s.param("fullMarks") as number);
  },
  multiplier: ([quantScore], s) => {
    const q = s.value(quantScore);
    if (!isNum(q)) return "";
    return fromResult(ladderMultiplier(q, s.param("ladder") as readonly Rung[]));
  },
  /** RANK.EQ(value, column, 0): 1 + how many numbers are strictly larger; ties share a rank. */
  rankEq: ([key], s) => {
    const v = s.value(key);
    if (!isNum(v)) return "";
    return 1 + s.column(key).filter((x) => isNum(x) && x > v).length;
  },
  review: ([quantScore, person, prevScore], s) => {
    const q = s.value(quantScore);
    if (!isNum(q)) return "";
    const prev = numbersOf(s, person, prevScore);
    if (!(q < firstRung(s)) || prev.length === 0) return "";
    return prev.reduce((a, b) => a + b, 0) / prev.length < firstRung(s) ? t(s.locale, "tpl.ap.reviewFlag") : "";
  },
};

export const APPRAISAL_ARITY: Readonly<Record<AppraisalFn, number>> = {
  weightUsed: 4,
  achievementRevised: 4,
  scored: 7,
  weightedPoints: 2,
  personScore: 4,
  qualitativeUsed: 3,
  totalScore: 2,
  multiplier: 1,
  rankEq: 1,
  review: 3,
};
