import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The vendored ECMA-376 Transitional schemas (test/fixtures/ooxml-xsd, see its README). */
export const XSD_DIR = resolve(__dirname, "../../fixtures/ooxml-xsd");

export type SchemaName = "sml.xsd" | "dml-chart.xsd" | "dml-spreadsheetDrawing.xsd" | "vml-part.xsd";

export interface SchemaJob {
  /** Caller's key, echoed back with the problems. */
  readonly key: string;
  readonly schema: SchemaName;
  /** The XML text to validate (already through Markup Compatibility processing). */
  readonly xml: string;
}

/** Files per xmllint call: one schema compile serves them all. */
const BATCH = 200;

/**
 * Validates every job against its schema with `xmllint --noout --schema`, many files per
 * call. Returns, per failing key, the first two error lines (file names stripped).
 */
export function validateWithXmllint(jobs: readonly SchemaJob[]): Map<string, string> {
  const failures = new Map<string, string>();
  if (jobs.length === 0) return failures;
  const dir = mkdtempSync(join(tmpdir(), "ooxml-validate-"));
  try {
    const bySchema = new Map<SchemaName, { key: string; file: string }[]>();
    jobs.forEach((job, i) => {
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, job.xml);
      const list = bySchema.get(job.schema) ?? [];
      list.push({ key: job.key, file });
      bySchema.set(job.schema, list);
    });
    for (const [schema, files] of bySchema) {
      for (let at = 0; at < files.length; at += BATCH) {
        const batch = files.slice(at, at + BATCH);
        const r = spawnSync(
          "xmllint",
          ["--noout", "--nonet", "--schema", join(XSD_DIR, schema), ...batch.map((f) => f.file)],
          {
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        if (r.error) throw new Error(`xmllint could not run (install libxml2-utils): ${r.error.message}`);
        if (/failed to compile/.test(r.stderr))
          throw new Error(`${schema} failed to compile: ${r.stderr.slice(0, 500)}`);
        const lines = r.stderr.split("\n");
        for (const f of batch) {
          if (lines.includes(`${f.file} validates`)) continue;
          const errs = lines
            .filter((l) => l.startsWith(`${f.file}:`))
            .slice(0, 2)
            .map((l) =>
              l
                .slice(f.file.length + 1)
                .replace(/^(\d+): element [^:]*: Schemas validity error : /, "line $1: ")
                .replace(/\{http:\/\/schemas\.openxmlformats\.org\/[^}]*\}/g, ""),
            );
          failures.set(f.key, errs.join("; ").slice(0, 500) || "fails to validate");
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}
