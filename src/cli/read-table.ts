import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { WorkbookReadError } from "../xlsx/read-workbook";
import { readTabular, type Tabular } from "../xlsx/tabular";
import { parseCsv } from "./csv";
import { UsageError } from "./io";

/** Reads a .csv or .xlsx file into a header and rows; bad input is a one-line UsageError. */
export async function readTable(file: string, sheet?: string): Promise<Tabular> {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === ".csv" || ext === ".txt") return parseCsv(await readFile(file, "utf8"), { numbers: true });
    if (ext === ".xlsx") {
      const table = await readTabular(file, sheet);
      if (!table) throw new UsageError(`${file} has no sheet "${sheet ?? ""}"`);
      return table;
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof WorkbookReadError) throw new UsageError(e.message);
    const code = (e as { code?: unknown }).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${file}: no such file`
        : `${file}: cannot be read (${String((e as Error).message).split("\n")[0]})`,
    );
  }
  throw new UsageError(`${file}: expected a .csv or .xlsx file`);
}
