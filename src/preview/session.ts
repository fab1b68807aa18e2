import type ExcelJS from "exceljs";
import type { AppliedPlanSummary, ChartPlan, WorkbookPlan } from "../core/plan/types";
import { openXlsx, scanPackage, type XlsxPackage } from "../ooxml";
import type { SheetCharts } from "../xlsx/charts/package";
import { packageView } from "../xlsx/package-view";
import { applyPlanToWorkbook, saveWithCharts } from "../xlsx/plan-file";
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
  /**
   * The workbook was opened from a file and then changed in ways only a rewrite can save
   * (templates, formulas, result sheets): Download then drops what ExcelJS cannot keep
   * (charts, pivots, images, slicers), and says so first.
   */
  readonly rewritten: boolean;
}

/**
 * The preview's in-browser workbook: what Excel is for the add-in. Views subscribe to it
 * (useSyncExternalStore); services change it and call `changed()`. A workbook opened from
 * a file is kept as its package: checks read it with the streaming reader and write flags
 * by patching it, so Download gives back every part of the file; the ExcelJS workbook is
 * what the grid shows. ExcelJS holds no charts, so the session remembers the charts of the
 * plans it applied, per worksheet (a renamed sheet keeps its charts, a removed one loses
 * them), for the grid to draw and for Download to write into the file.
 */
export class PreviewSession {
  private state: SessionState = {
    version: 0,
    fileName: "workbook.xlsx",
    activeSheet: null,
    selection: null,
    rewritten: false,
  };
  private readonly listeners = new Set<() => void>();
  private bytes: Uint8Array | undefined;
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
  constructor(private book: ExcelJS.Workbook = newWorkbook()) {
    if (book.worksheets.length === 0) book.addWorksheet("Sheet1");
    this.state = { ...this.state, activeSheet: book.worksheets[0].name };
  }

  get workbook(): ExcelJS.Workbook {
    return this.book;
  }

  /** The package the grid shows, when the workbook is one opened (and perhaps flagged) and not rewritten since. */
  get package(): XlsxPackage | undefined {
    return this.bytes && !this.state.rewritten ? openXlsx(this.bytes) : undefined;
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

  /** Call after changing the ExcelJS workbook; `activate` shows that sheet. */
  changed(activate?: string): void {
    this.update({ activeSheet: this.activeFor(activate), rewritten: this.bytes !== undefined });
  }

  /**
   * Applies a plan to the workbook (src/xlsx/plan), remembers its charts by the sheets it
   * wrote, and shows the sheet the plan activates (else its first). A chart anchored where
   * one of the sheet's charts already is replaces it.
   */
  applyPlan(plan: WorkbookPlan): AppliedPlanSummary {
    const summary = applyPlanToWorkbook(this.book, plan);
    for (const ws of this.charts.keys()) if (!this.book.worksheets.includes(ws)) this.charts.delete(ws);
    plan.sheets.forEach((sheet, i) => {
      const ws = this.book.getWorksheet(summary.sheets[i].name);
      if (!ws || !sheet.charts?.length) return;
      const anchors = new Set(sheet.charts.map((c) => c.at.toUpperCase()));
      const kept = (this.charts.get(ws) ?? []).filter((c) => !anchors.has(c.at.toUpperCase()));
      this.charts.set(ws, [...kept, ...sheet.charts]);
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

  /** Shows a package: as ExcelJS reads it, or (when ExcelJS cannot) as the streaming reader does. */
  private async show(bytes: Uint8Array): Promise<void> {
    const pkg = openXlsx(bytes);
    scanPackage(pkg);
    this.book = await loadWorkbook(bytes).catch(() => packageView(pkg));
    this.bytes = bytes;
    // A file's own charts stay in its package; none of the applied plans' are on this workbook.
    this.charts.clear();
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
    this.state = { ...this.state, fileName, selection: null, activeSheet: null, rewritten: false };
    this.update({ activeSheet: this.activeFor() });
  }

  /** Replaces the package with a patched one (flags written or cleared). */
  async replacePackage(bytes: Uint8Array, activate?: string): Promise<void> {
    await this.show(bytes);
    this.update({ activeSheet: this.activeFor(activate), rewritten: false });
  }

  /** The workbook as .xlsx bytes: the package itself when there is one, else ExcelJS's rewrite with the applied plans' charts. */
  async save(): Promise<Uint8Array> {
    if (this.bytes && !this.state.rewritten) return this.bytes;
    return saveWithCharts(this.book, this.sheetCharts());
  }
}
