import { areaAddress, parseArea, qualified } from "./area";
import type { FakeChart } from "./model";
import { DOCS, FakeOfficeError, type OfficeShape } from "./office";
import { Loadable, type FakeQueue } from "./queue";
import { FakeNullRange, FakeRange } from "./range";

/** The cell of a note key or a Range: "Sheet1!C4" or a range give "C4". */
function localCell(cell: FakeRange | string): string {
  if (typeof cell !== "string") return cell.local;
  return areaAddress(parseArea(cell.includes("!") ? cell.slice(cell.lastIndexOf("!") + 1) : cell));
}

/**
 * Worksheet notes (DOCS.notes, ExcelApi 1.18): `add` on a cell that already has a note fails
 * (remove the old one first); `getItem` of a cell without one fails at sync. Notes are not
 * comments: each collection sees only its own (DOCS.comments).
 */
class FakeNotes {
  constructor(
    private readonly q: FakeQueue,
    private readonly sheet: string,
  ) {}
  private call(op: string, address: string, value: unknown, apply: () => void, write = true): void {
    this.q.queue({ target: "notes", op, sheet: this.sheet, address, value }, apply, {
      needs: "1.18",
      writes: write ? this.sheet : undefined,
    });
  }
  add(cell: FakeRange | string, content: string): void {
    const address = localCell(cell);
    this.call("add", address, content, () => {
      const c = this.q.book.cell(this.sheet, address);
      if (c.note !== undefined)
        throw new FakeOfficeError("InvalidArgument", `${address} already has a note (${DOCS.notes})`);
      c.note = content;
    });
  }
  getItem(key: string) {
    const address = localCell(key);
    return {
      delete: () =>
        this.call("delete", address, undefined, () => {
          const c = this.q.book.cell(this.sheet, address);
          if (c.note === undefined) throw new FakeOfficeError("ItemNotFound", `no note at ${key}`);
          delete c.note;
        }),
    };
  }
  getItemOrNullObject(key: string): NoteOrNull {
    return new NoteOrNull(this.q, () => this.q.book.mustSheet(this.sheet).cells.get(localCell(key))?.note);
  }
}

class NoteOrNull extends Loadable {
  constructor(
    q: FakeQueue,
    private readonly find: () => string | undefined,
  ) {
    super(q);
  }
  load(_props?: unknown): this {
    this.queueLoad(["content", "isNullObject"], (n) =>
      n === "content" ? (this.find() ?? null) : this.find() === undefined,
    );
    return this;
  }
  get content(): string {
    return this.read("content");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

/** WorksheetProtection (DOCS.protection): `protected` is read after load like any property. */
class FakeProtection extends Loadable {
  constructor(
    q: FakeQueue,
    private readonly sheet: string,
  ) {
    super(q);
  }
  load(_props?: unknown): this {
    // A null object's properties come back null (DOCS.errors, *OrNullObject methods).
    this.queueLoad(["protected"], () => this.q.book.sheet(this.sheet)?.protected ?? null);
    return this;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

export class FakeWorksheet
  extends Loadable
  implements
    OfficeShape<
      Excel.Worksheet,
      | "name"
      | "load"
      | "getRange"
      | "getRangeByIndexes"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "visibility"
      | "activate"
      | "delete"
      | "isNullObject"
      | "position"
    >
{
  readonly tables;
  readonly charts;
  readonly notes: FakeNotes;
  readonly protection: FakeProtection;
  readonly freezePanes;
  readonly pageLayout;

  /** From getItemOrNullObject: after the next sync, isNullObject says whether the sheet exists. */
  constructor(
    q: FakeQueue,
    readonly sheetName: string,
    orNull = false,
  ) {
    super(q);
    if (orNull) this.queueLoad(["isNullObject"], () => q.book.sheet(sheetName) === undefined);
    const call = (target: string, op: string, value: unknown, apply: () => void, address?: string) =>
      q.queue({ target, op, sheet: sheetName, address, value }, apply, { writes: sheetName });
    const sheet = () => q.book.mustSheet(sheetName);
    this.notes = new FakeNotes(q, sheetName);
    this.protection = new FakeProtection(q, sheetName);
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        const range = areaAddress(parseArea(address));
        const table = { name: "", sheet: sheetName, range };
        const find = () => q.book.tables.find((t) => t.sheet === sheetName && t.range === range);
        call(
          "tables",
          "add",
          { address, hasHeaders },
          () => q.book.tables.push({ ...table, name: `Table${q.book.tables.length + 1}` }),
          address,
        );
        return {
          /** A table name must be unique among tables and defined names (DOCS.tables, DOCS.names). */
          set name(n: string) {
            call(
              "table",
              "name",
              n,
              () => {
                const clash =
                  q.book.tables.some((t) => t.name.toLowerCase() === n.toLowerCase() && t !== find()) ||
                  q.book.names.some((d) => d.toLowerCase() === n.toLowerCase());
                if (clash) throw new FakeOfficeError("InvalidArgument", `the name ${n} is taken (${DOCS.tables})`);
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
    this.charts = {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart: FakeChart = { type, data: source.local, seriesBy };
        // Excel.ChartType: the funnel type (with treemap, sunburst...) arrived in ExcelApi 1.9.
        q.queue(
          { target: "charts", op: "add", sheet: sheetName, address: source.local, value: { type, seriesBy } },
          () => sheet().charts.push(chart),
          { writes: sheetName, ...(type === "Funnel" ? { needs: "1.9" } : {}) },
        );
        const since17 = (op: string, value: unknown, apply: () => void) =>
          q.queue({ target: "chart", op, sheet: sheetName, value }, apply, { writes: sheetName, needs: "1.7" });
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
            set position(p: string) {
              call("chart", "legendPosition", p, () => (chart.legendPosition = p));
            },
          },
          dataLabels: {
            set showPercentage(v: boolean) {
              call("chart", "showPercentage", v, () => (chart.showPercentage = v));
            },
            set showValue(v: boolean) {
              call("chart", "showValue", v, () => (chart.showValue = v));
            },
          },
          series: {
            getItemAt: (i: number) => {
              const color = (c: string) => () => (chart.seriesColors = { ...chart.seriesColors, [i]: c });
              return {
                // Excel.ChartSeries.setXAxisValues (ExcelApi 1.7): the series' x-axis values from a range.
                setXAxisValues: (range: FakeRange) =>
                  since17("series.setXAxisValues", { index: i, range: range.local }, () => {
                    chart.xAxisValues = { ...chart.xAxisValues, [i]: range.local };
                  }),
                format: {
                  fill: { setSolidColor: (c: string) => call("chartSeries", "fill", { i, c }, color(c)) },
                  line: {
                    set color(c: string) {
                      call("chartSeries", "line", { i, c }, color(c));
                    },
                  },
                },
                points: {
                  getItemAt: (j: number) => ({
                    format: {
                      fill: {
                        setSolidColor: (c: string) =>
                          call(
                            "chartPoint",
                            "fill",
                            { j, c },
                            () => (chart.pointColors = { ...chart.pointColors, [j]: c }),
                          ),
                      },
                    },
                  }),
                },
              };
            },
          },
          setPosition: (start: string, end?: string) => {
            const at = end ? `${start}:${end}` : start;
            call("chart", "setPosition", at, () => (chart.position = at));
          },
          // Excel.ChartAxis.reversePlotOrder (ExcelApi 1.7): categories drawn in reverse order.
          axes: {
            categoryAxis: {
              set reversePlotOrder(v: boolean) {
                since17("categoryAxis.reversePlotOrder", v, () => (chart.reversePlotOrder = v));
              },
            },
          },
        };
      },
    };
    const layout = (op: string, value: unknown, apply: () => void) =>
      q.queue({ target: "pageLayout", op, sheet: sheetName, value }, apply, { needs: "1.9", writes: sheetName });
    const pl = () => sheet().pageLayout;
    const footer = {
      set leftFooter(v: string) {
        layout("leftFooter", v, () => (pl().leftFooter = v));
      },
      set rightFooter(v: string) {
        layout("rightFooter", v, () => (pl().rightFooter = v));
      },
    };
    /** Worksheet.pageLayout (DOCS.pageLayout, ExcelApi 1.9). */
    this.pageLayout = {
      set orientation(v: string) {
        layout("orientation", v, () => (pl().orientation = v));
      },
      set zoom(v: Excel.PageLayoutZoomOptions) {
        layout("zoom", v, () => (pl().zoom = v));
      },
      setPrintTitleRows: (rows: string) => layout("setPrintTitleRows", rows, () => (pl().printTitleRows = rows)),
      headersFooters: { defaultForAllPages: footer },
    };
    this.freezePanes = {
      unfreeze: () => call("freezePanes", "unfreeze", undefined, () => (sheet().frozen = { rows: 0, columns: 0 })),
      freezeRows: (n = 1) => call("freezePanes", "freezeRows", n, () => (sheet().frozen = { rows: n, columns: 0 })),
      freezeColumns: (n = 1) =>
        call("freezePanes", "freezeColumns", n, () => (sheet().frozen = { rows: 0, columns: n })),
      freezeAt: (address: string) => {
        const end = parseArea(address);
        call(
          "freezePanes",
          "freezeAt",
          address,
          () => (sheet().frozen = { rows: end.bottom + 1, columns: end.right + 1 }),
        );
      },
    };
  }

  get name(): string {
    return this.read("name");
  }
  /** Known after a sync for an *OrNullObject proxy (no load needed); a plain getItem is never null. */
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  /** "name", and "protection/protected" (the path form loads the protection object's property). */
  load(props?: string | string[] | { select?: string }): this {
    const names = Loadable.names(props ?? "name");
    if (names.includes("protection/protected")) this.protection.load("protected");
    const own = names.filter((n) => n !== "protection/protected");
    for (const n of own) if (n !== "name") throw new FakeOfficeError("InvalidArgument", `the fake cannot load ${n}`);
    if (own.length > 0) this.queueLoad(["name"], () => this.q.book.mustSheet(this.sheetName).name);
    return this;
  }
  getRange(address = "A1:XFD1048576"): FakeRange {
    return new FakeRange(this.q, this.sheetName, address);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(
      this.q,
      this.sheetName,
      areaAddress({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }),
    );
  }
  /** The used range, or a null object on an empty sheet (DOCS.range). */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange | FakeNullRange {
    const used = this.q.book.usedArea(this.sheetName);
    return used ? new FakeRange(this.q, this.sheetName, areaAddress(used)) : new FakeNullRange(this.q);
  }
  /** Excel answers A1 for an empty sheet's used range. */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    const used = this.q.book.usedArea(this.sheetName);
    return new FakeRange(this.q, this.sheetName, used ? areaAddress(used) : "A1");
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.q.queue(
      { target: "worksheet", op: "visibility", sheet: this.sheetName, value: v },
      () => (this.q.book.mustSheet(this.sheetName).visibility = v),
      { structure: true },
    );
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  /**
   * The zero-based position of the sheet in the workbook; setting it moves the sheet there
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-position-member).
   * Reading it needs a load like any property.
   */
  set position(p: number) {
    this.q.queue(
      { target: "worksheet", op: "position", sheet: this.sheetName, value: p },
      () => {
        const sheets = this.q.book.sheets;
        const s = this.q.book.mustSheet(this.sheetName);
        if (!Number.isInteger(p) || p < 0 || p >= sheets.length)
          throw new FakeOfficeError("InvalidArgument", `position ${p} is not in 0..${sheets.length - 1}`);
        sheets.splice(sheets.indexOf(s), 1);
        sheets.splice(p, 0, s);
      },
      { structure: true },
    );
  }
  get position(): number {
    return this.read("position");
  }
  activate(): void {
    this.q.queue({ target: "worksheet", op: "activate", sheet: this.sheetName }, () =>
      this.q.book.sheets.forEach((s) => (s.active = s.name === this.sheetName)),
    );
  }
  /** A very hidden sheet cannot be deleted: InvalidOperation (DOCS.worksheet); show it first. */
  delete(): void {
    this.q.queue(
      { target: "worksheet", op: "delete", sheet: this.sheetName },
      () => {
        const s = this.q.book.mustSheet(this.sheetName);
        if (s.visibility === "VeryHidden")
          throw new FakeOfficeError(
            "InvalidOperation",
            `a very hidden sheet cannot be deleted: ${this.sheetName} (${DOCS.worksheet})`,
          );
        this.q.book.sheets.splice(this.q.book.sheets.indexOf(s), 1);
      },
      { structure: true },
    );
  }
}

export { qualified };
