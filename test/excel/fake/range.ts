import { DOCS, FakeOfficeError, PAYLOAD_LIMIT, type OfficeShape } from "./office";
import { areaAddress, areaSize, cellKey, intersect, parseArea, qualified, type Area } from "./area";
import { typeEntry, type FakeCell } from "./model";
import { Loadable, type FakeQueue } from "./queue";
import { makeConditionalFormats, makeFormat, makeValidation, type RangeWriter } from "./range-format";

/** Excel sends a blank as "" and a default number format as "General". */
function readCell(c: FakeCell | undefined, prop: string): unknown {
  switch (prop) {
    case "values":
      return c?.value ?? "";
    case "formulas":
      return c?.formula ?? c?.value ?? "";
    case "numberFormat":
      return c?.numberFormat ?? "General";
    default:
      throw new FakeOfficeError("InvalidArgument", `the fake does not read ${prop}`);
  }
}

const GRID_PROPS = new Set(["values", "formulas", "numberFormat"]);
const SHAPE_PROPS = new Set(["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount"]);

/**
 * Excel.Range as the adapters use it. Grids (values, formulas, numberFormat) and the shape
 * (address, indexes, counts) are read only after load() and sync(), as they were at that sync.
 * Writes are queued and refused on a protected sheet. `address` is sheet-qualified, as in
 * Excel ("Sheet1!A1:B4", DOCS.range): code that needs the bare cells must strip the sheet.
 */
export class FakeRange
  extends Loadable
  implements
    OfficeShape<
      Excel.Range,
      | "address"
      | "values"
      | "formulas"
      | "numberFormat"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "cellCount"
      | "isNullObject"
      | "hyperlink"
      | "load"
      | "select"
      | "getCellProperties"
      | "getSpecialCellsOrNullObject"
      | "getSurroundingRegion"
      | "getUsedRangeOrNullObject"
    >
{
  readonly area: Area;
  readonly format;
  readonly dataValidation;
  readonly conditionalFormats;
  readonly isNullObject = false;

  constructor(
    q: FakeQueue,
    readonly sheetName: string,
    address: string,
  ) {
    super(q);
    this.area = parseArea(address);
    const writer: RangeWriter = {
      q,
      sheet: sheetName,
      address: this.local,
      set: (op, value, apply) => this.set(op, value, apply),
      cells: () => this.cells(),
    };
    this.format = makeFormat(writer);
    this.dataValidation = makeValidation(writer);
    this.conditionalFormats = makeConditionalFormats(writer);
  }

  /** The address without the sheet ("B2:C4"): the fake's own bookkeeping, not an Office.js member. */
  get local(): string {
    return areaAddress(this.area);
  }

  /** Also takes Office.js paths such as "format/fill/color"; grids are measured against 5 MB. */
  load(props?: string | string[] | { select?: string }): this {
    const names = Loadable.names(props ?? "values");
    const own: string[] = [];
    for (const name of names) {
      const m = /^format\/(fill|font)\/(\w+)$/.exec(name);
      if (m) this.format[m[1] as "fill" | "font"].load(m[2]);
      else if (GRID_PROPS.has(name) || SHAPE_PROPS.has(name)) own.push(name);
      else throw new FakeOfficeError("InvalidArgument", `the fake cannot load ${name}`);
    }
    this.queueLoad(own, (name) => (GRID_PROPS.has(name) ? this.grid(name) : this.shape(name)));
    return this;
  }

  private shape(name: string): unknown {
    const { rows, cols, cells } = areaSize(this.area);
    const shape: Record<string, unknown> = {
      address: qualified(this.sheetName, this.area),
      rowIndex: this.area.top,
      columnIndex: this.area.left,
      rowCount: rows,
      columnCount: cols,
      cellCount: cells,
    };
    return shape[name];
  }

  /**
   * A grid as Excel sends it. One far over 5 MB (a whole column of blanks is 3 bytes a cell)
   * is not built: a placeholder of its least size stands for it, and the sync refuses it.
   */
  private grid(prop: string): unknown {
    const { cells } = areaSize(this.area);
    if (cells * 3 > PAYLOAD_LIMIT) return { oversized: " ".repeat(cells * 3) };
    const stored = this.q.book.mustSheet(this.sheetName).cells;
    const out: unknown[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(readCell(stored.get(cellKey(r, c)), prop));
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  private cells(): FakeCell[] {
    const out: FakeCell[] = [];
    this.eachCell((c) => out.push(c));
    return out;
  }
  private eachCell(fn: (c: FakeCell, r: number, k: number) => void): void {
    const { cells } = areaSize(this.area);
    if (cells > 1_000_000) throw new FakeOfficeError("InvalidArgument", `the fake does not write ${cells} cells`);
    for (let r = this.area.top; r <= this.area.bottom; r++)
      for (let c = this.area.left; c <= this.area.right; c++)
        fn(this.q.book.cell(this.sheetName, cellKey(r, c)), r - this.area.top, c - this.area.left);
  }
  private set(op: string, value: unknown, apply: () => void): void {
    this.q.queue({ target: "range", op, sheet: this.sheetName, address: this.local, value }, apply, {
      writes: this.sheetName,
    });
  }
  private checkShape(grid: unknown): void {
    const { rows, cols } = areaSize(this.area);
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols))
      throw new FakeOfficeError("InvalidArgument", `a ${rows}x${cols} range was given a grid of another size`);
  }
  private setGrid(op: string, grid: unknown[][], fn: (c: FakeCell, v: unknown) => void): void {
    this.set(op, grid, () => {
      this.checkShape(grid);
      this.eachCell((c, r, k) => fn(c, grid[r][k]));
    });
  }

  set formulas(grid: unknown[][]) {
    this.setGrid("formulas", grid, typeEntry);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  /** Values are typed like formulas: "=1" becomes a formula, "#N/A" an error (DOCS.range). */
  set values(grid: unknown[][]) {
    this.setGrid("values", grid, typeEntry);
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set numberFormat(grid: unknown[][]) {
    this.setGrid("numberFormat", grid, (c, v) => {
      if (v !== null) c.numberFormat = String(v);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.set("hyperlink", link, () =>
      this.eachCell((c) => {
        c.hyperlink = link;
        if (link.textToDisplay !== undefined) typeEntry(c, `'${link.textToDisplay}`);
      }),
    );
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.read("hyperlink");
  }

  select(): void {
    this.q.queue({ target: "range", op: "select", sheet: this.sheetName, address: this.local }, () => undefined);
  }

  /** Only `format.fill.color` and `pattern` are modelled: a cell without a fill reads as white, pattern None. */
  getCellProperties(_options: Excel.CellPropertiesLoadOptions): { readonly value: Excel.CellProperties[][] } {
    const result: { value: Excel.CellProperties[][] } = {
      get value(): Excel.CellProperties[][] {
        throw new FakeOfficeError("PropertyNotLoaded", `getCellProperties().value before sync (${DOCS.load})`);
      },
    };
    this.q.onSync(() => {
      const grid: Excel.CellProperties[][] = [];
      this.eachCell((c, r) => {
        (grid[r] ??= []).push({
          format: { fill: { color: c.fill ?? "#FFFFFF", pattern: c.fill ? "Solid" : "None" } },
        });
      });
      return { data: grid, commit: () => Object.defineProperty(result, "value", { value: grid }) };
    });
    return result;
  }

  /** Formula cells of the range, as one sheet-qualified list of single cells (a RangeAreas' address). */
  getSpecialCellsOrNullObject(cellType: string): FakeAreas {
    if (cellType !== "Formulas") throw new FakeOfficeError("InvalidArgument", `fake: special cells ${cellType}`);
    return new FakeAreas(this.q, () => {
      const found: string[] = [];
      const used = this.q.book.usedArea(this.sheetName);
      const area = used && intersect(used, this.area);
      if (!area) return found;
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          if (this.q.book.mustSheet(this.sheetName).cells.get(cellKey(r, c))?.formula !== undefined)
            found.push(qualified(this.sheetName, { top: r, left: c, bottom: r, right: c }));
      return found;
    });
  }

  /**
   * The surrounding region of the range's top-left cell: grown while any cell next to it
   * (corners included) holds something, so bounded by blank rows and columns (DOCS.range,
   * getSurroundingRegion).
   */
  getSurroundingRegion(): FakeRange {
    const stored = this.q.book.mustSheet(this.sheetName).cells;
    const filled = (r: number, c: number) => {
      if (r < 0 || c < 0) return false;
      const cell = stored.get(cellKey(r, c));
      return cell !== undefined && ((cell.value !== null && cell.value !== "") || cell.formula !== undefined);
    };
    let { top, left } = this.area;
    let [bottom, right] = [top, left];
    for (let grown = true; grown;) {
      grown = false;
      const rowHas = (r: number) =>
        Array.from({ length: right - left + 3 }, (_, k) => left - 1 + k).some((c) => filled(r, c));
      const colHas = (c: number) =>
        Array.from({ length: bottom - top + 3 }, (_, k) => top - 1 + k).some((r) => filled(r, c));
      if (top > 0 && rowHas(top - 1)) [top, grown] = [top - 1, true];
      if (rowHas(bottom + 1)) [bottom, grown] = [bottom + 1, true];
      if (left > 0 && colHas(left - 1)) [left, grown] = [left - 1, true];
      if (colHas(right + 1)) [right, grown] = [right + 1, true];
    }
    return new FakeRange(this.q, this.sheetName, areaAddress({ top, left, bottom, right }));
  }

  /** The used cells within this range (DOCS.range, getUsedRangeOrNullObject): a null object when none. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange | FakeNullRange {
    const used = this.q.book.usedArea(this.sheetName);
    const area = used && intersect(used, this.area);
    return area ? new FakeRange(this.q, this.sheetName, areaAddress(area)) : new FakeNullRange(this.q);
  }
}

/** A null object (isNullObject true once synced; DOCS.errors, *OrNullObject). */
export class FakeNullRange extends Loadable {
  constructor(q: FakeQueue) {
    super(q);
  }
  load(_props?: unknown): this {
    this.queueLoad(["isNullObject"], () => true);
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

/** Excel.RangeAreas of getSpecialCellsOrNullObject: its address lists the areas, or it is a null object. */
export class FakeAreas extends Loadable implements OfficeShape<Excel.RangeAreas, "address" | "isNullObject" | "load"> {
  constructor(
    q: FakeQueue,
    private readonly find: () => string[],
  ) {
    super(q);
  }
  load(_props?: unknown): this {
    this.queueLoad(["address", "isNullObject"], (name) => {
      const found = this.find();
      return name === "address" ? found.join(",") : found.length === 0;
    });
    return this;
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}
