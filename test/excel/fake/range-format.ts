import type { FakeCell, FakeConditionalFormat, FakeValidation } from "./model";
import { Loadable, type FakeQueue } from "./queue";

/** What a range's format, validation and conditional formats need from their range. */
export interface RangeWriter {
  readonly q: FakeQueue;
  readonly sheet: string;
  /** The range without its sheet ("B2:C4", "C:C"). */
  readonly address: string;
  /** Queues a write of the range (refused on a protected sheet). */
  set(op: string, value: unknown, apply: () => void): void;
  cells(): FakeCell[];
}

/** The common value of a property over the cells of a range, or null where they differ (as Office.js reports). */
function common<T>(cells: FakeCell[], get: (c: FakeCell) => T | undefined): T | null {
  const first = get(cells[0]);
  return cells.every((c) => get(c) === first) ? (first ?? null) : null;
}

const WHOLE_COLUMN = /^([A-Z]{1,3})1:([A-Z]{1,3})1048576$/;

class FillProxy extends Loadable {
  constructor(private readonly w: RangeWriter) {
    super(w.q);
  }
  load(props: string): this {
    this.queueLoad(Loadable.names(props), () => common(this.w.cells(), (c) => c.fill));
    return this;
  }
  set color(v: string) {
    this.w.set("format.fill.color", v, () => this.w.cells().forEach((c) => (c.fill = v)));
  }
  get color(): string {
    return this.read("color");
  }
  clear(): void {
    this.w.set("format.fill.clear", undefined, () => this.w.cells().forEach((c) => delete c.fill));
  }
}

class FontProxy extends Loadable {
  constructor(private readonly w: RangeWriter) {
    super(w.q);
  }
  load(props: string): this {
    const get: Record<string, (c: FakeCell) => unknown> = {
      color: (c) => c.fontColor,
      bold: (c) => c.bold ?? false,
      italic: (c) => c.italic ?? false,
    };
    this.queueLoad(Loadable.names(props), (n) => common(this.w.cells(), get[n] ?? (() => undefined)));
    return this;
  }
  private each(op: string, v: unknown, fn: (c: FakeCell) => void): void {
    this.w.set(`format.font.${op}`, v, () => this.w.cells().forEach(fn));
  }
  set color(v: string) {
    this.each("color", v, (c) => (c.fontColor = v));
  }
  get color(): string {
    return this.read("color");
  }
  set bold(v: boolean) {
    this.each("bold", v, (c) => (c.bold = v));
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set italic(v: boolean) {
    this.each("italic", v, (c) => (c.italic = v));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set size(v: number) {
    this.each("size", v, (c) => (c.fontSize = v));
  }
}

export function makeFormat(w: RangeWriter) {
  const fmt = (op: string, value: unknown, fn: (c: FakeCell) => void) =>
    w.set(`format.${op}`, value, () => w.cells().forEach(fn));
  const border = (index: string, key: "style" | "color", v: string) =>
    fmt(`borders.${index}.${key}`, v, (c) => ((c.borders ??= {})[index] = { ...c.borders?.[index], [key]: v }));
  return {
    fill: new FillProxy(w),
    font: new FontProxy(w),
    borders: {
      getItem: (index: string) => ({
        set style(v: string) {
          border(index, "style", v);
        },
        set color(v: string) {
          border(index, "color", v);
        },
      }),
    },
    set horizontalAlignment(v: string) {
      fmt("horizontalAlignment", v, (c) => (c.horizontalAlignment = v));
    },
    set verticalAlignment(v: string) {
      fmt("verticalAlignment", v, (c) => (c.verticalAlignment = v));
    },
    set wrapText(v: boolean) {
      fmt("wrapText", v, (c) => (c.wrapText = v));
    },
    /** Only on one whole column ("C:C"), as the adapter sets widths. */
    set columnWidth(v: number) {
      w.set("format.columnWidth", v, () => {
        const m = WHOLE_COLUMN.exec(w.address);
        if (!m || m[1] !== m[2])
          throw new Error(`fake: columnWidth is supported on one whole column ("C:C"), not ${w.address}`);
        w.q.book.mustSheet(w.sheet).columnWidths.set(m[1], v);
      });
    },
  };
}

export function makeValidation(w: RangeWriter) {
  const sheet = () => w.q.book.mustSheet(w.sheet);
  const entry = (): FakeValidation => {
    let v = sheet().validations.find((x) => x.range === w.address);
    if (!v) sheet().validations.push((v = { range: w.address }));
    return v;
  };
  const set = (op: string, value: unknown, fn: (v: FakeValidation) => void) =>
    w.set(`dataValidation.${op}`, value, () => fn(entry()));
  return {
    clear: () =>
      w.set(
        "dataValidation.clear",
        undefined,
        () => (sheet().validations = sheet().validations.filter((x) => x.range !== w.address)),
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

export function makeConditionalFormats(w: RangeWriter) {
  return {
    add: (type: string) => {
      const cf: FakeConditionalFormat = { range: w.address, type };
      w.set("conditionalFormats.add", type, () => w.q.book.mustSheet(w.sheet).conditionalFormats.push(cf));
      const set = (op: string, value: unknown, fn: () => void) => w.set(`conditionalFormat.${op}`, value, fn);
      return {
        // Excel.ColorScaleConditionalFormat.criteria (ExcelApi 1.6).
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
    },
  };
}
