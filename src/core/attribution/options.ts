// zod/mini: the same validation, tree-shaken, so the custom-functions bundle stays small.
import * as z from "zod/mini";
import { en } from "zod/locales";

// zod/mini ships without messages; these are the ones full zod uses.
z.config(en());
import { cellError, type Result } from "../errors";

export const MODELS = ["first", "last", "linear", "position", "time_decay", "markov", "shapley"] as const;
export type ModelName = (typeof MODELS)[number];

export const REPEATS = ["keep", "collapse", "first"] as const;
export type RepeatHandling = (typeof REPEATS)[number];

/** Every setting of an attribution run, validated. */
export const attributionOptionsSchema = z
  .strictObject({
    model: z._default(z.enum(MODELS), "linear"),
    /** Markov order: how many previous channels make a state. */
    order: z._default(z.int().check(z.minimum(1), z.maximum(4)), 1),
    /** Time decay half-life: days when touch times are known, touches otherwise. */
    halfLife: z._default(z.number().check(z.positive(), z.maximum(1e6)), 7),
    repeats: z._default(z.enum(REPEATS), "keep"),
    /** Position-based (U-shaped) weights of the first and last touch. */
    firstWeight: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.4),
    lastWeight: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.4),
  })
  .check(
    z.refine((o) => o.firstWeight + o.lastWeight <= 1 + 1e-12, {
      message: "first and last weights add up to more than 1",
      path: ["firstWeight"],
    }),
  );

export type AttributionOptions = z.output<typeof attributionOptionsSchema>;
export type AttributionOptionsInput = z.input<typeof attributionOptionsSchema>;

const MODEL_ALIASES: Readonly<Record<string, ModelName>> = {
  first: "first",
  first_touch: "first",
  firsttouch: "first",
  首次: "first",
  首次触点: "first",
  首次触点归因: "first",
  last: "last",
  last_touch: "last",
  lasttouch: "last",
  末次: "last",
  末次触点: "last",
  末次触点归因: "last",
  linear: "linear",
  线性: "linear",
  线性归因: "linear",
  position: "position",
  position_based: "position",
  u: "position",
  u_shaped: "position",
  位置: "position",
  u型: "position",
  time_decay: "time_decay",
  timedecay: "time_decay",
  decay: "time_decay",
  时间衰减: "time_decay",
  markov: "markov",
  马尔可夫: "markov",
  马尔科夫: "markov",
  shapley: "shapley",
  夏普利: "shapley",
  沙普利: "shapley",
  夏普里: "shapley",
};

/** A model name as typed (any case, `-` or space for `_`, Chinese names too). */
export function toModel(text: string): Result<ModelName> {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return MODEL_ALIASES[key] ?? cellError("#VALUE!", "attribution.model", { value: text.trim().slice(0, 40) });
}

const KEY_ALIASES: Readonly<Record<string, keyof AttributionOptionsInput>> = {
  model: "model",
  order: "order",
  half_life: "halfLife",
  halflife: "halfLife",
  repeats: "repeats",
  repeat: "repeats",
  first: "firstWeight",
  first_weight: "firstWeight",
  firstweight: "firstWeight",
  last: "lastWeight",
  last_weight: "lastWeight",
  lastweight: "lastWeight",
};

const NUMERIC = new Set<string>(["order", "halfLife", "firstWeight", "lastWeight"]);

/** The first problem zod found, as one line naming the option. */
function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

/** Validates options given as an object (CLI flags, JSON). */
export function parseAttributionOptions(input: Readonly<Record<string, unknown>>): Result<AttributionOptions> {
  const parsed = attributionOptionsSchema.safeParse(input);
  return parsed.success ? parsed.data : cellError("#VALUE!", "attribution.options", { detail: describe(parsed.error) });
}

/**
 * Options written in a cell: `order=2; repeats=collapse; half_life=3; first=0.3; last=0.3`
 * (`;` or `,` between pairs, `=` or `:` inside), or a JSON object.
 */
export function parseOptionsText(text: string): Result<Partial<AttributionOptionsInput>> {
  const trimmed = text.trim();
  if (trimmed === "") return {};
  let raw: Record<string, unknown> = {};
  if (trimmed.startsWith("{")) {
    try {
      const json: unknown = JSON.parse(trimmed);
      if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("not an object");
      raw = json as Record<string, unknown>;
    } catch {
      return cellError("#VALUE!", "attribution.options", { detail: "not valid JSON" });
    }
  } else {
    for (const pair of trimmed.split(/[;,]/)) {
      if (pair.trim() === "") continue;
      const m = /^\s*([^=:]+?)\s*[=:]\s*(.*?)\s*$/.exec(pair);
      if (!m) return cellError("#VALUE!", "attribution.options", { detail: `"${pair.trim()}" is not name=value` });
      raw[m[1]] = m[2];
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const key =
      KEY_ALIASES[
        name
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, "_")
      ];
    if (!key) return cellError("#VALUE!", "attribution.options", { detail: `unknown option "${name}"` });
    if (key === "model" && typeof value === "string") {
      const model = toModel(value);
      if (typeof model !== "string") return model;
      out[key] = model;
    } else if (NUMERIC.has(key) && typeof value === "string") {
      const n = value.trim() === "" ? Number.NaN : Number(value);
      if (Number.isNaN(n))
        return cellError("#VALUE!", "attribution.options", { detail: `${name} must be a number, not "${value}"` });
      out[key] = n;
    } else {
      out[key] = typeof value === "string" ? value.trim().toLowerCase() : value;
    }
  }
  const check = attributionOptionsSchema.safeParse({ model: "linear", ...out });
  if (!check.success) return cellError("#VALUE!", "attribution.options", { detail: describe(check.error) });
  return out as Partial<AttributionOptionsInput>;
}
