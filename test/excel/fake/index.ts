import { FakeBook } from "./model";
import { DOCS, FakeOfficeError } from "./office";
import { Loadable, Queue, type FakeQueue } from "./queue";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

/**
 * A fake of the Office.js Excel API that behaves as Excel documents it, as far as our
 * adapters use it: writes are queued and applied at sync(); properties are read only after
 * load() and sync(); Range.address is sheet-qualified; notes and comments are separate and a
 * note cannot be added over another; a protected sheet refuses writes; every request and
 * response is measured against 5 MB; APIs newer than the host's ExcelApi set are refused;
 * table names clash with defined names. Each behaviour cites its page (./office DOCS).
 * Every call is recorded with the batch it was sent in, and every sync's payload sizes.
 *
 *   const fake = createFakeExcel({ sheets: ["Sheet1"], api: "1.10" });
 *   await applyPlanInExcel(fake.context, plan);
 *   fake.book.syncs; fake.book.batch(2); fake.book.payloads; fake.book.cell("Plan", "A1").value
 */
export { FakeBook, type FakeCall, type FakeCell, type FakeChart, type FakeSheet } from "./model";
export { FakeOfficeError, PAYLOAD_LIMIT } from "./office";
export { FakeSettings } from "./settings";

class ItemsLoadable<T> extends Loadable {
  constructor(
    q: FakeQueue,
    private readonly list: () => T[],
  ) {
    super(q);
  }
  load(_props?: unknown): this {
    this.queueLoad(["items"], () => this.list());
    return this;
  }
  get items(): T[] {
    return this.read("items");
  }
}

/**
 * workbook.worksheets: `load("items/name,items/visibility")` brings back worksheet proxies
 * whose name and visibility are known after the sync (DOCS.load), as Excel's collection does.
 */
class WorksheetItems extends Loadable {
  private list: FakeWorksheet[] | undefined;
  load(_props?: unknown): this {
    this.q.onSync(
      () => {
        const data = this.q.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
        return {
          data,
          commit: () => (this.list = data.map((d) => new FakeWorksheet(this.q, d.name).settle(d))),
        };
      },
      { load: ["items"] },
    );
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.list)
      throw new FakeOfficeError("PropertyNotLoaded", `items was read without load() and sync() (${DOCS.load})`);
    return this.list;
  }
}

class StructureProtection extends Loadable {
  load(): this {
    this.queueLoad(["protected"], () => this.q.book.structureProtected);
    return this;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

/** Workbook comments (DOCS.comments, ExcelApi 1.10): threaded comments, not notes. */
function comments(q: FakeQueue) {
  const book = q.book;
  return {
    add: (cell: FakeRange, content: string) =>
      q.queue(
        { target: "comments", op: "add", sheet: cell.sheetName, address: cell.local, value: content },
        () => (book.cell(cell.sheetName, cell.local).comment = content),
        { needs: "1.10", writes: cell.sheetName },
      ),
    getItemByCell: (cell: FakeRange) => ({
      delete: () =>
        q.queue(
          { target: "comments", op: "delete", sheet: cell.sheetName, address: cell.local },
          () => {
            const c = book.cell(cell.sheetName, cell.local);
            if (c.comment === undefined) throw new FakeOfficeError("ItemNotFound", `no comment at ${cell.local}`);
            delete c.comment;
          },
          { needs: "1.10", writes: cell.sheetName },
        ),
    }),
  };
}

export interface FakeExcelOptions {
  sheets?: string[];
  tables?: { name: string; sheet: string; range: string }[];
  /** Workbook-scoped defined names. */
  names?: string[];
  /** The active sheet (default: the first). */
  active?: string;
  /** The selected range on the active sheet (default A1); "A:D" selects whole columns. */
  selection?: string;
  /** The host's highest ExcelApi requirement set (default 1.18). */
  api?: string;
  /** Sheets that are protected. */
  protectedSheets?: string[];
  /** The workbook's structure is protected (no sheet added, deleted or hidden). */
  protectedStructure?: boolean;
}

export interface FakeExcel {
  /** Pass to code under test; typed as the real context. */
  readonly context: Excel.RequestContext;
  readonly book: FakeBook;
}

/** A fake workbook with the given sheets (and tables, names, selection...), and a context to work on it. */
export function createFakeExcel(initial: FakeExcelOptions = {}): FakeExcel {
  const book = new FakeBook();
  for (const name of initial.sheets ?? ["Sheet1"]) book.addSheet(name);
  for (const t of initial.tables ?? []) book.tables.push({ ...t });
  book.names.push(...(initial.names ?? []));
  for (const p of initial.protectedSheets ?? []) book.mustSheet(p).protected = true;
  if (initial.api) book.api = initial.api;
  book.structureProtected = initial.protectedStructure ?? false;
  const q = new Queue(book);
  const active = () => initial.active ?? book.sheets[0].name;
  const selection = initial.selection ?? "A1";
  const worksheets = Object.assign(new WorksheetItems(q), {
    add: (name: string) => {
      q.queue({ target: "worksheets", op: "add", value: name }, () => book.addSheet(name), { structure: true });
      return new FakeWorksheet(q, name);
    },
    getItem: (name: string) => new FakeWorksheet(q, name),
    getItemOrNullObject: (name: string) => new FakeWorksheet(q, name, true),
    getActiveWorksheet: () => new FakeWorksheet(q, active()),
  });
  const application = {
    /** ExcelApi 1.9 (DOCS.application): an older host refuses it. */
    suspendScreenUpdatingUntilNextSync: () =>
      q.queue({ target: "application", op: "suspendScreenUpdatingUntilNextSync" }, () => undefined, { needs: "1.9" }),
  };
  const protection = new StructureProtection(q);
  const workbook = {
    /** "protection/protected" (WorkbookProtection, ExcelApi 1.7, DOCS.workbookProtection). */
    load: (props?: string) => {
      if (Loadable.names(props).includes("protection/protected")) protection.load();
      return workbook;
    },
    protection,
    worksheets,
    tables: new ItemsLoadable(q, () => book.tables.map((t) => ({ name: t.name }))),
    /** Defined names (DOCS.names). */
    names: new ItemsLoadable(q, () => book.names.map((name) => ({ name }))),
    comments: comments(q),
    application,
    getSelectedRange: () => new FakeRange(q, active(), selection),
    getActiveCell: () => new FakeRange(q, active(), selection.split(":")[0]),
  };
  const context = { workbook, application, sync: () => q.sync() };
  return { context: context as unknown as Excel.RequestContext, book };
}

export { DOCS };
