import { z } from "zod";
import { RULE_IDS, SEVERITIES } from "./types";

const severity = z.enum(SEVERITIES).optional();
const enabled = z.boolean().default(true);
const columnNames = z.array(z.string().min(1)).optional();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/**
 * Settings of every rule, validated at the boundary (CLI flags, a settings file, the task
 * pane). Every field has a default, so `{}` is a valid configuration.
 */
export const checkSettingsSchema = z
  .object({
    /** Which rules run; all when absent. */
    rules: z.array(z.enum(RULE_IDS)).min(1).optional(),
    /** 1-based worksheet row of the header, when detection should be overridden. */
    headerRow: z.number().int().min(1).optional(),
    /** At most this many findings per rule and sheet (the report says when more were cut). */
    maxFindingsPerRule: z.number().int().min(1).default(10_000),
    missing: z
      .object({
        enabled,
        severity,
        /** Required columns by header or letter; otherwise every known column except notes. */
        columns: columnNames,
        /** A column without a known role is required when at least this share of its rows is filled. */
        minFill: z.number().min(0).max(1).default(0.5),
      })
      .prefault({}),
    duplicates: z
      .object({
        enabled,
        severity,
        /** Key columns; otherwise an id column, or the metric name (with its source and period). */
        keys: columnNames,
        /** Also report rows that repeat another row cell for cell. */
        rows: z.boolean().default(true),
      })
      .prefault({}),
    funnel: z.object({ enabled, severity }).prefault({}),
    crossSource: z
      .object({
        enabled,
        severity,
        /** Largest relative difference allowed, against the first source: 0.05 is 5%. */
        tolerance: z.number().min(0).max(10).default(0.05),
        /** Column pairs to compare, by header or letter, beyond those found by header. */
        pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])).optional(),
      })
      .prefault({}),
    outliers: z
      .object({
        enabled,
        severity,
        method: z.enum(["mad", "iqr"]).default("mad"),
        /** Modified z-score above which a value is an outlier (Iglewicz and Hoaglin: 3.5). */
        threshold: z.number().positive().default(3.5),
        /** IQR fences at Q1 - k*IQR and Q3 + k*IQR. */
        k: z.number().positive().default(1.5),
        /** Columns with fewer numbers than this are not judged. */
        minCount: z.number().int().min(3).default(8),
        columns: columnNames,
      })
      .prefault({}),
    targets: z
      .object({
        enabled,
        severity,
        /** Without a base-level column, achievement below this share of target is reported. */
        minAchievement: z.number().min(0).default(1),
      })
      .prefault({}),
    actions: z
      .object({
        enabled,
        severity,
        /** Statuses that mean done (compared case-insensitively). */
        done: z
          .array(z.string().min(1))
          .default(["已完成", "完成", "已关闭", "done", "completed", "complete", "closed"]),
      })
      .prefault({}),
    types: z.object({ enabled, severity }).prefault({}),
    /** Appraisal sheets: weights per person, reasons for revised targets, incubation-period ROI. */
    appraisal: z.object({ enabled, severity }).prefault({}),
    /** Pacing against a target while the campaign runs (docs/monitoring.md). */
    pace: z
      .object({
        enabled,
        severity,
        /** The campaign's target; absent: the monitor panel's (目标 / Target). No target: no pacing. */
        target: z.number().positive().optional(),
        /** First and last day, YYYY-MM-DD; absent: the panel's, else the first date for start. */
        start: isoDate.optional(),
        end: isoDate.optional(),
        method: z.enum(["run_rate", "forecast"]).default("run_rate"),
        /** Share of target from which a shortfall is "at risk" rather than "off track". */
        atRisk: z.number().gt(0).lt(1).default(0.9),
        /** The metric column by header; absent: the actual column, else the first typed-in number column. */
        column: z.string().min(1).optional(),
      })
      .prefault({}),
    /** A day outside the one-step-ahead forecast band. */
    band: z
      .object({
        enabled,
        severity,
        confidence: z.number().gt(0.5).lt(1).default(0.95),
        /** Days with a value needed before a band is judged. */
        minDays: z.number().int().min(4).default(14),
        column: z.string().min(1).optional(),
      })
      .prefault({}),
  })
  .strict();

export type CheckSettings = z.output<typeof checkSettingsSchema>;
export type CheckSettingsInput = z.input<typeof checkSettingsSchema>;

/** Validates settings; throws a ZodError naming the bad field. */
export function parseCheckSettings(input: unknown): CheckSettings {
  return checkSettingsSchema.parse(input ?? {});
}

export function defaultCheckSettings(): CheckSettings {
  return checkSettingsSchema.parse({});
}
