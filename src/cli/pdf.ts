import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "./io";

/** Where LibreOffice's soffice may be: $SOFFICE, then the usual install paths. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [
    env.SOFFICE,
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/usr/local/bin/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  ];
  return candidates.find((c): c is string => c !== undefined && c !== "" && existsSync(c));
}

/**
 * .xlsx bytes printed to PDF by LibreOffice (headless, a throwaway profile so a running
 * LibreOffice is not disturbed); the sheets' page setups decide the pages. Without
 * LibreOffice: a UsageError saying how to get it.
 */
export async function xlsxToPdf(
  bytes: Uint8Array,
  soffice: string | null = findSoffice() ?? null,
  timeoutMs = 180_000,
): Promise<Uint8Array> {
  if (!soffice)
    throw new UsageError(
      "--pdf needs LibreOffice, which is not installed (Debian/Ubuntu: apt-get install libreoffice-calc-nogui; or set SOFFICE to its soffice)",
    );
  const dir = mkdtempSync(join(tmpdir(), "mkt-pdf-"));
  try {
    const input = join(dir, "report.xlsx");
    writeFileSync(input, bytes);
    const args = [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ];
    await new Promise<void>((done, fail) =>
      execFile(soffice, args, { timeout: timeoutMs }, (error, _out, stderr) =>
        error
          ? fail(
              new UsageError(
                `LibreOffice could not print the report: ${String(stderr || error.message).split("\n")[0]}`,
              ),
            )
          : done(),
      ),
    );
    const pdf = join(dir, "report.pdf");
    if (!existsSync(pdf)) throw new UsageError("LibreOffice wrote no PDF");
    return new Uint8Array(readFileSync(pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
