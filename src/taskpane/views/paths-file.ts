import { decodeCsv, parseCsv } from "../../core/format/csv";
import { looksLikePaths, pathsSheetPlan, type PathsFileTable } from "../../core/paths/paths-sheet";
import { columnLetter } from "../../core/plan/address";
import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { openXlsx } from "../../ooxml/read";
import { packageTabular } from "../../ooxml/tabular";
import type { HostServices, TableRead } from "../services";

/** Files past this size are refused before they are read (a paths table is small: aggregate first). */
export const PATHS_FILE_LIMIT = 50 * 1024 * 1024;

/** A CSV or .xlsx paths file (as `mkt paths` or a warehouse writes it) as header and rows. */
export function readPathsFile(name: string, bytes: Uint8Array): PathsFileTable {
  if (/\.xlsx$/i.test(name)) {
    const pkg = openXlsx(bytes);
    const sheet = pkg.sheets[0];
    if (!sheet) return { header: [], rows: [] };
    const table = packageTabular(pkg, sheet);
    return { header: table.header, rows: table.rows };
  }
  // Read as `mkt attribute` reads a CSV: the same decoding, delimiters, quoting and numbers.
  return parseCsv(decodeCsv(bytes).text, { numbers: true });
}

export type OpenPathsOutcome =
  | { readonly ok: true; readonly sheet: string; readonly table: TableRead }
  | { readonly ok: false; readonly message: string };

/**
 * "Open a paths file": reads the file, checks it holds paths, writes it into a new sheet and
 * gives it back as the table the view attributes. Failures come back as a message.
 */
export async function openPathsFile(
  services: Pick<HostServices, "applyPlan">,
  name: string,
  bytes: Uint8Array,
  locale: Locale,
): Promise<OpenPathsOutcome> {
  if (bytes.length > PATHS_FILE_LIMIT)
    return { ok: false, message: t(locale, "attr.open.tooBig", { name, mb: Math.round(PATHS_FILE_LIMIT / 1048576) }) };
  let table: PathsFileTable;
  try {
    table = readPathsFile(name, bytes);
  } catch (e) {
    return {
      ok: false,
      message: t(locale, "attr.open.failed", {
        name,
        reason: e instanceof Error ? e.message.split("\n")[0] : String(e),
      }),
    };
  }
  if (table.rows.length === 0 || !looksLikePaths(table))
    return {
      ok: false,
      message: t(locale, "attr.open.notPaths", { name, columns: table.header.slice(0, 8).join(", ") }),
    };
  try {
    const summary = await services.applyPlan(pathsSheetPlan(table, t(locale, "attr.open.sheet")));
    const sheet = summary.sheets[0].name;
    const lastColumn = columnLetter(Math.max(0, table.header.length - 1));
    return {
      ok: true,
      sheet,
      table: { source: `${sheet}!A1:${lastColumn}${table.rows.length + 1}`, header: table.header, rows: table.rows },
    };
  } catch (e) {
    return {
      ok: false,
      message: t(locale, "attr.open.failed", { name, reason: e instanceof Error ? e.message : String(e) }),
    };
  }
}
