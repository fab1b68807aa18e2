import { z } from "zod";
import { catalogue, type MessageKey } from "../../i18n/catalog";
import { COMPUTE_ARITY } from "./compute";
import { PANEL_IDS, PANEL_NAMES } from "./panels/names";

/**
 * A template is data: columns with a kind, widths, drop-down choices and native formulas,
 * optional preset and sample rows, highlight rules and footer totals. This schema checks
 * every definition when the registry loads, so a typo in a formula's column name or a
 * message key fails the tests instead of producing a broken sheet.
 *
 * Formula placeholders (see ./formula): {key} the same row's cell of column `key`
 * ("G2"), {$key} that cell with its column fixed ("$G2", for conditional formats),
 * {key[]} the column's whole data range ("$G$2:$G$11"), {#message.key} a localised text
 * constant ("\"越低越好\""), {key[^]} the column from its first data row down to this row
 * ("$A$2:A5", for "first row of this person"), {@name} a named cell or range of the
 * template's panel (./panels), absolute ("$AB$3:$AB$5").
 */

export const messageKey = z.custom<MessageKey>(
  (v) => typeof v === "string" && Object.prototype.hasOwnProperty.call(catalogue("en-US"), v),
  { message: "unknown message key" },
);

/** How a column's cells are formatted and entered. `computed` cells hold a formula. */
export const columnKind = z.enum([
  "text",
  "integer",
  "number",
  "currency",
  "percent",
  "ratio",
  "date",
  "choice",
  "computed",
]);
export type ColumnKind = z.infer<typeof columnKind>;
/** The number formats a computed column can show its result in. */
export const resultFormat = z.enum(["text", "integer", "number", "currency", "percent", "ratio", "date"]);
export type ResultFormat = z.infer<typeof resultFormat>;

/** Core's twin of a formula (see ./compute): a named function of column keys, for the cached result. */
export const computeSchema = z.object({
  fn: z.enum([
    "achievement",
    "level",
    "growth",
    "cac",
    "roi",
    "roas",
    "rank",
    "product",
    "difference",
    "sum",
    "sumIfAny",
    "abTest",
    "evidence",
    "achievementRevised",
    "weightUsed",
    "scored",
    "weightedPoints",
    "personScore",
    "qualitativeUsed",
    "totalScore",
    "multiplier",
    "rankEq",
    "review",
  ]),
  args: z.array(z.string()).min(1),
  /** For functions with several results (abTest): which one the column shows. */
  part: z.string().optional(),
});
export type ComputeDef = z.infer<typeof computeSchema>;

const columnSchema = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    header: messageKey,
    kind: columnKind,
    width: z.number().min(4).max(80),
    /** For `choice`: the drop-down's entries. */
    choices: z.array(messageKey).min(1).optional(),
    /** For `computed`: the formula, with placeholders. */
    formula: z.string().startsWith("=").optional(),
    /** For `computed`: how the result is shown. */
    result: resultFormat.optional(),
    /** For `computed`: core's value of the formula, stored as its cached result. */
    compute: computeSchema.optional(),
    /** Numeric entry limits, enforced by data validation. */
    limits: z.object({ whole: z.boolean(), min: z.number(), max: z.number(), message: messageKey }).optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.kind === "choice") !== (c.choices !== undefined))
      ctx.addIssue({ code: "custom", message: `${c.key}: choices go with kind "choice" only` });
    if ((c.kind === "computed") !== (c.formula !== undefined && c.result !== undefined && c.compute !== undefined)) {
      ctx.addIssue({ code: "custom", message: `${c.key}: formula, result and compute go with kind "computed" only` });
    }
    if (c.limits && c.limits.min > c.limits.max)
      ctx.addIssue({ code: "custom", message: `${c.key}: limits min > max` });
  });
export type ColumnDef = z.infer<typeof columnSchema>;

/** A cell of a preset or sample row: number, date, text in both languages, or a choice by index. */
export const sampleValue = z.union([
  z.number(),
  z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  z.object({ zh: z.string(), en: z.string() }).strict(),
  z.object({ text: messageKey }).strict(),
  z.object({ choice: z.number().int().min(0) }).strict(),
]);
export type SampleValue = z.infer<typeof sampleValue>;
const rowSchema = z.record(z.string(), sampleValue);
export type SampleRow = z.infer<typeof rowSchema>;

/** Conditional format: when `formula` holds for a row, colour the cells of `columns`. */
const highlightSchema = z.object({
  columns: z.array(z.string()).min(1),
  formula: z.string().startsWith("="),
  tone: z.enum(["good", "neutral", "bad"]),
});
export type HighlightDef = z.infer<typeof highlightSchema>;

/** A labelled total under the table (one blank row between). */
const footerSchema = z.object({
  label: messageKey,
  labelColumn: z.string(),
  valueColumn: z.string(),
  formula: z.string().startsWith("="),
  result: resultFormat,
  compute: computeSchema,
});
export type FooterDef = z.infer<typeof footerSchema>;

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    sheet: messageKey,
    description: messageKey,
    tableName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    columns: z.array(columnSchema).min(1).max(40),
    /** Rows every generated sheet has (e.g. the scorecard's four dimensions). */
    preset: z.array(rowSchema).default([]),
    /** The process documents' examples, written when sample rows are asked for (replacing the preset). */
    sample: z.array(rowSchema).min(1),
    /** Empty data rows after the preset or sample rows, formulas ready. */
    blankRows: z.number().int().min(0).max(1000),
    highlights: z.array(highlightSchema).default([]),
    footers: z.array(footerSchema).default([]),
    /** Parameter tables beside the main table (a bonus ladder, weight profiles), built by ./panels. */
    panel: z.enum(PANEL_IDS).optional(),
  })
  .superRefine((t, ctx) => {
    const keys = new Set<string>();
    for (const c of t.columns) {
      if (keys.has(c.key)) ctx.addIssue({ code: "custom", message: `${t.id}: duplicate column ${c.key}` });
      keys.add(c.key);
    }
    const byKey = new Map(t.columns.map((c) => [c.key, c]));
    const checkRefs = (formula: string, where: string) => {
      for (const m of formula.matchAll(/\{(\$?)([^}#@[\]$^]+)(\[\^?\])?\}/g)) {
        if (!keys.has(m[2])) ctx.addIssue({ code: "custom", message: `${t.id} ${where}: unknown column {${m[2]}}` });
      }
      for (const m of formula.matchAll(/\{@([^}]+)\}/g)) {
        if (!t.panel || !PANEL_NAMES[t.panel].includes(m[1]))
          ctx.addIssue({ code: "custom", message: `${t.id} ${where}: no panel cell {@${m[1]}}` });
      }
      for (const m of formula.matchAll(/\{#([^}]+)\}/g)) {
        if (!messageKey.safeParse(m[1]).success)
          ctx.addIssue({ code: "custom", message: `${t.id} ${where}: unknown text {#${m[1]}}` });
      }
    };
    const checkCompute = (def: ComputeDef | undefined, where: string) => {
      if (!def) return;
      if (def.args.length !== COMPUTE_ARITY[def.fn])
        ctx.addIssue({
          code: "custom",
          message: `${t.id} ${where}: ${def.fn} takes ${COMPUTE_ARITY[def.fn]} arguments`,
        });
      for (const a of def.args)
        if (!keys.has(a)) ctx.addIssue({ code: "custom", message: `${t.id} ${where}: unknown column ${a}` });
    };
    for (const c of t.columns) {
      if (c.formula) checkRefs(c.formula, c.key);
      checkCompute(c.compute, c.key);
    }
    for (const f of t.footers) checkCompute(f.compute, "footer");
    for (const h of t.highlights) {
      checkRefs(h.formula, "highlight");
      for (const k of h.columns)
        if (!keys.has(k)) ctx.addIssue({ code: "custom", message: `${t.id} highlight: unknown column ${k}` });
    }
    for (const f of t.footers) {
      checkRefs(f.formula, "footer");
      for (const k of [f.labelColumn, f.valueColumn])
        if (!keys.has(k)) ctx.addIssue({ code: "custom", message: `${t.id} footer: unknown column ${k}` });
    }
    for (const [i, row] of [...t.preset, ...t.sample].entries()) {
      for (const [k, v] of Object.entries(row)) {
        const col = byKey.get(k);
        if (!col) ctx.addIssue({ code: "custom", message: `${t.id} row ${i + 1}: unknown column ${k}` });
        else if (col.kind === "computed")
          ctx.addIssue({ code: "custom", message: `${t.id} row ${i + 1}: ${k} is computed` });
        else if (typeof v === "object" && "choice" in v && (col.choices?.length ?? 0) <= v.choice) {
          ctx.addIssue({ code: "custom", message: `${t.id} row ${i + 1}: ${k} has no choice ${v.choice}` });
        }
      }
    }
  });

export type TemplateDef = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
