import type { MessageParams } from "../../i18n/format";
import type { CheckMessageKey } from "../../i18n/messages/checks";
import type { SheetGrid, TableShape } from "../sheet";
import type { ColumnInfo } from "./columns";

export const RULE_IDS = [
  "missing",
  "duplicates",
  "funnel",
  "crossSource",
  "outliers",
  "targets",
  "actions",
  "types",
  "appraisal",
  "pace",
  "band",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One anomaly at one cell. Rows and columns are the worksheet's, 0-based (A1 is 0, 0). */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** "B7". */
  readonly cell: string;
  /** The cell's value as read: number, text, boolean, ISO date, error code, or null for a blank. */
  readonly value: string | number | boolean | null;
  readonly key: CheckMessageKey;
  readonly params: MessageParams;
}

/** What every rule sees of one table. Rows and columns here are grid-relative. */
export interface RuleInput {
  readonly grid: SheetGrid;
  readonly table: TableShape;
  readonly columns: readonly ColumnInfo[];
  /** 1 for a data row: one with a value typed in (a row of formulas alone is an empty template row). */
  readonly dataRows: Uint8Array;
  /** The whole sheet the table is part of (a rule may read a parameter panel beside the table). */
  readonly sheet: SheetGrid;
  /** Today as a date serial (injected, so "overdue" is testable). */
  readonly today: number;
}

/** Reports a finding at a grid cell; the engine adds the rule, severity, sheet, address and value. */
export type Emit = (row: number, col: number, key: CheckMessageKey, params?: MessageParams) => void;

export interface Rule<S> {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  run(input: RuleInput, settings: S, emit: Emit): void;
}
