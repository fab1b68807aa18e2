import { cellAddress, parseCell, parseRange, rangeAddress } from "../../../src/core/plan/address";
import { FakeBook, type FakeCall, type FakeChart } from "./model";
import { FakeRange, type FakeQueue } from "./range";

/**
 * A recording fake of the Office.js Excel API, as far as our adapters use it: the
 * request context with sync(), the workbook's worksheets, tables, comments and
 * application, worksheets with ranges, tables, notes and freeze panes. Writes are queued
 * and applied at sync() as in the real API; reads need load() then sync(); every call is
 * recorded with the batch it was sent in. Errors Office.js raises at sync time (a sheet
 * name taken, an item not found, a grid of the wrong size) reject the sync.
 *
 *   const fake = createFakeExcel({ sheets: ["Sheet1"] });
 *   await applyPlanInExcel(fake.context, plan);
 *   fake.book.syncs; fake.book.batch(2); fake.book.cell("Plan", "A1").value
 */
export { FakeBook, type FakeCall, type FakeCell, type FakeChart, type FakeSheet } from "./model";

class Queue implements FakeQueue {
  private pending: { call: FakeCall; apply: () => void }[] = [];
  private reads: (() => void)[] = [];
  constructor(readonly book: FakeBook) {}
  queue(call: Omit<FakeCall, "batch">, apply: () => void): void {
    const recorded: FakeCall = { ...call, batch: 0 };
    this.book.calls.push(recorded);
    this.pending.push({ call: recorded, apply });
  }
  onSync(read: () => void): void {
    this.reads.push(read);
  }
  async sync(): Promise<void> {
    const batch = ++this.book.syncs;
    const pending = this.pending;
    const reads = this.reads;
    this.pending = [];
    this.reads = [];
    for (const p of pending) p.call.batch = batch;
    // Like Office.js, a failing call rejects the sync; calls before it have taken effect.
    for (const p of pending) p.apply();
    for (const r of reads) r();
  }
}

class ItemsLoadable<T> {
  private loadedItems: T[] | undefined;
  constructor(
    protected readonly q: Queue,
    private readonly list: () => T[],
  ) {}
  load(_props?: string): this {
    this.q.onSync(() => (this.loadedItems = this.list()));
    return this;
  }
  get items(): T[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: items was read without load() and sync()");
    return this.loadedItems;
  }
}

class FakeWorksheet {
  readonly tables;
  readonly charts;
  readonly notes;
  readonly freezePanes;
  private loadedName = false;
  constructor(
    private readonly q: Queue,
    private readonly sheetName: string,
  ) {
    const call = (target: string, op: string, value: unknown, apply: () => void, address?: string) =>
      q.queue({ target, op, sheet: sheetName, address, value }, apply);
    const sheet = () => q.book.mustSheet(sheetName);
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        const table = {
          name: "",
          sheet: sheetName,
          range: rangeAddress(parseRange(address)),
          style: undefined as string | undefined,
          showBandedRows: undefined as boolean | undefined,
        };
        call(
          "tables",
          "add",
          { address, hasHeaders },
          () => q.book.tables.push({ ...table, name: table.name || `Table${q.book.tables.length + 1}` }),
          address,
        );
        const find = () => q.book.tables.find((t) => t.sheet === sheetName && t.range === table.range);
        return {
          set name(n: string) {
            table.name = n;
            call(
              "table",
              "name",
              n,
              () => {
                if (q.book.tables.some((t) => t.name.toLowerCase() === n.toLowerCase() && t !== find()))
                  throw new Error(`InvalidArgument: table name ${n} is taken`);
                find()!.name = n;
              },
              address,
            );
          },
          set style(s: string) {
            call("table", "style", s, () => (find()!.style = s), address);
          },
          set showBandedRows(b: boolean) {
            call("table", "showBandedRows", b, () => (find()!.showBandedRows = b), address);
          },
        };
      },
    };
    const noteCall = (op: string, address: string, value: unknown, apply: () => void) =>
      call("notes", op, value, apply, address);
    const local = (address: string) =>
      cellAddress(parseCell(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address));
    this.notes = {
      add: (cell: FakeRange | string, content: string) => {
        const address = typeof cell === "string" ? local(cell) : cell.address;
        noteCall("add", address, content, () => (q.book.cell(sheetName, address).note = content));
      },
      getItem: (key: string) => ({
        delete: () =>
          noteCall("delete", local(key), undefined, () => {
            const c = q.book.cell(sheetName, local(key));
            if (c.note === undefined) throw new Error(`ItemNotFound: no note at ${key}`);
            delete c.note;
          }),
      }),
    };
    this.charts = {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart: FakeChart = { type, data: source.address, seriesBy };
        call("charts", "add", { type, seriesBy }, () => sheet().charts.push(chart), source.address);
        return {
          title: {
            set text(text: string) {
              call("chart", "title", text, () => (chart.title = text));
            },
          },
          legend: {
            set visible(v: boolean) {
              call("chart", "legendVisible", v, () => (chart.legendVisible = v));
            },
          },
          setPosition: (at: string) => call("chart", "setPosition", at, () => (chart.position = at)),
          axes: {
            categoryAxis: {
              set reversePlotOrder(v: boolean) {
                call("chart", "categoryAxis.reversePlotOrder", v, () => (chart.reversePlotOrder = v));
              },
            },
          },
          series: {
            getItemAt: (index: number) => ({
              setXAxisValues: (range: FakeRange) =>
                call("chart", "series.setXAxisValues", { index, range: range.address }, () => {
                  chart.xAxisValues = { ...chart.xAxisValues, [index]: range.address };
                }),
            }),
          },
        };
      },
    };
    this.freezePanes = {
      unfreeze: () => call("freezePanes", "unfreeze", undefined, () => (sheet().frozen = { rows: 0, columns: 0 })),
      freezeRows: (n = 1) => call("freezePanes", "freezeRows", n, () => (sheet().frozen = { rows: n, columns: 0 })),
      freezeColumns: (n = 1) =>
        call("freezePanes", "freezeColumns", n, () => (sheet().frozen = { rows: 0, columns: n })),
      freezeAt: (address: string) => {
        const end = parseRange(address).end;
        call("freezePanes", "freezeAt", address, () => (sheet().frozen = { rows: end.row + 1, columns: end.col + 1 }));
      },
    };
  }
  get name(): string {
    if (!this.loadedName) throw new Error("PropertyNotLoaded: name");
    return this.sheetName;
  }
  load(_props?: string): this {
    this.q.onSync(() => (this.loadedName = true));
    return this;
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.q, this.sheetName, address.toUpperCase().replace(/\$/g, ""));
  }
  set visibility(v: string) {
    this.q.queue(
      { target: "worksheet", op: "visibility", sheet: this.sheetName, value: v },
      () => (this.q.book.mustSheet(this.sheetName).visibility = v),
    );
  }
  activate(): void {
    this.q.queue({ target: "worksheet", op: "activate", sheet: this.sheetName }, () =>
      this.q.book.sheets.forEach((s) => (s.active = s.name === this.sheetName)),
    );
  }
  delete(): void {
    this.q.queue({ target: "worksheet", op: "delete", sheet: this.sheetName }, () => {
      const s = this.q.book.mustSheet(this.sheetName);
      this.q.book.sheets.splice(this.q.book.sheets.indexOf(s), 1);
    });
  }
}

export interface FakeExcel {
  /** Pass to code under test; typed as the real context. */
  readonly context: Excel.RequestContext;
  readonly book: FakeBook;
}

/** A fake workbook with the given sheets (and tables), and a context to work on it. */
export function createFakeExcel(
  initial: { sheets?: string[]; tables?: { name: string; sheet: string; range: string }[] } = {},
): FakeExcel {
  const book = new FakeBook();
  for (const name of initial.sheets ?? ["Sheet1"]) book.addSheet(name);
  for (const t of initial.tables ?? []) book.tables.push({ ...t });
  const q = new Queue(book);
  const worksheets = Object.assign(new ItemsLoadable(q, () => book.sheets.map((s) => ({ name: s.name }))), {
    add: (name: string) => {
      q.queue({ target: "worksheets", op: "add", value: name }, () => book.addSheet(name));
      return new FakeWorksheet(q, name);
    },
    getItem: (name: string) => new FakeWorksheet(q, name),
  });
  const tables = new ItemsLoadable(q, () => book.tables.map((t) => ({ name: t.name })));
  const comments = {
    add: (cell: FakeRange, content: string) =>
      q.queue(
        { target: "comments", op: "add", sheet: cell.sheetName, address: cell.address, value: content },
        () => (book.cell(cell.sheetName, cell.address).note = content),
      ),
    getItemByCell: (cell: FakeRange) => ({
      delete: () =>
        q.queue(
          { target: "comments", op: "delete", sheet: cell.sheetName, address: cell.address },
          () => delete book.cell(cell.sheetName, cell.address).note,
        ),
    }),
  };
  const application = {
    suspendScreenUpdatingUntilNextSync: () =>
      q.queue({ target: "application", op: "suspendScreenUpdatingUntilNextSync" }, () => undefined),
  };
  const context = { workbook: { worksheets, tables, comments, application }, application, sync: () => q.sync() };
  return { context: context as unknown as Excel.RequestContext, book };
}
