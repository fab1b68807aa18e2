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
  return validatePackages([bytes])[0];
}

/** validatePackage for many packages, with one xmllint run per schema for them all. */
export function validatePackages(list: readonly Uint8Array[]): Validation[] {
  const opened = list.map((bytes, i) => {
    const pkg = unzipPackage(bytes);
    return { pkg, outcome: schemaOutcome(pkg, undefined, `${i}\u0000`) };
  });
  const failed = validateWithXmllint(opened.flatMap((o) => o.outcome.jobs));
  return opened.map(({ pkg, outcome }, i) => {
    const problems = [...outcome.early].map(([p, m]) => `schema ${p}: ${m}`);
    for (const job of outcome.jobs) {
      const m = failed.get(job.key);
      if (m !== undefined) problems.push(`schema ${job.key.slice(`${i}\u0000`.length)}: ${m}`);
    }
    const sem = semanticSafe(pkg);
    if (sem === null) problems.push("semantic: the workbook's parts cannot be read");
    else problems.push(...sem.map((m) => `semantic ${m}`));
    return { problems, partsChecked: outcome.checked.length - outcome.strict.length, strictParts: outcome.strict };
  });
}

function same(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface Pair {
  /** The copy the product wrote. */
  readonly written: Uint8Array;
  /** The file it was written from. */
  readonly original: Uint8Array;
}

/**
 * Validates only what the product changed in a copy of ORIGINAL: parts added or changed
 * (and valid in the original when it had them), and semantic problems the original did
 * not already have (none when the original's own parts cannot be read).
 */
export function validateAgainst(written: Uint8Array, original: Uint8Array): Validation {
  return validateAgainstMany([{ written, original }])[0];
}

/** validateAgainst for many copies, with two xmllint runs per schema for them all. */
export function validateAgainstMany(pairs: readonly Pair[]): Validation[] {
  // copies of one original (the same bytes object) share its unpacking and semantic problems
  const originals = new Map<Uint8Array, { orig: Package; problems?: string[] | null }>();
  const originalOf = (bytes: Uint8Array) => {
    let known = originals.get(bytes);
    if (!known) originals.set(bytes, (known = { orig: unzipPackage(bytes) }));
    return known;
  };
  const opened = pairs.map(({ written, original }) => {
    const pkg = unzipPackage(written);
    const orig = originalOf(original).orig;
    const changed = new Set([...pkg].filter(([name, b]) => !same(orig.get(name), b)).map(([name]) => name));
    return { pkg, orig, changed };
  });
  const before = opened.map(({ orig, changed }, i) =>
    schemaOutcome(orig, new Set([...changed].filter((n) => orig.has(n))), `${i}\u0000`),
  );
  const beforeFailed = validateWithXmllint(before.flatMap((b) => b.jobs));
  const after = opened.map(({ pkg, changed }, i) => {
    const wasBad = (n: string): boolean => before[i].early.has(n) || beforeFailed.has(`${i}\u0000${n}`);
    return schemaOutcome(pkg, new Set([...changed].filter((n) => !wasBad(n))), `${i}\u0000`);
  });
  const afterFailed = validateWithXmllint(after.flatMap((a) => a.jobs));
  return opened.map(({ pkg }, i) => {
    const a = after[i];
    const failed = new Map(a.early);
    for (const job of a.jobs) {
      const m = afterFailed.get(job.key);
      if (m !== undefined) failed.set(job.key.slice(job.key.indexOf("\u0000") + 1), m);
    }
    const problems = [...failed].map(([p, m]) => `schema ${p}: ${m}`);
    const known = originalOf(pairs[i].original);
    if (known.problems === undefined) known.problems = semanticSafe(known.orig);
    const old = known.problems;
    if (old !== null) {
      const now = semanticSafe(pkg);
      if (now === null) problems.push("semantic: the copy's parts cannot be read, the original's could");
      else {
        const had = new Set(old);
        problems.push(...now.filter((m) => !had.has(m)).map((m) => `semantic ${m}`));
      }
    }
    return { problems, partsChecked: a.checked.length - a.strict.length, strictParts: a.strict };
  });
}
