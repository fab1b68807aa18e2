import { LIMITS, overLimit } from "../core/limits";
import { breach, damaged } from "./problem";
import { TextCollector } from "./strings";
import type { XmlHandlers } from "./xml";

/** One `<c>` of a worksheet as written: where, its type and style, and its value text. */
export interface SheetCell {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  /** The `t` attribute: "s", "str", "inlineStr", "b", "e", "d" or "n" (absent). */
  readonly type: string;
  /** The `s` attribute: index into the cell formats; 0 when absent. */
  readonly style: number;
  /** `<v>` text, or the inline string's text; undefined when the cell has no value. */
  readonly value: string | undefined;
  readonly formula: boolean;
}

/** "B7" -> {row 6, col 1}; rows and columns beyond Excel's grid are a limit breach. Parsed by char codes: it runs once per cell. */
export function parseRef(ref: string, part: string): { row: number; col: number } {
  let k = 0;
  let col = 0;
  for (; k < ref.length && k < 5; k++) {
    const ch = ref.charCodeAt(k) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  let row = 0;
  const digits = ref.length - k;
  for (let j = k; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) {
      row = -1;
      break;
    }
    row = row * 10 + d;
  }
  if (k === 0 || k > 4 || digits < 1 || digits > 9 || row < 0)
    throw damaged("package.badXml", { part, reason: `cell reference "${ref.slice(0, 20)}" is not A1 style` });
  if (col > LIMITS.columns || row > LIMITS.rows) {
    const where = `${part} ${ref}`;
    const over = overLimit("columns", col, where) ?? overLimit("rows", row, where);
    if (over) throw breach(over);
  }
  if (row < 1) throw damaged("package.badXml", { part, reason: `cell reference "${ref}" has row 0` });
  return { row: row - 1, col: col - 1 };
}

/** "A1:XFD1048576" as declared by `<dimension>`: checked against Excel's grid, never allocated. */
function checkDimension(ref: string, part: string): void {
  for (const end of ref.split(":")) if (end !== "") parseRef(end.replace(/\$/g, ""), part);
}

/**
 * Handlers for a worksheet part: every `<c>` in document order, handed to `onCell` as it
 * closes. Rows and cells without an `r` attribute follow the one before, as the format
 * allows. Nothing is kept here but the cell being read.
 */
export function sheetReader(part: string, onCell: (cell: SheetCell) => void): XmlHandlers {
  let row = -1;
  let col = -1;
  let cell:
    { row: number; col: number; type: string; style: number; formula: boolean; value: string | undefined } | undefined;
  let value: string | undefined;
  let inV = false;
  const inline = new TextCollector();
  let inData = false;
  return {
    open(name, a) {
      if (name === "sheetData") inData = true;
      else if (name === "dimension" && a.ref !== undefined) checkDimension(a.ref, part);
      else if (!inData) return;
      else if (name === "row") {
        const r = a.r === undefined ? row + 2 : Number(a.r);
        if (!Number.isInteger(r) || r < 1)
          throw damaged("package.badXml", { part, reason: `row number "${String(a.r).slice(0, 20)}" is not valid` });
        const over = overLimit("rows", r, `${part} row ${r}`);
        if (over) throw breach(over);
        row = r - 1;
        col = -1;
      } else if (name === "c") {
        const at = a.r !== undefined ? parseRef(a.r, part) : { row: Math.max(row, 0), col: col + 1 };
        if (at.col >= LIMITS.columns)
          throw breach({ kind: "limit", limit: "columns", actual: at.col + 1, max: LIMITS.columns, where: part });
        row = at.row;
        col = at.col;
        cell = {
          row: at.row,
          col: at.col,
          type: a.t ?? "n",
          style: a.s === undefined ? 0 : Number(a.s) || 0,
          formula: false,
          value: undefined,
        };
        value = undefined;
      } else if (!cell) return;
      else if (name === "v") {
        inV = true;
        value = "";
      } else if (name === "f") cell.formula = true;
      else if (name === "is") inline.start();
      else if (inline.active) inline.open(name);
    },
    close(name) {
      if (name === "sheetData") inData = false;
      else if (!cell) return;
      else if (name === "v") inV = false;
      else if (name === "is") value = inline.finish();
      else if (inline.active) inline.close(name);
      else if (name === "c") {
        cell.value = value;
        onCell(cell);
        cell = undefined;
        value = undefined;
      }
    },
    text(t) {
      if (inV && value !== undefined) value += t;
      else if (inline.active) inline.text(t);
    },
  };
}
