/**
 * The reads the data checks make, added to the recording fake of Office.js (../fake):
 * the active sheet, its used range, ranges by index, formula cells, per-cell fill
 * properties, notes by cell, the selection and the region around it. Reads resolve at
 * the next sync, as in Office.js, and every sync is counted by the fake's book.
 */
import { cellAddress, parseRange, rangeAddress } from "../../../src/core/plan/address";
import { createFakeExcel, type FakeBook, type FakeExcel } from "../fake";
import type { FakeQueue } from "../fake/range";

type Any = Record<string, unknown>;

function bounds(
  book: FakeBook,
  sheet: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  let b: { top: number; left: number; bottom: number; right: number } | undefined;
  for (const [address, cell] of book.mustSheet(sheet).cells) {
    if ((cell.value === null || cell.value === "") && cell.formula === undefined) continue;
    const { start } = parseRange(address);
    b = b
      ? {
          top: Math.min(b.top, start.row),
          left: Math.min(b.left, start.col),
          bottom: Math.max(b.bottom, start.row),
          right: Math.max(b.right, start.col),
        }
      : { top: start.row, left: start.col, bottom: start.row, right: start.col };
  }
  return b;
}

/** A loadable object whose properties are computed at the next sync. */
function lazy(q: FakeQueue, compute: () => Any): Any {
  const target: Any = {};
  target.load = () => {
    q.onSync(() => Object.assign(target, compute()));
    return target;
  };
  return target;
}

function extendRange(q: FakeQueue, book: FakeBook, range: Any, sheet: string, address: string): Any {
  if (/^[A-Z]+:[A-Z]+$/.test(address)) return range; // whole columns: only written to
  const r = parseRange(address);
  const shape = () => ({
    isNullObject: false,
    rowIndex: r.start.row,
    columnIndex: r.start.col,
    rowCount: r.end.row - r.start.row + 1,
    columnCount: r.end.col - r.start.col + 1,
    cellCount: (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1),
  });
  const load = range.load as (p: string) => Any;
  range.load = (props: string) => {
    load.call(
      range,
      props
        .split(",")
        .map((p) => p.trim())
        .filter((p) => ["values", "formulas", "numberFormat"].includes(p))
        .join(",") || "values",
    );
    q.onSync(() => Object.assign(range, shape()));
    return range;
  };
  range.getSpecialCellsOrNullObject = (type: string) =>
    lazy(q, () => {
      if (type !== "Formulas") throw new Error(`fake: special cells ${type}`);
      const areas: string[] = [];
      book.eachCell(sheet, address, (c, dr, dc) => {
        if (c.formula !== undefined)
          areas.push(`${sheet}!${cellAddress({ row: r.start.row + dr, col: r.start.col + dc })}`);
      });
      return { isNullObject: areas.length === 0, address: areas.join(",") };
    });
  range.getCellProperties = () => {
    const result: Any = {};
    q.onSync(() => {
      const grid: Any[][] = [];
      book.eachCell(sheet, address, (c, dr, dc) => {
        (grid[dr] ??= [])[dc] = {
          format: { fill: { color: c.fill ?? "#FFFFFF", pattern: c.fill ? "Solid" : "None" } },
        };
      });
      result.value = grid;
    });
    return result;
  };
  range.getSurroundingRegion = () => {
    const b = bounds(book, sheet)!;
    const region = rangeAddress({ start: { row: b.top, col: b.left }, end: { row: b.bottom, col: b.right } });
    return makeRange(q, book, sheet, region);
  };
  return range;
}

function makeRange(q: FakeQueue, book: FakeBook, sheet: string, address: string): Any {
  const ws = (rawSheets.get(q) as (n: string) => Any)(sheet);
  return extendRange(q, book, (ws.getRange as (a: string) => Any)(address), sheet, address);
}

const rawSheets = new WeakMap<FakeQueue, (name: string) => Any>();

function extendSheet(q: FakeQueue, book: FakeBook, ws: Any, name: string): Any {
  ws.getUsedRangeOrNullObject = () => {
    const b = bounds(book, name);
    if (!b) return lazy(q, () => ({ isNullObject: true }));
    return makeRange(
      q,
      book,
      name,
      rangeAddress({ start: { row: b.top, col: b.left }, end: { row: b.bottom, col: b.right } }),
    );
  };
  ws.getUsedRange = () => {
    const b = bounds(book, name);
    if (!b) throw new Error(`ItemNotFound: sheet ${name} is empty`);
    return (ws.getUsedRangeOrNullObject as () => Any)();
  };
  ws.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) =>
    makeRange(q, book, name, rangeAddress({ start: { row, col }, end: { row: row + rows - 1, col: col + cols - 1 } }));
  const range = ws.getRange as (a: string) => Any;
  ws.getRange = (address: string) => {
    const r = range.call(ws, address) as Any;
    r.select = () => q.queue({ target: "range", op: "select", sheet: name, address }, () => undefined);
    return extendRange(q, book, r, name, address.toUpperCase());
  };
  const notes = ws.notes as Any;
  notes.getItemOrNullObject = (key: string) =>
    lazy(q, () => {
      const local = key.includes("!") ? key.slice(key.lastIndexOf("!") + 1) : key;
      const note = book.mustSheet(name).cells.get(local)?.note;
      return note === undefined ? { isNullObject: true } : { isNullObject: false, content: note };
    });
  return ws;
}

/** The fake with reads; `active` is the active sheet, `selection` the selected range. */
export function createFakeExcelWithReads(sheets: string[], active: string, selection = "A1"): FakeExcel {
  const fake = createFakeExcel({ sheets });
  const workbook = (fake.context as unknown as { workbook: Any }).workbook;
  const worksheets = workbook.worksheets as Any;
  const getItem = worksheets.getItem as (n: string) => Any;
  const add = worksheets.add as (n: string) => Any;
  const q = (getItem(sheets[0]) as { q: FakeQueue }).q;
  rawSheets.set(q, (n) => getItem(n));
  worksheets.getItem = (n: string) => extendSheet(q, fake.book, getItem(n), n);
  worksheets.add = (n: string) => extendSheet(q, fake.book, add(n), n);
  worksheets.getItemOrNullObject = (n: string) => {
    const ws = extendSheet(q, fake.book, getItem(n), n);
    const used = ws.getUsedRangeOrNullObject as () => Any;
    ws.getUsedRangeOrNullObject = () => (fake.book.sheet(n) ? used() : lazy(q, () => ({ isNullObject: true })));
    return ws;
  };
  worksheets.getActiveWorksheet = () => (worksheets.getItem as (n: string) => Any)(active);
  workbook.getSelectedRange = () => makeRange(q, fake.book, active, selection);
  workbook.getActiveCell = () => makeRange(q, fake.book, active, selection.split(":")[0]);
  return fake;
}
