import { existsSync, readFileSync, statSync } from "fs";
import { posix, resolve } from "path";
import { anchors, linkTargets, markdownPages, readPage, root } from "./markdown";

/**
 * Every relative link in README*.md and docs/ resolves: the file exists, and an #anchor is a
 * heading or an id of the page it points to.
 */

const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//");

describe("links in the docs", () => {
  const pages = markdownPages();

  it("finds the pages and their links", () => {
    expect(pages).toEqual(expect.arrayContaining(["README.md", "README.zh-CN.md", "docs/README.md"]));
    expect(pages.flatMap((p) => linkTargets(readPage(p))).length).toBeGreaterThan(50);
  });

  it.each(["README.md", "README.zh-CN.md"])("%s is a front door: at most 12 KB, set-up first", (path) => {
    const text = readFileSync(resolve(root, path), "utf8");
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(12 * 1024);
    const firstFence = text.indexOf("```");
    expect(text.slice(firstFence)).toMatch(/^```bash\nnpm ci && npm run demo .*\nnpm test .*\n```/);
    expect(text.slice(0, firstFence).match(/^## /gm)).toHaveLength(1);
  });

  it.each(pages)("%s: every relative link resolves, anchors included", (path) => {
    const page = readPage(path);
    const broken: string[] = [];
    for (const href of linkTargets(page)) {
      if (isExternal(href)) continue;
      const [file, anchor] = href.split("#");
      const target = file === "" ? path : posix.normalize(posix.join(posix.dirname(path), decodeURI(file)));
      if (target.startsWith("..")) {
        broken.push(`${href} (outside the repository)`);
        continue;
      }
      const full = resolve(root, target);
      if (!existsSync(full)) {
        broken.push(`${href} (no file ${target})`);
        continue;
      }
      if (anchor === undefined || anchor === "") continue;
      if (!target.endsWith(".md") || statSync(full).isDirectory()) {
        broken.push(`${href} (an anchor into a file that is not a Markdown page)`);
        continue;
      }
      if (!anchors(readPage(target)).has(decodeURIComponent(anchor)))
        broken.push(`${href} (no #${anchor} in ${target})`);
    }
    expect(broken).toEqual([]);
  });

  it("reach every page of docs/ from the front page (no page left out of the table of contents)", () => {
    const seen = new Set<string>(["README.md"]);
    const queue = ["README.md"];
    while (queue.length > 0) {
      const path = queue.shift()!;
      for (const href of linkTargets(readPage(path))) {
        if (isExternal(href)) continue;
        const file = href.split("#")[0];
        if (file === "" || !file.endsWith(".md")) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), decodeURI(file)));
        if (seen.has(target) || !existsSync(resolve(root, target))) continue;
        seen.add(target);
        queue.push(target);
      }
    }
    const orphans = pages.filter((p) => !seen.has(p));
    if (orphans.length > 0)
      throw new Error(`not linked from README.md or docs/README.md, directly or not: ${orphans.join(", ")}`);
  });
});
