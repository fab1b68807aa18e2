import type ExcelJS from "exceljs";
import type { AppliedPlanSummary, ChartPlan, WorkbookPlan } from "../core/plan/types";
import { openXlsx, scanPackage, type XlsxPackage } from "../ooxml";
import { patchPackage } from "../ooxml/patch/apply";
import { assertWritable } from "../ooxml/read";
import { minimalPackage } from "../ooxml/patch/minimal";
import type { SheetCharts } from "../xlsx/charts/package";
import { packageView } from "../xlsx/package-view";
import { applyPlanToWorkbook } from "../xlsx/plan-file";
import { loadWorkbook, newWorkbook } from "../xlsx/workbook-io";

/** A cell the user (or a finding) points at. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export interface SessionState {
  /** Bumped on every change, so views re-read the workbook. */
  readonly version: number;
  readonly fileName: string;
  readonly activeSheet: string | null;
  readonly selection: CellRef | null;
}

/**
 * The preview's in-browser workbook: what Excel is for the add-in. Views subscribe to it
 * (useSyncExternalStore); services change it and call `changed()`. The document is always a
 * package (the opened file, or a new workbook's minimal package): every plan is written into
 * it by the one package writer (src/ooxml/patch), checks read it with the streaming reader
 * and flag it by patching it, so Download gives back every part of the file (charts, pivots,
 * images, macros) with the plans' sheets added, and never has anything to warn about. The
 * ExcelJS workbook is only what the grid shows (ExcelJS reads; it never writes a file here):
 * the same plans are applied to it, and as ExcelJS holds no charts, the session remembers the
 * plans' charts per worksheet for the grid to draw.
 */
export class PreviewSession {
  private state: SessionState = {
    version: 0,
    fileName: "workbook.xlsx",
    activeSheet: null,
    selection: null,
  };
  private readonly listeners = new Set<() => void>();
  /** The document: the package Download writes. */
  private bytes: Uint8Array;
  /** Charts of applied plans, by worksheet object: ExcelJS reuses a removed sheet's id, never its object. */
  private readonly charts = new Map<ExcelJS.Worksheet, readonly ChartPlan[]>();
  /**
   * The add-in's settings of this workbook (what the document settings, Office.Settings, hold in
   * Excel), as JSON by name. Kept here, beside the workbook, not in the file: Excel stores them
   * in a web-extension part (xl/webextensions, MS-OWEXML) bound to the add-in's store
   * reference (its id, store and store type), which depends on how the add-in is deployed
   * (sideloaded, shared folder, centralized) and which the preview cannot know; a part with
   * the wrong reference is ignored by Excel. ExcelJS also drops such parts when it rewrites
   * the workbook. So a setting lives as long as the workbook is open here and is cleared when
   * another file is opened, as settings are per document.
   */
  private readonly settings = new Map<string, string>();

  /** Starts, as Excel does, with one empty sheet. */
  constructor() {
    this.book = newWorkbook();
    this.book.addWorksheet("Sheet1");
    this.bytes = patchPackage(openXlsx(minimalPackage()), { sheets: [] }, true).bytes;
    this.state = { ...this.state, activeSheet: "Sheet1" };
  }

  private book: ExcelJS.Workbook;

  get workbook(): ExcelJS.Workbook {
    return this.book;
  }

  /** The document as a package (opened, flagged, with every applied plan written into it). */
  get package(): XlsxPackage {
    return openXlsx(this.bytes);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): SessionState => this.state;

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch, version: this.state.version + 1 };
    this.listeners.forEach((l) => l());
  }

  private activeFor(activate?: string): string | null {
    const names = this.book.worksheets.map((w) => w.name);
    return (
      activate ??
      (this.state.activeSheet && names.includes(this.state.activeSheet) ? this.state.activeSheet : names[0]) ??
      null
    );
  }

  /** Call after a change; `activate` shows that sheet. */
  changed(activate?: string): void {
    this.update({ activeSheet: this.activeFor(activate) });
  }

  /**
   * Applies a plan: written into the document by the package writer first (a plan it cannot
   * write changes nothing), then to the grid's view; remembers the plan's charts by the sheets
   * it wrote (added to the ones there, as the file's drawing gets them) and shows the sheet
   * the plan activates (else its first).
   */
  applyPlan(plan: WorkbookPlan): AppliedPlanSummary {
    const pkg = openXlsx(this.bytes);
    // A Strict Open XML document is shown, never written into (it would be neither Strict nor Transitional).
    assertWritable(pkg);
    const { bytes, summary } = patchPackage(pkg, plan);
    this.bytes = bytes;
    applyPlanToWorkbook(this.book, plan);
    for (const ws of this.charts.keys()) if (!this.book.worksheets.includes(ws)) this.charts.delete(ws);
    plan.sheets.forEach((sheet, i) => {
      const ws = this.book.getWorksheet(summary.sheets[i].name);
      if (!ws || !sheet.charts?.length) return;
      this.charts.set(ws, [...(this.charts.get(ws) ?? []), ...sheet.charts]);
    });
    const shown = plan.sheets.findIndex((s) => s.activate);
    this.changed(summary.sheets[shown >= 0 ? shown : 0]?.name);
    return summary;
  }

  /** The charts of applied plans on a sheet, by its name now; none for a sheet that is not there. */
  chartsOf(sheet: string): readonly ChartPlan[] {
    const ws = this.book.worksheets.find((w) => w.name === sheet);
    return (ws && this.charts.get(ws)) ?? [];
  }

  /** Every sheet's charts by its name now, in tab order. */
  sheetCharts(): SheetCharts[] {
    return this.book.worksheets
      .map((ws) => ({ sheet: ws.name, charts: this.charts.get(ws) ?? [] }))
      .filter((s) => s.charts.length > 0);
  }

  activate(sheet: string): void {
    this.update({ activeSheet: sheet });
  }

  select(ref: CellRef | null): void {
    this.update({ selection: ref, ...(ref ? { activeSheet: ref.sheet } : {}) });
  }

  /**
   * Writes a formula into one cell (the sheet made when the workbook has none of that name)
   * as a plan, so the document gets it too. Returns the sheet-qualified address.
   */
  writeFormula(sheet: string, cell: string, formula: string): string {
    const exists = this.package.sheetNames.some((n) => n.toLowerCase() === sheet.toLowerCase());
    const summary = this.applyPlan({
      sheets: [
        { target: exists ? { existing: sheet } : { create: sheet }, cells: [{ at: cell, rows: [[{ formula }]] }] },
      ],
    });
    return `${summary.sheets[0].name}!${cell}`;
  }

  /**
   * Shows a package: as ExcelJS reads it, or (when ExcelJS cannot) as the streaming reader
   * does. `keepCharts`: the plans' charts stay on the sheets of the same names (a flagged copy
   * of this document); else (another file) they are forgotten, its own stay in its package.
   */
  private async show(bytes: Uint8Array, keepCharts = false): Promise<void> {
    const pkg = openXlsx(bytes);
    scanPackage(pkg);
    const charts = new Map([...this.charts].map(([ws, list]) => [ws.name, list] as const));
    this.book = await loadWorkbook(bytes).catch(() => packageView(pkg));
    this.bytes = bytes;
    this.charts.clear();
    if (!keepCharts) return;
    for (const ws of this.book.worksheets) {
      const list = charts.get(ws.name);
      if (list) this.charts.set(ws, list);
    }
  }

  /** A setting of this workbook (a copy, as Office's settings are JSON); null when it has none. */
  setting(name: string): unknown {
    const json = this.settings.get(name);
    return json === undefined ? null : JSON.parse(json);
  }

  /** Sets (or with null, removes) a setting of this workbook. */
  setSetting(name: string, value: unknown): void {
    if (value === null || value === undefined) this.settings.delete(name);
    else this.settings.set(name, JSON.stringify(value));
  }

  /** Opens a file; past a limit or damaged, an InputProblemError (nothing changes). */
  async open(fileName: string, bytes: ArrayBuffer): Promise<void> {
    await this.show(new Uint8Array(bytes));
    this.settings.clear();
    this.state = { ...this.state, fileName, selection: null, activeSheet: null };
    this.update({ activeSheet: this.activeFor() });
  }

  /** Replaces the package with a patched one (flags written or cleared). */
  async replacePackage(bytes: Uint8Array, activate?: string): Promise<void> {
    await this.show(bytes, true);
    this.update({ activeSheet: this.activeFor(activate) });
  }

  /** The workbook as .xlsx bytes: the document, with every plan applied to it written in. */
  async save(): Promise<Uint8Array> {
    return this.bytes;
  }
}
