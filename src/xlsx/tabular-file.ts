import type { Locale } from "../i18n/locale";
import { openXlsxFile, withProblems } from "../ooxml/file";
import { packageTabular, type Tabular } from "../ooxml/tabular";

/* Node only (reads a file): the browser preview reads tables from its session instead. */

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
