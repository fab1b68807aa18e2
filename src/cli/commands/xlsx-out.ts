import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../io";
import { checkOut, writeOut } from "../out-file";

/**
 * Writes .xlsx bytes to `path` under the --out rules (./out-file): an existing file is never
 * replaced unless `force`, a missing folder is refused. Returns the absolute path.
 */
export async function writeWorkbookFile(path: string, bytes: Uint8Array, force: boolean): Promise<string> {
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`--out must end in .xlsx: ${path}`);
  return writeOut(await checkOut(path, { force }), bytes);
}

/** `base.xlsx` if free, else `base (2).xlsx`, `base (3).xlsx`... */
export function freeFilePath(path: string): string {
  const full = resolve(path);
  if (!existsSync(full)) return full;
  const stem = full.replace(/\.xlsx$/i, "");
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i}).xlsx`;
    if (!existsSync(candidate)) return candidate;
  }
}
