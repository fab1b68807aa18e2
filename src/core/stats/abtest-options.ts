import * as z from "zod/mini";
import { en } from "zod/locales";
import { cellError, isCellError, type Result } from "../errors";
import { CI_METHODS, type CiMethod } from "./intervals";
import { checkOptionNames, optionPairs } from "./inputs";

/** Settings of a two-proportion test; see MKT.ABTEST's `options`. */
export interface AbTestOptions {
  readonly ci: CiMethod;
  readonly tails: 1 | 2;
  /** The variant's planned share of visitors (0.5: an equal split). */
  readonly split: number;
  /** Visitors each arm needs (from MKT.SAMPLESIZE); fewer is an insufficient sample. */
  readonly planned: number | undefined;
}

export const DEFAULT_AB_OPTIONS: AbTestOptions = { ci: "wilson", tails: 2, split: 0.5, planned: undefined };

// zod/mini ships without messages (as in attribution/options).
z.config(en());

const numberText = z.pipe(
  z.string().check(z.trim(), z.regex(/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i, "must be a number")),
  z.transform((s) => Number(s)),
);

const schema = z.strictObject({
  ci: z.optional(z.enum(CI_METHODS)),
  tails: z.optional(z.pipe(numberText, z.union([z.literal(1), z.literal(2)]))),
  split: z.optional(z.pipe(numberText, z.number().check(z.gt(0), z.lt(1)))),
  planned: z.optional(z.pipe(numberText, z.int().check(z.minimum(1)))),
});

const NAMES = ["ci", "tails", "split", "planned"] as const;

/** Options as typed in a cell (`ci=wald; tails=1; split=0.3; planned=5000`) or a JSON object. */
export function parseAbTestOptions(value: unknown, arg = "options"): Result<AbTestOptions> {
  const pairs = optionPairs(value, arg);
  if (isCellError(pairs)) return pairs;
  const names = checkOptionNames(pairs, NAMES);
  if (isCellError(names)) return names;
  const lowered = Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k, k === "ci" ? v.toLowerCase() : v]));
  const parsed = schema.safeParse(lowered);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return cellError("#VALUE!", "stats.options", { detail: `${issue.path.join(".")}: ${issue.message}` });
  }
  return { ...DEFAULT_AB_OPTIONS, ...stripUndefined(parsed.data) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
