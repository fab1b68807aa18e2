import type { XmlHandlers } from "./xml";

/** Relationship types the reader follows (transitional and strict namespaces both end so). */
export const REL = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
  comments: "/comments",
  vmlDrawing: "/vmlDrawing",
  drawing: "/drawing",
  chart: "/chart",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Part name the target resolves to ("xl/worksheets/sheet1.xml"); the raw target for external ones. */
  readonly target: string;
  readonly external: boolean;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) -> "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds it (OPC rules: "/" is the package root). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** Handlers that collect the relationships of the part `source` ("" for the package). */
export function relsReader(source: string): { handlers: XmlHandlers; rels: Relationship[] } {
  const rels: Relationship[] = [];
  return {
    rels,
    handlers: {
      open(name, a) {
        if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
        const external = a.TargetMode === "External";
        rels.push({
          id: a.Id,
          type: a.Type ?? "",
          target: external ? a.Target : resolveTarget(source, decodeURI(a.Target)),
          external,
        });
      },
    },
  };
}

export function relOfType(rels: readonly Relationship[], type: string): Relationship[] {
  return rels.filter((r) => !r.external && r.type.endsWith(type));
}
