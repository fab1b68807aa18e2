import type { PlanCell } from "../../plan";

/**
 * What flags replaced, kept in the workbook itself (a very hidden sheet), so "Clear flags"
 * restores the formats and notes that were there before, after save and reopen too, and
 * a second run replaces the first one's flags instead of stacking on them.
 */
export const STATE_SHEET = "mkt_check_state";
const MAGIC = "mkt-check-state";
const VERSION = 1;
/** Notes are stored behind a prefix, so that an empty note and no note differ. */
const NOTE_PREFIX = "n:";

export interface FlaggedCell {
  readonly sheet: string;
  /** "B7". */
  readonly cell: string;
  /** The fill before flagging: "#RRGGBB", or null for none. */
  readonly fill: string | null;
  /** The user's note before flagging, or null for none. */
  readonly note: string | null;
}

export interface FlagState {
  /** The report sheet's name, as created. */
  readonly reportSheet: string;
  readonly cells: readonly FlaggedCell[];
  /** Rows its sheet holds (as read), so that a new state written over it can blank the rest. */
  readonly rows?: number;
}

/** The state as the rows of its sheet. Every cell is literal text. */
export function encodeFlagState(state: FlagState): PlanCell[][] {
  return [
    [MAGIC, String(VERSION), state.reportSheet],
    ["sheet", "cell", "fill", "note"],
    ...state.cells.map((c) => [c.sheet, c.cell, c.fill ?? "", c.note === null ? "" : `${NOTE_PREFIX}${c.note}`]),
  ];
}

function text(v: unknown): string {
  return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
}

/** The state read back from its sheet's values; undefined when the sheet is not ours or is damaged. */
export function decodeFlagState(values: ReadonlyArray<ReadonlyArray<unknown>> | undefined): FlagState | undefined {
  if (!values || values.length < 2) return undefined;
  const [head] = values;
  if (text(head[0]) !== MAGIC || text(head[1]) !== String(VERSION)) return undefined;
  const cells: FlaggedCell[] = [];
  for (const row of values.slice(2)) {
    const sheet = text(row[0]);
    const cell = text(row[1]);
    if (sheet === "" || !/^[A-Z]{1,3}\d{1,7}$/.test(cell)) continue;
    const fill = text(row[2]);
    const note = text(row[3]);
    cells.push({
      sheet,
      cell,
      fill: /^#[0-9A-Fa-f]{6}$/.test(fill) ? fill.toUpperCase() : null,
      note: note.startsWith(NOTE_PREFIX) ? note.slice(NOTE_PREFIX.length) : null,
    });
  }
  return { reportSheet: text(head[2]), cells, rows: values.length };
}

/** Names (lower-cased) of the sheets the checks themselves made: never checked as data. */
export function readFlagStateSheetNames(state: FlagState | undefined): Set<string> {
  const names = new Set([STATE_SHEET.toLowerCase()]);
  if (state && state.reportSheet !== "") names.add(state.reportSheet.toLowerCase());
  return names;
}
