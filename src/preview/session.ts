import type ExcelJS from "exceljs";
import { loadWorkbook, newWorkbook, saveWorkbook } from "../xlsx/workbook-io";

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
 * (useSyncExternalStore); services change it and call `changed()`.
 */
export class PreviewSession {
  private state: SessionState = { version: 0, fileName: "workbook.xlsx", activeSheet: null, selection: null };
  private readonly listeners = new Set<() => void>();

  /** Starts, as Excel does, with one empty sheet. */
  constructor(private book: ExcelJS.Workbook = newWorkbook()) {
    if (book.worksheets.length === 0) book.addWorksheet("Sheet1");
    this.state = { ...this.state, activeSheet: book.worksheets[0].name };
  }

  get workbook(): ExcelJS.Workbook {
    return this.book;
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

  /** Call after changing the workbook; `activate` shows that sheet. */
  changed(activate?: string): void {
    const names = this.book.worksheets.map((w) => w.name);
    const active =
      activate ??
      (this.state.activeSheet && names.includes(this.state.activeSheet) ? this.state.activeSheet : names[0]);
    this.update({ activeSheet: active ?? null });
  }

  activate(sheet: string): void {
    this.update({ activeSheet: sheet });
  }

  select(ref: CellRef | null): void {
    this.update({ selection: ref, ...(ref ? { activeSheet: ref.sheet } : {}) });
  }

  async open(fileName: string, bytes: ArrayBuffer): Promise<void> {
    this.book = await loadWorkbook(bytes);
    this.state = { ...this.state, fileName, selection: null, activeSheet: null };
    this.changed();
  }

  async save(): Promise<Uint8Array> {
    return saveWorkbook(this.book);
  }
}
