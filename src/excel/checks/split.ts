import type { FormatPlan, SheetPlan, WorkbookPlan } from "../../core/plan";

/** Writes per sync: fills, notes and links of at most this many cells keep a request far under 5 MB. */
export const OPS_PER_SYNC = 1_000;

function targetName(sheet: SheetPlan): string {
  return "create" in sheet.target ? sheet.target.create : sheet.target.existing;
}

/** The ranges of format plans, one range each, so they can be cut anywhere. */
function flatFormats(formats: readonly FormatPlan[]): FormatPlan[] {
  return formats.flatMap((f) => f.ranges.map((r) => ({ ranges: [r], format: f.format })));
}

/**
 * Splits each sheet plan whose fills, notes and links exceed `ops` into several plans on
 * the same sheet (the first creates it, the rest target it as existing), so that the
 * Office adapter, which sends one request per sheet plan, never sends one over 5 MB.
 * Order is kept: a note's removal stays before the note that replaces it.
 */
export function splitForOffice(plan: WorkbookPlan, ops = OPS_PER_SYNC): WorkbookPlan {
  const sheets: SheetPlan[] = [];
  for (const sheet of plan.sheets) {
    const formats = flatFormats(sheet.formats ?? []);
    const notes = sheet.notes ?? [];
    const links = sheet.hyperlinks ?? [];
    if (formats.length + notes.length + links.length <= ops) {
      sheets.push(sheet);
      continue;
    }
    const parts: { formats: FormatPlan[]; notes: (typeof notes)[number][]; hyperlinks: (typeof links)[number][] }[] =
      [];
    let current = {
      formats: [] as FormatPlan[],
      notes: [] as (typeof notes)[number][],
      hyperlinks: [] as (typeof links)[number][],
    };
    let count = 0;
    const push = () => {
      parts.push(current);
      current = { formats: [], notes: [], hyperlinks: [] };
      count = 0;
    };
    for (const f of formats) {
      if (count >= ops) push();
      current.formats.push(f);
      count++;
    }
    for (const n of notes) {
      if (count >= ops) push();
      current.notes.push(n);
      count++;
    }
    for (const h of links) {
      if (count >= ops) push();
      current.hyperlinks.push(h);
      count++;
    }
    if (count > 0) push();
    parts.forEach((p, k) => {
      const base: SheetPlan = k === 0 ? sheet : { target: { existing: targetName(sheet) } };
      sheets.push({ ...base, formats: p.formats, notes: p.notes, hyperlinks: p.hyperlinks });
    });
  }
  return { ...plan, sheets };
}
