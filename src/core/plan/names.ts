/** Names a workbook will accept and that do not clash with what is there. */

const SHEET_NAME_MAX = 31;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/** A legal sheet name from any text: forbidden characters become "_", at most 31 characters. */
export function legalSheetName(wish: string): string {
  let name = wish
    .replace(SHEET_FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (name === "" || name.toLowerCase() === "history") name = name === "" ? "Sheet" : `${name}_`;
  return [...name].slice(0, SHEET_NAME_MAX).join("");
}

/**
 * `wish` if no existing sheet has that name (Excel compares case-insensitively), else
 * "wish (2)", "wish (3)"... shortened so the suffix fits in 31 characters.
 */
export function freeSheetName(wish: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const base = legalSheetName(wish);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const stem = [...base]
      .slice(0, SHEET_NAME_MAX - suffix.length)
      .join("")
      .trimEnd();
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A legal table name: starts with a letter or "_", then letters, digits, "_" or "."; not a cell address. */
export function legalTableName(wish: string): string {
  let name = wish.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(name)) name = `T_${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) name = `${name}_`;
  return name.slice(0, 255);
}

/** `wish` if no existing table (or defined name) uses it, else wish_2, wish_3... */
export function freeTableName(wish: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const base = legalTableName(wish);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
