import { parseRange, rangeSize } from "../../../src/core/plan/address";
import {
  typeEntry,
  type FakeBook,
  type FakeCall,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeValidation,
} from "./model";

/** What fake proxies need from their context: the book and the queue of the next sync. */
export interface FakeQueue {
  readonly book: FakeBook;
  /** Records a call now and applies it to the book at the next sync, as Office.js batches it. */
  queue(call: Omit<FakeCall, "batch">, apply: () => void): void;
  /** Registers a read resolved at the next sync. */
  onSync(read: () => void): void;
}

const WHOLE_COLUMNS = /^([A-Z]{1,3}):([A-Z]{1,3})$/;

function checkShape(address: string, grid: unknown): void {
  const { rows, cols } = rangeSize(parseRange(address));
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new Error(`InvalidArgument: a ${rows}x${cols} range was given a grid of another size`);
  }
}

/** A property that may be read only after load() and sync(), as in Office.js. */
class Loadable {
  protected loaded = new Set<string>();
  constructor(protected readonly q: FakeQueue) {}
  load(props: string | string[]): this {
    const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.q.onSync(() => names.forEach((n) => this.loaded.add(n)));
    return this;
  }
  protected read<T>(name: string, get: () => T): T {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name} was read without load() and sync()`);
    return get();
  }
}

/** The common value of a property over the cells of a range, or null where they differ (as Office.js reports). */
function common<T>(cells: FakeCell[], get: (c: FakeCell) => T | undefined): T | null {
  const first = get(cells[0]);
  return cells.every((c) => get(c) === first) ? (first ?? null) : null;
}

export class FakeRange extends Loadable {
  readonly format: ReturnType<FakeRange["makeFormat"]>;
  readonly dataValidation: ReturnType<FakeRange["makeValidation"]>;
  readonly conditionalFormats = { add: (type: string) => this.addConditionalFormat(type) };

  constructor(
    q: FakeQueue,
    readonly sheetName: string,
    readonly address: string,
  ) {
    super(q);
    this.format = this.makeFormat();
    this.dataValidation = this.makeValidation();
  }

  /** Also takes Office.js paths such as "format/fill/color" or "format/font/bold". */
  override load(props: string | string[]): this {
    const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    for (const name of names) {
      const m = /^format\/(fill|font)\/(\w+)$/.exec(name);
      if (m) this.format[m[1] as "fill" | "font"].load(m[2]);
      else super.load(name);
    }
    return this;
  }

  private cells(): FakeCell[] {
    const out: FakeCell[] = [];
    this.q.book.eachCell(this.sheetName, this.address, (c) => out.push(c));
    return out;
  }
  private grid<T>(get: (c: FakeCell) => T): T[][] {
    const { rows, cols } = rangeSize(parseRange(this.address));
    const out: T[][] = Array.from({ length: rows }, () => new Array<T>(cols));
    this.q.book.eachCell(this.sheetName, this.address, (c, r, k) => (out[r][k] = get(c)));
    return out;
  }
  private set(op: string, value: unknown, apply: () => void): void {
    this.q.queue({ target: "range", op, sheet: this.sheetName, address: this.address, value }, apply);
  }
  private setEach(op: string, value: unknown, fn: (c: FakeCell) => void): void {
    this.set(op, value, () => this.q.book.eachCell(this.sheetName, this.address, fn));
  }

  set formulas(grid: unknown[][]) {
    this.set("formulas", grid, () => {
      checkShape(this.address, grid);
      this.q.book.eachCell(this.sheetName, this.address, (c, r, k) => typeEntry(c, grid[r][k]));
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas", () => this.grid((c) => c.formula ?? c.value ?? ""));
  }
  set values(grid: unknown[][]) {
    this.set("values", grid, () => {
      checkShape(this.address, grid);
      this.q.book.eachCell(this.sheetName, this.address, (c, r, k) => typeEntry(c, grid[r][k]));
    });
  }
  get values(): unknown[][] {
    return this.read("values", () => this.grid((c) => c.value ?? ""));
  }
  set numberFormat(grid: string[][]) {
    this.set("numberFormat", grid, () => {
      checkShape(this.address, grid);
      this.q.book.eachCell(this.sheetName, this.address, (c, r, k) => (c.numberFormat = grid[r][k]));
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat", () => this.grid((c) => c.numberFormat ?? "General"));
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.setEach("hyperlink", link, (c) => {
      c.hyperlink = link;
      if (link.textToDisplay !== undefined) typeEntry(c, `'${link.textToDisplay}`);
    });
  }

  private makeFormat() {
    const fmt = (op: string, value: unknown, fn: (c: FakeCell) => void) => this.setEach(`format.${op}`, value, fn);
    const cells = () => this.cells();
    const setWidth = (v: number) =>
      this.set("format.columnWidth", v, () => {
        const m = WHOLE_COLUMNS.exec(this.address);
        if (!m || m[1] !== m[2])
          throw new Error(`fake: columnWidth is supported on one whole column ("C:C"), not ${this.address}`);
        this.q.book.mustSheet(this.sheetName).columnWidths.set(m[1], v);
      });
    const fill = new (class extends Loadable {
      set color(v: string) {
        fmt("fill.color", v, (c) => (c.fill = v));
      }
      get color(): string {
        return this.read("color", () => common(cells(), (c) => c.fill) as string);
      }
      clear() {
        fmt("fill.clear", undefined, (c) => delete c.fill);
      }
    })(this.q);
    const font = new (class extends Loadable {
      set color(v: string) {
        fmt("font.color", v, (c) => (c.fontColor = v));
      }
      get color(): string {
        return this.read("color", () => common(cells(), (c) => c.fontColor) as string);
      }
      set bold(v: boolean) {
        fmt("font.bold", v, (c) => (c.bold = v));
      }
      get bold(): boolean {
        return this.read("bold", () => common(cells(), (c) => c.bold ?? false) as boolean);
      }
      set italic(v: boolean) {
        fmt("font.italic", v, (c) => (c.italic = v));
      }
      get italic(): boolean {
        return this.read("italic", () => common(cells(), (c) => c.italic ?? false) as boolean);
      }
      set size(v: number) {
        fmt("font.size", v, (c) => (c.fontSize = v));
      }
    })(this.q);
    const borders = {
      getItem: (index: string) => ({
        set style(v: string) {
          fmt(`borders.${index}.style`, v, (c) => ((c.borders ??= {})[index] = { ...c.borders?.[index], style: v }));
        },
        set color(v: string) {
          fmt(`borders.${index}.color`, v, (c) => ((c.borders ??= {})[index] = { ...c.borders?.[index], color: v }));
        },
      }),
    };
    return {
      fill,
      font,
      borders,
      set horizontalAlignment(v: string) {
        fmt("horizontalAlignment", v, (c) => (c.horizontalAlignment = v));
      },
      set verticalAlignment(v: string) {
        fmt("verticalAlignment", v, (c) => (c.verticalAlignment = v));
      },
      set wrapText(v: boolean) {
        fmt("wrapText", v, (c) => (c.wrapText = v));
      },
      set columnWidth(v: number) {
        setWidth(v);
      },
    };
  }

  private makeValidation() {
    const entry = (): FakeValidation => {
      const s = this.q.book.mustSheet(this.sheetName);
      let v = s.validations.find((x) => x.range === this.address);
      if (!v) s.validations.push((v = { range: this.address }));
      return v;
    };
    const set = (op: string, value: unknown, fn: (v: FakeValidation) => void) =>
      this.set(`dataValidation.${op}`, value, () => fn(entry()));
    const sheet = () => this.q.book.mustSheet(this.sheetName);
    return {
      clear: () =>
        this.set(
          "dataValidation.clear",
          undefined,
          () => (sheet().validations = sheet().validations.filter((x) => x.range !== this.address)),
        ),
      set ignoreBlanks(b: boolean) {
        set("ignoreBlanks", b, (v) => (v.ignoreBlanks = b));
      },
      set rule(r: Excel.DataValidationRule) {
        set("rule", r, (v) => (v.rule = r));
      },
      set errorAlert(a: Excel.DataValidationErrorAlert) {
        set("errorAlert", a, (v) => (v.errorAlert = a));
      },
    };
  }

  private addConditionalFormat(type: string) {
    const cf: FakeConditionalFormat = { range: this.address, type };
    this.set("conditionalFormats.add", type, () => this.q.book.mustSheet(this.sheetName).conditionalFormats.push(cf));
    const set = (op: string, value: unknown, fn: () => void) => this.set(`conditionalFormat.${op}`, value, fn);
    return {
      colorScale: {
        set criteria(c: unknown) {
          set("colorScale.criteria", c, () => (cf.colorScale = c));
        },
      },
      custom: {
        rule: {
          set formula(f: string) {
            set("custom.rule.formula", f, () => (cf.formula = f));
          },
        },
        format: {
          fill: {
            set color(v: string) {
              set("custom.format.fill.color", v, () => (cf.fill = v));
            },
          },
          font: {
            set color(v: string) {
              set("custom.format.font.color", v, () => (cf.fontColor = v));
            },
            set bold(v: boolean) {
              set("custom.format.font.bold", v, () => (cf.bold = v));
            },
          },
        },
      },
      set priority(p: number) {
        set("priority", p, () => (cf.priority = p));
      },
      set stopIfTrue(b: boolean) {
        set("stopIfTrue", b, () => (cf.stopIfTrue = b));
      },
    };
  }
}
