import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError } from "../io";

/**
 * Writes .xlsx bytes to `path`. An existing file is never replaced unless `force`: the
 * exclusive-create flag makes that hold even against a file appearing meanwhile.
 */
export async function writeWorkbookFile(path: string, bytes: Uint8Array, force: boolean): Promise<string> {
  const full = resolve(path);
  if (!/\.xlsx$/i.test(full)) throw new UsageError(`--out must end in .xlsx: ${path}`);
  if (!force && existsSync(full)) throw new UsageError(`${path} exists; use --force to overwrite it`);
  await mkdir(dirname(full), { recursive: true });
  try {
    await writeFile(full, bytes, { flag: force ? "w" : "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UsageError(`${path} exists; use --force to overwrite it`);
    if (code === "EACCES" || code === "EISDIR" || code === "ENOENT" || code === "EROFS")
      throw new UsageError(`cannot write ${path} (${code})`);
    throw e;
  }
  return full;
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
