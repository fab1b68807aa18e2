import { extname } from "node:path";
import { UsageError } from "./io";

/** The workbook files `mkt` reads and writes a copy of. */
export type WorkbookExtension = ".xlsx" | ".xlsm";

/** ".xlsx" or ".xlsm" (any case) for a workbook path, else undefined. */
export function workbookExtension(path: string): WorkbookExtension | undefined {
  const ext = extname(path).toLowerCase();
  return ext === ".xlsx" || ext === ".xlsm" ? ext : undefined;
}

/** The input's extension, or a UsageError saying which files are read. */
export function inputWorkbookExtension(path: string): WorkbookExtension {
  const ext = workbookExtension(path);
  if (ext === undefined) throw new UsageError(`${path}: the workbook must be an .xlsx or .xlsm file`);
  return ext;
}

/** `dir/name.xlsm` to `dir/name-<suffix>.xlsm`: the copy keeps the input's extension. */
export function besideInput(path: string, suffix: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-${suffix}${ext}`;
}

/**
 * A copy of a workbook keeps its extension: a package keeps its workbook part's content type,
 * and Excel opens a file only when its extension names that format ("Excel cannot open the
 * file because the file format or file extension is not valid"; the macro-enabled .xlsm and
 * the macro-free .xlsx are different formats:
 * https://support.microsoft.com/office/file-formats-that-are-supported-in-excel-0943ff2c-6014-4e8d-aaea-b83d51d46247).
 * A UsageError says why when `out` names the other one. An input that is neither is read by
 * its content, and its copy is an .xlsx.
 */
export function checkOutExtension(input: string, out: string): void {
  const want = workbookExtension(input) ?? ".xlsx";
  const got = workbookExtension(out);
  if (got === want) return;
  if (want === ".xlsm")
    throw new UsageError(
      `--out ${out}: the input ${input} is a macro-enabled workbook (.xlsm) and its copy keeps the macros; ` +
        `saved under another extension it will not open in Excel. Name an .xlsm file.`,
    );
  if (got === ".xlsm")
    throw new UsageError(
      `--out ${out}: the input ${input} is a workbook without macros (.xlsx); ` +
        `saved as .xlsm it will not open in Excel, which expects macros in an .xlsm. Name an .xlsx file.`,
    );
  throw new UsageError(`--out must end in .xlsx: ${out}`);
}
