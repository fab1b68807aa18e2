import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Locale } from "../../i18n/locale";
import { UsageError } from "../io";

/** Options shared by the commands that write a workbook: --lang, --out, --force. */
export function parseLocale(value: string): Locale {
  if (value !== "en-US" && value !== "zh-CN") throw new UsageError(`--lang must be en-US or zh-CN, not "${value}"`);
  return value;
}

/** Splits "--flag=value" and "--flag value"; returns the flag, its value reader and the next index. */
export function readFlag(
  args: readonly string[],
  k: number,
): { flag: string; value: () => string; next: () => number } {
  const arg = args[k];
  const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
  const flag = eq > 0 ? arg.slice(0, eq) : arg;
  let used = k;
  return {
    flag,
    value: () => {
      const v = eq > 0 ? arg.slice(eq + 1) : args[(used = k + 1)];
      if (v === undefined || v === "" || (eq < 0 && v.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
      return v;
    },
    next: () => used,
  };
}

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
