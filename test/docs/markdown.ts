import { readdirSync, readFileSync } from "fs";
import { relative, resolve } from "path";
import MarkdownIt from "markdown-it";

/**
 * The repository's Markdown as the doc tests read it, parsed by markdown-it (CommonMark):
 * the pages (README*.md and everything under docs/), their links, the anchors they offer
 * and their fenced code blocks.
 */

export const root = resolve(__dirname, "../..");
const md = new MarkdownIt({ html: true });
type Token = ReturnType<MarkdownIt["parse"]>[number];

/** README*.md at the top and every .md under docs/, as paths relative to the repository. */
export function markdownPages(): string[] {
  const top = readdirSync(root).filter((f) => /^README.*\.md$/.test(f));
  const docs = readdirSync(resolve(root, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f.split("\\").join("/")}`);
  return [...top, ...docs].sort();
}

export interface Page {
  readonly path: string;
  readonly tokens: Token[];
}

export function readPage(path: string): Page {
  return { path, tokens: md.parse(readFileSync(resolve(root, path), "utf8"), {}) };
}

/** Every token, inline children included, in document order. */
function flat(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...(t.children ? flat(t.children) : [])]);
}

/** The targets of every link and image of a page. */
export function linkTargets(page: Page): string[] {
  return flat(page.tokens).flatMap((t) => {
    if (t.type === "link_open") return [t.attrGet("href") ?? ""];
    if (t.type === "image") return [t.attrGet("src") ?? ""];
    if (t.type === "html_inline" || t.type === "html_block")
      return [...t.content.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    return [];
  });
}

/**
 * A heading's anchor as GitHub makes it (github-slugger): lower case, every character that is
 * not a letter, mark, number, connector, hyphen or space dropped, spaces as hyphens; a
 * repeated slug gets -1, -2…
 */
export function slug(text: string, seen: Map<string, number>): string {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
  const n = seen.get(base);
  seen.set(base, (n ?? -1) + 1);
  return n === undefined ? base : `${base}-${n + 1}`;
}

/** The anchors a page offers: its headings' slugs and every explicit id="…". */
export function anchors(page: Page): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  page.tokens.forEach((t, i) => {
    if (t.type === "heading_open") {
      const inline = page.tokens[i + 1];
      const text = (inline.children ?? [])
        .filter((c) => c.type === "text" || c.type === "code_inline")
        .map((c) => c.content)
        .join("");
      out.add(slug(text, seen));
    }
  });
  for (const t of flat(page.tokens))
    if (t.type === "html_inline" || t.type === "html_block")
      for (const m of t.content.matchAll(/\b(?:id|name)="([^"]+)"/g)) out.add(m[1]);
  return out;
}

export interface CodeBlock {
  readonly page: string;
  readonly line: number;
  readonly info: string;
  readonly content: string;
}

/** The fenced code blocks of a page, with their info string (```bash runnable). */
export function fences(page: Page): CodeBlock[] {
  return page.tokens
    .filter((t) => t.type === "fence")
    .map((t) => ({ page: page.path, line: (t.map?.[0] ?? 0) + 1, info: t.info.trim(), content: t.content }));
}

export const relativeToRoot = (path: string): string => relative(root, path).split("\\").join("/");
