import { serialize, NotWellFormed, root } from "./dom";
import { partSchemas, readPart, unzipPackage, type Package } from "./package";
import { semanticProblems } from "./semantic";
import { validateWithXmllint, type SchemaJob } from "./xmllint";

export { processMarkupCompatibility } from "./mce";
export { semanticProblems } from "./semantic";
export { unzipPackage } from "./package";

/**
 * Would Excel open this package without a repair prompt? Each XML part that a schema of
 * the ECMA-376 Transitional set covers is validated after Markup Compatibility processing,
 * and the semantic rules no schema carries are checked (see semantic.ts).
 */
export interface Validation {
  /** One line per problem: "schema PART: ...", "semantic ...". Empty when Excel would open it. */
  readonly problems: string[];
  /** Parts validated against a schema. */
  readonly partsChecked: number;
  /** Strict Open XML parts: the Transitional schemas do not judge them. */
  readonly strictParts: string[];
}

interface SchemaOutcome {
  readonly problems: Map<string, string>;
  readonly checked: string[];
  readonly strict: string[];
}

function schemaOutcome(
  pkg: Package,
  only?: ReadonlySet<string>,
  keyPrefix = "",
): { jobs: SchemaJob[]; early: Map<string, string>; checked: string[]; strict: string[] } {
  const jobs: SchemaJob[] = [];
  const early = new Map<string, string>();
  const checked: string[] = [];
  const strict: string[] = [];
  for (const [name, { schema, rootName }] of partSchemas(pkg)) {
    if (only && !only.has(name)) continue;
    checked.push(name);
    try {
      const { doc, strict: isStrict } = readPart(pkg, name);
      if (isStrict) {
        strict.push(name);
        continue;
      }
      const r = root(doc);
      if (r.localName !== rootName) {
        early.set(name, `root element ${r.localName}, where ${rootName} was expected`);
        continue;
      }
      jobs.push({ key: keyPrefix + name, schema, xml: serialize(doc) });
    } catch (e) {
      if (!(e instanceof NotWellFormed)) throw e;
      early.set(name, `not well-formed: ${e.message}`);
    }
  }
  return { jobs, early, checked, strict };
}

function schemaProblems(pkg: Package, only?: ReadonlySet<string>): SchemaOutcome {
  const { jobs, early, checked, strict } = schemaOutcome(pkg, only);
  const problems = new Map(early);
  for (const [k, v] of validateWithXmllint(jobs)) problems.set(k, v);
  return { problems, checked, strict };
}

function semanticSafe(pkg: Package): string[] | null {
  try {
    return semanticProblems(pkg);
  } catch (e) {
    if (e instanceof NotWellFormed) return null;
    throw e;
  }
}

/** Validates every part of a package the product wrote. */
export function validatePackage(bytes: Uint8Array): Validation {
  const pkg = unzipPackage(bytes);
  const schema = schemaProblems(pkg);
  const sem = semanticSafe(pkg);
  const problems = [...schema.problems].map(([p, m]) => `schema ${p}: ${m}`);
  if (sem === null) problems.push("semantic: the workbook's parts cannot be read");
  else problems.push(...sem.map((m) => `semantic ${m}`));
  return { problems, partsChecked: schema.checked.length - schema.strict.length, strictParts: schema.strict };
}

function same(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Validates only what the product changed in a copy of ORIGINAL: parts added or changed
 * (and valid in the original when it had them), and semantic problems the original did
 * not already have (none when the original's own parts cannot be read).
 */
export function validateAgainst(written: Uint8Array, original: Uint8Array): Validation {
  const pkg = unzipPackage(written);
  const orig = unzipPackage(original);
  const changed = new Set([...pkg].filter(([name, b]) => !same(orig.get(name), b)).map(([name]) => name));
  const inOriginal = new Set([...changed].filter((n) => orig.has(n)));
  const wasBad = schemaProblems(orig, inOriginal).problems;
  const judged = new Set([...changed].filter((n) => !wasBad.has(n)));
  const schema = schemaProblems(pkg, judged);
  const problems = [...schema.problems].map(([p, m]) => `schema ${p}: ${m}`);
  const before = semanticSafe(orig);
  if (before !== null) {
    const after = semanticSafe(pkg);
    if (after === null) problems.push("semantic: the copy's parts cannot be read, the original's could");
    else {
      const old = new Set(before);
      problems.push(...after.filter((m) => !old.has(m)).map((m) => `semantic ${m}`));
    }
  }
  return { problems, partsChecked: schema.checked.length - schema.strict.length, strictParts: schema.strict };
}
