/** A1 references: a box is [firstCol, firstRow, lastCol, lastRow], 1-based. */
export type Box = readonly [number, number, number, number];

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function cell(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  return m ? [colNumber(m[1]), Number(m[2])] : null;
}

/** The box of "A1" or "A1:C9"; null when the text is not such a reference. */
export function box(ref: string | null): Box | null {
  if (!ref) return null;
  const [a, b] = ref.split(":");
  const p = cell(a);
  const q = cell(b ?? a);
  if (!p || !q) return null;
  return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])];
}

export function address(col: number, row: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

export function overlaps(a: Box, b: Box): boolean {
  return !(a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1]);
}

/** Resolves a relationship target against the folder of the part that names it. */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  const out = [...base];
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
