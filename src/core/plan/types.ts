/**
 * WorkbookPlan: what core decides to write into a workbook, as plain serialisable data.
 * Two adapters apply a plan: src/excel/plan (Office.js, one sync per applied plan) and
 * src/ooxml/patch (the package writer, a real .xlsx; see docs/writer.md). Templates,
 * data-check flags and their reports are all plans, so everything core decides is tested
 * on real files.
 *
 * Conventions
 * - Addresses are A1 strings without a sheet name ("B2", "B2:D9"); helpers in ./address.
 * - Colours are "#RRGGBB". `null` where a colour or note is allowed means "clear it".
 * - Strings are always written as text, never parsed: "=SUM(A1)" or "-5" in a
 *   `PlanCell` string lands in the cell as those characters. Formulas are only ever
 *   `{ formula }` cells.
 * - Order of application within a sheet: target, cells, columns, formats, tables,
 *   validations, conditional formats, notes, hyperlinks, charts, page setup, freeze, activate.
 */

/** A colour as "#RRGGBB". */
export type Color = string;

/** One cell to write. Strings are literal text (see file comment). */
export type PlanCell =
  | null
  | string
  | number
  | boolean
  /**
   * A native Excel formula in en-US syntax, starting with "=" (e.g. "=IF(B2=0,NA(),C2/B2)").
   * `result`, when core knows it, is stored as the cached value so readers that do not
   * calculate (previews, data_only readers) show it; Excel and LibreOffice recalculate.
   */
  | { readonly formula: string; readonly result?: FormulaResult }
  /** A calendar date, "YYYY-MM-DD"; written as an Excel date serial (give it a date format). */
  | { readonly date: string };

/** A formula's value: a number, text, boolean or an Excel error such as "#DIV/0!". */
export type FormulaResult = number | string | boolean | { readonly error: string };

/** A rectangle of cells whose top-left cell is `at`; rows may differ in length (missing = untouched). */
export interface CellBlock {
  readonly at: string;
  readonly rows: readonly (readonly PlanCell[])[];
}

/**
 * A cell format. Every property is optional: what is absent is left as it is. The same
 * shape is what an adapter reads back (`FormatSnapshot`), so a flag can be undone by
 * applying the snapshot it replaced.
 */
export interface CellFormat {
  /** Excel number format code, e.g. "0.0%", "yyyy-mm-dd", "#,##0.00", "@". */
  readonly numberFormat?: string;
  /** Solid fill; null removes the fill. */
  readonly fill?: Color | null;
  readonly fontColor?: Color;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
  readonly horizontalAlignment?: "left" | "center" | "right";
  readonly verticalAlignment?: "top" | "center" | "bottom";
  readonly wrapText?: boolean;
  /** A thin border of this colour around every cell of the range; null removes borders. */
  readonly border?: Color | null;
}

/** A format applied to one range (or several, comma-free list of A1 ranges). */
export interface FormatPlan {
  readonly ranges: readonly string[];
  readonly format: CellFormat;
}

/** Width (in characters, as Excel's column width) of consecutive columns starting at `column` ("A"). */
export interface ColumnWidthPlan {
  readonly column: string;
  readonly widths: readonly number[];
}

/** An Excel table (ListObject) over `range`, whose first row is the header. */
export interface TablePlan {
  /** Unique in the workbook, letters, digits and "_" only; see ./names freeTableName. */
  readonly name: string;
  readonly range: string;
  /** A built-in table style, e.g. "TableStyleMedium2". */
  readonly style: string;
  readonly showBandedRows: boolean;
}

/** Data validation of `range`. */
export type ValidationRule =
  /** A drop-down of fixed choices (none may contain a comma). */
  | { readonly kind: "list"; readonly choices: readonly string[] }
  /** A whole number between min and max inclusive. */
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max: number }
  /** A decimal number between min and max inclusive. */
  | { readonly kind: "decimal"; readonly min: number; readonly max: number };

export interface ValidationPlan {
  readonly range: string;
  readonly rule: ValidationRule;
  /** Shown when a value breaks the rule (the entry is then refused). */
  readonly errorMessage: string;
  /** Blank cells are always allowed. */
}

/**
 * A conditional format whose rule is a native formula, written relative to the top-left
 * cell of `range` (as in Excel's UI): "=AND($G2<>\"\",$G2>=$F2)" on "H2:H11" tests each
 * row's own cells. Earlier entries in `conditionalFormats` take priority.
 */
export interface ConditionalFormatPlan {
  readonly range: string;
  readonly formula: string;
  readonly format: { readonly fill?: Color; readonly fontColor?: Color; readonly bold?: boolean };
  /** Stop evaluating lower-priority rules on this range when this one matches. */
  readonly stopIfTrue?: boolean;
}

/** A note (threadless comment) on one cell; `text: null` removes the note there. */
export interface NotePlan {
  readonly cell: string;
  readonly text: string | null;
}

/** A cell showing `text` that links to a cell of a sheet in the same workbook. */
export interface HyperlinkPlan {
  readonly cell: string;
  readonly text: string;
  readonly to: { readonly sheet: string; readonly cell: string };
}

/** Chart types both adapters draw: Office.js as Excel.ChartType, files as DrawingML (src/xlsx/charts). */
export type ChartKind = "bar" | "funnel" | "column" | "line" | "pie" | "doughnut";

/**
/**
 * A chart of `data`: a header row, then a label column and one or more value columns, one
 * series per value column (header = series name); with `categories`, `data` holds only
 * value columns and the labels are `categories`. `bar` is horizontal bars, `funnel` Excel's
 * funnel chart where the host has it (ExcelApi 1.9; elsewhere and in files: bars with the
 * first stage at the top), `column` clustered columns (comparisons), `line` a trend,
 * `pie` / `doughnut` shares (one series). Placed with its top-left corner at `at`, `size`
 * cells wide and high (default 8 x 16). Office.js draws it in Excel (src/excel/plan); files
 * get the same chart as DrawingML parts (src/xlsx/charts).
 */
export interface ChartPlan {
  readonly kind: ChartKind;
  readonly data: string;
  /** The x-axis labels, one column as tall as `data` without its header; `data` then has no label column. */
  readonly categories?: string;
  readonly title: string;
  readonly at: string;
  readonly size?: { readonly columns: number; readonly rows: number };
  /** Series colours (slice colours for pie and doughnut), in order; absent: the host's defaults. */
  readonly colors?: readonly Color[];
  /** Show the legend (default: with more than one series, and for pie and doughnut). */
  readonly legend?: boolean;
  /**
   * Number format of the x-axis labels, e.g. "yyyy-mm-dd" when `categories` are dates.
   * Files state it on the axis (LibreOffice otherwise shows date serials); in Excel,
   * Office.js charts keep the axis linked to the source cells' format, which shows dates.
   */
  readonly categoryFormat?: string;
}

/** Default chart size in cells. */
export const CHART_SIZE = { columns: 8, rows: 16 } as const;

/**
 * How a sheet prints: orientation, fit to one page wide (as tall as it takes), header
 * rows repeated on every page, and a footer with the sheet's name and the page number.
 */
export interface PageSetupPlan {
  readonly orientation: "portrait" | "landscape";
  /** Pages wide the print is scaled to (1: no table is cut across its width). */
  readonly fitToWidth: number;
  /** Pages tall the print is scaled to; 0 or absent: as many as it takes. */
  readonly fitToHeight?: number;
  /** Rows repeated at the top of each page, e.g. { first: 1, last: 1 }; absent: none. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** The footer: the sheet's name on the left, "page / pages" on the right. */
  readonly footer: boolean;
}

/** A colour scale (heat map) over the numbers of `range`: lowest, middle (50th percentile) and highest value. */
export interface ColorScalePlan {
  readonly range: string;
  readonly minimum: Color;
  readonly midpoint?: Color;
  readonly maximum: Color;
}

/**
 * Which sheet a SheetPlan writes to:
 * - `create`: a new sheet. The name is a wish: if the workbook has that name already the
 *   adapter picks a free one with `freeSheetName` (nothing is ever overwritten) and
 *   reports the name it used. Other plans refer to the sheet by the wished name.
 * - `existing`: a sheet that must exist (e.g. a data sheet being flagged); missing is an error.
 */
export type SheetTarget = { readonly create: string } | { readonly existing: string };

export interface SheetPlan {
  readonly target: SheetTarget;
  readonly cells?: readonly CellBlock[];
  readonly columns?: readonly ColumnWidthPlan[];
  readonly formats?: readonly FormatPlan[];
  readonly tables?: readonly TablePlan[];
  readonly validations?: readonly ValidationPlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  /** Colour scales, after the conditional formats. */
  readonly colorScales?: readonly ColorScalePlan[];
  readonly notes?: readonly NotePlan[];
  readonly hyperlinks?: readonly HyperlinkPlan[];
  readonly charts?: readonly ChartPlan[];
  /** How the sheet prints (see PageSetupPlan). */
  readonly pageSetup?: PageSetupPlan;
  /** Rows / columns kept in view while scrolling (e.g. { rows: 1, columns: 0 }). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Put a created sheet first in the workbook (a report), instead of after the others. */
  readonly first?: boolean;
  /** Make this the active sheet after applying. */
  readonly activate?: boolean;
  /**
   * Hide the sheet: "hidden" (the user can unhide it) or "veryHidden" (only code can),
   * e.g. the state sheet that remembers the formats flags replaced. Absent: left as is.
   */
  readonly visibility?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  /** Sheets to delete (e.g. an old findings report), by exact name; a missing one is ignored. */
  readonly removeSheets?: readonly string[];
}

/** What an adapter did: for each SheetPlan in order, the name of the sheet it wrote. */
export interface AppliedPlanSummary {
  readonly sheets: readonly { readonly requested: string; readonly name: string; readonly created: boolean }[];
  readonly tables: readonly { readonly requested: string; readonly name: string }[];
}

/** A request to read formats back before flagging: which ranges of which existing sheet. */
export interface FormatReadRequest {
  readonly sheet: string;
  readonly ranges: readonly string[];
}

/**
 * Formats as they were, one entry per single cell that was read, in the shape
 * `FormatPlan` writes, so "clear flags" restores them with an ordinary plan.
 */
export interface FormatSnapshot {
  readonly sheet: string;
  readonly cells: readonly { readonly cell: string; readonly format: CellFormat; readonly note: string | null }[];
}
