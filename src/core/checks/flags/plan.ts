import { t } from "../../../i18n/catalog";
import type { Locale } from "../../../i18n/locale";
import {
  freeSheetName,
  type FormatPlan,
  type FormatSnapshot,
  type FormatReadRequest,
  type NotePlan,
  type SheetPlan,
  type WorkbookPlan,
} from "../../plan";
import { parseCellAddress } from "../../sheet";
import { findingMessage } from "../message";
import type { Finding, Severity } from "../types";
import { coalesce } from "./coalesce";
import { reportSheet } from "./report";
import { STATE_SHEET, encodeFlagState, type FlagState, type FlaggedCell } from "./state";

/** Fill per severity: Excel's own light red, yellow and blue. */
export const FLAG_FILLS: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
/** Starts our part of a note; the user's own note text before it is kept. */
export const NOTE_MARKER = "[Campaign Scorecard]";
/** At most this many cells are flagged (and listed) per run, so a write stays bounded. */
export const DEFAULT_MAX_FLAGS = 5000;

/** The user's part of a note: everything before our marker. */
export function userNote(note: string | null | undefined): string | null {
  if (note === null || note === undefined) return null;
  const at = note.indexOf(NOTE_MARKER);
  if (at < 0) return note;
  const own = note.slice(0, at).replace(/\s+$/, "");
  return own === "" ? null : own;
}

const key = (sheet: string, cell: string) => `${sheet}\u0001${cell}`;

/** The findings that get a flag: the first `max` of them. */
export function flaggedFindings(findings: readonly Finding[], max = DEFAULT_MAX_FLAGS): Finding[] {
  return findings.slice(0, max);
}

/**
 * What an adapter must read before flagging: the current fill and note of each cell to
 * flag, and of the cells an earlier run flagged on the checked sheets (to know which
 * notes exist before removing or replacing them).
 */
export function flagReadRequests(
  findings: readonly Finding[],
  max = DEFAULT_MAX_FLAGS,
  previous?: FlagState,
  checked: readonly string[] = [],
): FormatReadRequest[] {
  const bySheet = new Map<string, Map<string, { row: number; col: number }>>();
  const add = (sheet: string, at: { row: number; col: number }) => {
    const list = bySheet.get(sheet) ?? new Map<string, { row: number; col: number }>();
    list.set(`${at.row}:${at.col}`, at);
    bySheet.set(sheet, list);
  };
  for (const f of flaggedFindings(findings, max)) add(f.sheet, { row: f.row, col: f.col });
  for (const c of previous?.cells ?? []) {
    const at = checked.includes(c.sheet) ? parseCellAddress(c.cell) : undefined;
    if (at) add(c.sheet, at);
  }
  return [...bySheet].map(([sheet, cells]) => ({ sheet, ranges: coalesce([...cells.values()]) }));
}

/**
 * Notes that set `text` on a cell: a note already there is removed first (Excel adds a
 * note only where there is none); a removal where no note is left is skipped.
 */
function notePlans(cell: string, text: string | null, exists: boolean | undefined): NotePlan[] {
  if (text === null) return exists === false ? [] : [{ cell, text: null }];
  return exists
    ? [
        { cell, text: null },
        { cell, text },
      ]
    : [{ cell, text }];
}

function fillFormats(cells: ReadonlyArray<{ cell: string; fill: string | null }>): FormatPlan[] {
  const byFill = new Map<string | null, { row: number; col: number }[]>();
  for (const c of cells) {
    const at = parseCellAddress(c.cell);
    if (!at) continue;
    const list = byFill.get(c.fill) ?? [];
    list.push(at);
    byFill.set(c.fill, list);
  }
  return [...byFill].map(([fill, list]) => ({ ranges: coalesce(list), format: { fill } }));
}

export interface FlagPlanInput {
  readonly findings: readonly Finding[];
  /** Sheets checked in this run: their earlier flags are replaced. */
  readonly checked: readonly string[];
  /** Current fill and note of the cells to flag, as read (see flagReadRequests). */
  readonly current: readonly FormatSnapshot[];
  /** The state an earlier run left, if any. */
  readonly previous: FlagState | undefined;
  /** Names of the workbook's sheets now. */
  readonly sheets: readonly string[];
  readonly locale: Locale;
  readonly maxFlags?: number;
}

/**
 * One plan that clears an earlier run's flags on the checked sheets and flags the new
 * findings: a fill and a note per cell, a report sheet, and the hidden state sheet that
 * remembers what each flag replaced. Values are never part of it.
 */
export function planFlags(input: FlagPlanInput): WorkbookPlan {
  const { findings, checked, previous, locale } = input;
  const flagged = flaggedFindings(findings, input.maxFlags);
  const checkedSet = new Set(checked);
  const before = new Map<string, FlaggedCell>();
  for (const c of previous?.cells ?? [])
    if (checkedSet.has(c.sheet) && !before.has(key(c.sheet, c.cell))) before.set(key(c.sheet, c.cell), c);
  const now = new Map<string, { fill: string | null; note: string | null; hasNote: boolean }>();
  for (const snap of input.current) {
    for (const c of snap.cells) {
      now.set(key(snap.sheet, c.cell), {
        fill: c.format.fill ?? null,
        note: userNote(c.note),
        hasNote: c.note !== null,
      });
    }
  }
  // Group findings per cell: the most severe sets the fill, every message goes into the note.
  const cells = new Map<string, { sheet: string; cell: string; severity: Severity; lines: string[] }>();
  for (const f of flagged) {
    const k = key(f.sheet, f.cell);
    const entry = cells.get(k) ?? { sheet: f.sheet, cell: f.cell, severity: f.severity, lines: [] };
    if (RANK[f.severity] < RANK[entry.severity]) entry.severity = f.severity;
    entry.lines.push(findingMessage(f, locale));
    cells.set(k, entry);
  }
  const state: FlaggedCell[] = [];
  const perSheet = new Map<string, { fills: { cell: string; fill: string | null }[]; notes: NotePlan[] }>();
  const sheetEntry = (sheet: string) => {
    let e = perSheet.get(sheet);
    if (!e) perSheet.set(sheet, (e = { fills: [], notes: [] }));
    return e;
  };
  // Earlier flags no longer found: put back what they replaced.
  for (const [k, old] of before) {
    if (cells.has(k)) continue;
    const e = sheetEntry(old.sheet);
    e.fills.push({ cell: old.cell, fill: old.fill });
    e.notes.push(...notePlans(old.cell, old.note, now.get(k)?.hasNote));
  }
  for (const [k, c] of cells) {
    const seen = now.get(k);
    const original = before.get(k) ?? {
      sheet: c.sheet,
      cell: c.cell,
      fill: seen?.fill ?? null,
      note: seen?.note ?? null,
    };
    state.push({ sheet: c.sheet, cell: c.cell, fill: original.fill, note: original.note });
    const e = sheetEntry(c.sheet);
    e.fills.push({ cell: c.cell, fill: FLAG_FILLS[c.severity] });
    const ours = `${NOTE_MARKER} ${c.lines.join("\n")}`;
    e.notes.push(...notePlans(c.cell, original.note === null ? ours : `${original.note}\n\n${ours}`, seen?.hasNote));
  }
  // Flags on sheets not checked this time stay, and so does their state.
  for (const c of previous?.cells ?? []) if (!checkedSet.has(c.sheet)) state.push(c);
  // Until the writes below are all done, earlier flags being put back still need their record.
  const recorded = new Set(state.map((c) => key(c.sheet, c.cell)));
  for (const [k, old] of before) if (!recorded.has(k)) state.push(old);
  const remove = previous && previous.reportSheet !== "" ? [previous.reportSheet] : [];
  const taken = input.sheets.filter((s) => !remove.some((r) => r.toLowerCase() === s.toLowerCase()));
  const reportName = freeSheetName(t(locale, "report.sheet"), taken);
  const stateExists = input.sheets.some((s) => s.toLowerCase() === STATE_SHEET);
  const rows = encodeFlagState({ reportSheet: reportName, cells: state });
  // Written over the old state: rows it had beyond the new ones are blanked.
  for (let r = rows.length; r < (stateExists ? (previous?.rows ?? 0) : 0); r++) rows.push(["", "", "", ""]);
  // The state comes first, written over the old one (never deleted first), so that a failure
  // part-way through the writes below leaves every flag with a record of what it replaced.
  // It lists the cells flagged now and those whose earlier flags are being put back: clearing
  // such a cell restores what it already holds, and the next run drops it.
  const sheets: SheetPlan[] = [
    {
      target: stateExists ? { existing: STATE_SHEET } : { create: STATE_SHEET },
      cells: [{ at: "A1", rows }],
      visibility: "veryHidden",
    },
  ];
  for (const [sheet, e] of perSheet)
    sheets.push({ target: { existing: sheet }, formats: fillFormats(e.fills), notes: e.notes });
  sheets.push(reportSheet(reportName, flagged, checked, findings.length, locale));
  return { removeSheets: remove.filter((r) => input.sheets.some((s) => s.toLowerCase() === r.toLowerCase())), sheets };
}

/** What an adapter must read before clearing: the notes of the flagged cells (which exist now). */
export function clearReadRequests(previous: FlagState | undefined, sheets: readonly string[]): FormatReadRequest[] {
  const present = new Set(sheets.map((s) => s.toLowerCase()));
  const cells = (previous?.cells ?? []).filter((c) => present.has(c.sheet.toLowerCase()));
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const c of cells) {
    const at = parseCellAddress(c.cell);
    if (!at) continue;
    const list = bySheet.get(c.sheet) ?? [];
    list.push(at);
    bySheet.set(c.sheet, list);
  }
  return [...bySheet].map(([sheet, list]) => ({ sheet, ranges: coalesce(list) }));
}

/**
 * A plan that removes every flag an earlier run left, restoring fills and notes, and its
 * sheets. `current` (see clearReadRequests) says which notes exist now; without it every
 * flagged cell is assumed to still carry its note.
 */
export function planClearFlags(
  previous: FlagState | undefined,
  sheets: readonly string[],
  current: readonly FormatSnapshot[] = [],
): WorkbookPlan {
  if (!previous) return { sheets: [] };
  const present = new Set(sheets.map((s) => s.toLowerCase()));
  const hasNote = new Map<string, boolean>();
  for (const snap of current) for (const c of snap.cells) hasNote.set(key(snap.sheet, c.cell), c.note !== null);
  const perSheet = new Map<string, FlaggedCell[]>();
  for (const c of previous.cells) {
    if (!present.has(c.sheet.toLowerCase())) continue;
    const list = perSheet.get(c.sheet) ?? [];
    list.push(c);
    perSheet.set(c.sheet, list);
  }
  const remove = [previous.reportSheet, STATE_SHEET].filter((n) => n !== "" && present.has(n.toLowerCase()));
  return {
    removeSheets: remove,
    sheets: [...perSheet].map(([sheet, list]) => ({
      target: { existing: sheet },
      formats: fillFormats(list),
      notes: list.flatMap((c) =>
        notePlans(c.cell, c.note, hasNote.has(key(sheet, c.cell)) ? hasNote.get(key(sheet, c.cell)) : true),
      ),
    })),
  };
}
