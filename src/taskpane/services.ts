import type { Finding } from "../core/checks/types";
import type { AppliedPlanSummary, WorkbookPlan } from "../core/plan/types";
import type { Theme, ThemeInput } from "../core/report/theme";
import type { Locale } from "../i18n/locale";

/**
 * What the task pane can ask of its host. Excel's implementation lives in src/excel, the
 * in-browser preview's elsewhere; views receive it through `useServices()` and never
 * reach for Office.js themselves. Each capability adds its methods here.
 */
export interface HostServices {
  readonly kind: "excel" | "preview";
  readonly locale: Locale;
  /** Writes a formula into the active cell; resolves to that cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Applies a WorkbookPlan (new sheets get free names); resolves to the names it used. */
  applyPlan(plan: WorkbookPlan): Promise<AppliedPlanSummary>;
  /** Reads a table to work on: the selection in Excel, the active sheet in the preview. */
  readTable(): Promise<TableRead>;
  /** The active cell's address and value, for views that pick inputs from the sheet. */
  readActiveCell?(): Promise<ActiveCell>;
  /** Data checks on the workbook; absent where the host cannot run them. */
  readonly checks?: CheckServices;
  /** The evaluation report: reads the workbook once, writes the report sheet first. */
  readonly report?: ReportServices;
  /** The workbook's palette (the Colours panel), kept in the workbook: templates and the report use it. */
  readonly palette?: PaletteServices;
}

/** The name the palette is saved under among the workbook's add-in settings (every host). */
export const PALETTE_SETTING = "campaign-scorecard.palette";

/**
 * The palette saved in the open workbook, in its file form (as a --theme file holds it).
 * Hosts store it and give it back as it is; the pane checks it with the theme's zod schema.
 */
export interface PaletteServices {
  /** What the workbook holds (untrusted: checked by the caller), or null when it has no palette. */
  read(): Promise<unknown>;
  /** Saves the palette in the workbook; null removes it (the default colours again). */
  save(input: ThemeInput | null): Promise<void>;
}

/** What "Evaluate campaign" did: the sheet written, its sources, recommendations and ROI by channel. */
export interface ReportRun {
  readonly sheet: string;
  readonly sources: readonly string[];
  readonly verdict: string;
  readonly recommendations: readonly string[];
  readonly roi: readonly { readonly channel: string; readonly roi: number }[];
}

export interface ReportServices {
  /** Builds the report from the workbook's filled templates and writes (or replaces) its sheet, in `theme`'s colours. */
  run(theme?: Theme): Promise<ReportRun>;
}

/** One cell as read from the workbook: "Sheet1!B2" and its value (null when blank). */
export interface ActiveCell {
  readonly address: string;
  readonly value: unknown;
}

/** A table as read from the workbook: where it is, its header row and the rows below. */
export interface TableRead {
  /** Where it was read, e.g. "Sheet1!A1:D500". */
  readonly source: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** What a check is doing, for a progress bar: reading, checking, then writing flags. */
export interface CheckProgress {
  readonly phase: "reading" | "checking" | "writing";
  readonly done: number;
  readonly total: number;
}

export interface CheckRun {
  readonly sheet: string;
  readonly findings: readonly Finding[];
  /** Cells read. */
  readonly cells: number;
  /** Cells flagged (findings past the cap are listed, not flagged). */
  readonly flagged: number;
  /** Why nothing was flagged although there were findings (a protected sheet), in the pane's language. */
  readonly notFlagged?: string;
}

/** The Check view's needs: check the sheet or selected table (and flag it), clear flags, go to a cell. */
export interface CheckServices {
  run(scope: "sheet" | "selection", onProgress: (progress: CheckProgress) => void): Promise<CheckRun>;
  /** Removes every flag, restoring the formats and notes they replaced; resolves to the cells cleared. */
  clear(): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** False where flags carry no notes (Excel without ExcelApi 1.18): the view says so. */
  readonly notes?: boolean;
}
