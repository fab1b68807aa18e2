import { inputProblemMessage } from "../core/input-problem";
import type { Locale } from "../i18n/locale";
import { readInputFile } from "./input-file";
import { InputProblemError, WorkbookReadError } from "./problem";
import { openXlsx, type XlsxPackage } from "./read";
import { packageTabular, type Tabular } from "./tabular";

export { readInputFile };

/** Opens an .xlsx file for reading (see openXlsx); any problem is a one-line WorkbookReadError. */
export async function openXlsxFile(path: string, locale: Locale = "en-US"): Promise<XlsxPackage> {
  const bytes = await readInputFile(path, locale);
  return withProblems(path, locale, () => openXlsx(bytes));
}

/** Runs a read of `path`, turning its InputProblemError into a WorkbookReadError in `locale`. */
export function withProblems<T>(path: string, locale: Locale, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof InputProblemError)
      throw new WorkbookReadError(`${path}: ${inputProblemMessage(e.problem, locale)}`);
    throw e;
  }
}

/**
 * Reads one sheet of a workbook (by name, else the first) into a header and rows. The
 * header is the first row with any value; blank rows after it are skipped. Returns
 * undefined when the named sheet does not exist; a WorkbookReadError when the file is
 * missing, no workbook, or past a limit (core/limits). Read by the streaming package
 * reader: only the sheet's cells, shared strings and styles are unpacked.
 */
export async function readTabular(
  path: string,
  sheetName?: string,
  locale: Locale = "en-US",
): Promise<Tabular | undefined> {
  const pkg = await openXlsxFile(path, locale);
  const wanted = sheetName?.toLowerCase();
  const sheet = wanted === undefined ? pkg.sheets[0] : pkg.sheets.find((s) => s.name.toLowerCase() === wanted);
  if (!sheet) return undefined;
  return withProblems(path, locale, () => packageTabular(pkg, sheet));
}
