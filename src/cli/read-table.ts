import { extname } from "node:path";
import { WorkbookReadError } from "../ooxml/problem";
import { readInputFile } from "../ooxml/input-file";
import type { Tabular } from "../xlsx/tabular";
import { CsvReadError, parseCsv, type CsvEncoding } from "../core/format/csv";
import { decodeCsv } from "./csv";
import { UsageError } from "./io";

export interface InputTable {
  readonly table: Tabular;
  /** For a CSV file: the encoding it was read in. */
  readonly encoding?: CsvEncoding;
  /** How messages name the file: its path, with the encoding when it is not UTF-8. */
  readonly label: string;
}

/** What a CSV shortcut made of the file, in place of its table. */
export interface QuickInput<T> {
  readonly quick: T;
  readonly encoding: CsvEncoding;
  readonly label: string;
}

/**
 * What a caller can make of a CSV text without a table of every row (`label` as in
 * InputTable), or undefined to have the table read.
 */
export type CsvShortcut<T> = (text: string, label: string) => T | undefined;

/**
 * Reads a .csv (.txt) or .xlsx file into a header and rows; bad input is a one-line UsageError.
 * With `shortcut`, a CSV text is first given to it, and what it makes is returned as `quick`
 * in place of the table.
 */
export async function readTable(file: string, sheet?: string): Promise<InputTable>;
export async function readTable<T>(
  file: string,
  sheet: string | undefined,
  shortcut: CsvShortcut<T>,
): Promise<InputTable | QuickInput<T>>;
export async function readTable<T>(
  file: string,
  sheet?: string,
  shortcut?: CsvShortcut<T>,
): Promise<InputTable | QuickInput<T>> {
  const ext = extname(file).toLowerCase();
  let label = file;
  try {
    if (ext === ".csv" || ext === ".txt") {
      const { text, encoding } = decodeCsv(await readInputFile(file));
      if (encoding !== "UTF-8") label = `${file} (read as ${encoding})`;
      const quick = shortcut?.(text, label);
      if (quick !== undefined) return { quick, encoding, label };
      return { table: parseCsv(text, { numbers: true }), encoding, label };
    }
    if (ext === ".xlsx" || ext === ".xlsm") {
      // The .xlsx reader (unzip, XML) is loaded only for an .xlsx file.
      const { readTabular } = await import("../ooxml/file");
      const table = await readTabular(file, sheet);
      if (!table) throw new UsageError(`${file} has no sheet "${sheet ?? ""}"`);
      return { table, label };
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof WorkbookReadError) throw new UsageError(e.message);
    if (e instanceof CsvReadError) throw new UsageError(`${label}: ${e.message}`);
    const code = (e as { code?: unknown }).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${file}: no such file`
        : code === "EISDIR"
          ? `${file}: is a folder, not a file`
          : `${file}: cannot be read (${String((e as Error).message).split("\n")[0]})`,
    );
  }
  throw new UsageError(`${file}: expected a .csv or .xlsx file`);
}
