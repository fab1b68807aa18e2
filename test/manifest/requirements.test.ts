import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, resolve } from "path";
import ts from "typescript";

/**
 * The manifest asks for the ExcelApi requirement set the code needs: every Office.js member
 * that src/excel uses is looked up in @types/office-js, whose documentation names the API set
 * that introduced it ("[Api set: ExcelApi 1.9]"). Members of a newer set are allowed only where
 * the code detects that set at run time (Office.context.requirements.isSetSupported).
 * learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */
const root = resolve(__dirname, "../..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Use {
  member: string;
  set: string;
  version: string;
  where: string;
}

const newer = (a: string, b: string) => {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 !== b1 ? a1 > b1 : a2 > b2;
};

function apiUses(): Use[] {
  const config = ts.readConfigFile(resolve(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = tsFiles(resolve(root, "src/excel"));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          if (!decl.getSourceFile().fileName.includes("@types/office-js")) continue;
          for (const tag of ts.getJSDocTags(decl)) {
            const text = ts.getTextOfJSDocComment(tag.comment) ?? "";
            const match = /Api set:\s*(\w+)\s+([\d.]+)/i.exec(text);
            if (!match) continue;
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            uses.push({
              member: node.name.text,
              set: match[1],
              version: match[2],
              where: `${relative(root, file)}:${line}`,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/**
 * ExcelApi versions the code checks for before using what they bring: literal versions given to
 * `isSetSupported("ExcelApi", ...)` or to a `supports(...)` helper around it. Per version, not per
 * call site: that a newer member sits behind its check is for the adapters' own tests.
 */
function detectedVersions(): Set<string> {
  const text = tsFiles(resolve(root, "src/excel"))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
  const calls = /(?:isSetSupported\(\s*"ExcelApi"\s*,\s*|\bsupports\(\s*)"(\d+\.\d+)"\s*\)/g;
  return new Set([...text.matchAll(calls)].map((m) => m[1]));
}

describe("the manifest's requirement sets", () => {
  const manifest = readFileSync(resolve(root, "manifest.xml"), "utf8");
  const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
  let uses: Use[];

  beforeAll(() => {
    uses = apiUses();
  });

  it("finds the Office.js members src/excel uses, with their API sets", () => {
    expect(declared).toBeDefined();
    const members = new Set(uses.map((u) => `${u.member} ${u.set} ${u.version}`));
    // Known anchors: comments are ExcelApi 1.10, special cells 1.9.
    expect([...members]).toEqual(
      expect.arrayContaining(["comments ExcelApi 1.10", "getSpecialCellsOrNullObject ExcelApi 1.9"]),
    );
  });

  it("uses only ExcelApi members", () => {
    expect(uses.filter((u) => u.set !== "ExcelApi")).toEqual([]);
  });

  it("asks for exactly the highest ExcelApi version used without a run-time check", () => {
    const detected = detectedVersions();
    const needed = uses
      .filter((u) => !detected.has(u.version))
      .reduce((max, u) => (newer(u.version, max) ? u.version : max), "1.1");
    expect(declared).toBe(needed);
  });

  it("checks at run time for every newer version it uses", () => {
    const beyond = uses.filter((u) => newer(u.version, declared!));
    const detected = detectedVersions();
    expect(beyond.filter((u) => !detected.has(u.version))).toEqual([]);
  });
});
