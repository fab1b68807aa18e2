/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS cells, not Office.js proxies: the rules take ExcelJS's getCell for Office.js. */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import ExcelJS from "exceljs";

/**
 * LibreOffice headless as the recalculation engine of tests: every formula in the files
 * is computed afresh (the profile in test/fixtures/libreoffice sets "recalculate on load: always"), and the
 * results are read back with ExcelJS. Convert all files of a suite in one call: each
 * start of soffice costs seconds. A missing soffice fails the test: CI installs it
 * (Debian package libreoffice-calc-nogui).
 */

const PROFILE = resolve(__dirname, "../fixtures/libreoffice/recalc-profile");

export function sofficeBinary(): string {
  for (const candidate of [
    process.env.SOFFICE,
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/usr/local/bin/soffice",
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
}

/**
 * Recalculates the given .xlsx files (or imports .csv files: give `infilter`, LibreOffice's
 * CSV filter options); returns the converted .xlsx copies' paths, in order.
 */
export async function recalculate(
  files: readonly string[],
  timeoutMs = 180_000,
  options: { readonly infilter?: string } = {},
): Promise<string[]> {
  if (!existsSync(PROFILE)) throw new Error(`LibreOffice recalculation profile missing: ${PROFILE}`);
  const profile = mkdtempSync(join(tmpdir(), "mkt-lo-profile-"));
  cpSync(PROFILE, profile, { recursive: true });
  const outDir = mkdtempSync(join(tmpdir(), "mkt-lo-out-"));
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--calc",
    ...(options.infilter === undefined ? [] : [`--infilter=${options.infilter}`]),
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...files,
  ];
  try {
    await new Promise<void>((done, fail) => {
      execFile(sofficeBinary(), args, { timeout: timeoutMs }, (error, _stdout, stderr) => {
        if (error) fail(new Error(`soffice failed: ${error.message}\n${stderr}`));
        else done();
      });
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const out = join(outDir, basename(f).replace(/\.[^.]+$/, ".xlsx"));
    if (!existsSync(out)) throw new Error(`soffice wrote no ${out}`);
    return out;
  });
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** A cell's value as computed: the formula's result (0 and false included), or the plain value. */
export function computed(ws: ExcelJS.Worksheet, address: string): unknown {
  const cell = ws.getCell(address);
  // cell.value drops a falsy cached result; cell.result keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result;
  return cell.value;
}

/** A cell's text: LibreOffice writes mixed-script text as rich text runs; this joins them. */
export function cellText(ws: ExcelJS.Worksheet, address: string): string {
  const v = computed(ws, address);
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  return String(v);
}
