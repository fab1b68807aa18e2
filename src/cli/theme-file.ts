import { readFile } from "node:fs/promises";
import { ZodError } from "zod";
import { parseTheme, themeProblem, type Theme } from "../core/report/theme";
import { UsageError } from "./io";

/** What `--theme FILE` reads, in the usage of every command that takes it (report, scaffold, demo). */
export const THEME_USAGE = `  --theme FILE colours as JSON: {"header":{"fill":"#RRGGBB","font":"#RRGGBB"},"accent":"#RRGGBB",
               "good"|"neutral"|"bad":{"fill","font"},"series":["#RRGGBB",...]}; absent fields keep the defaults`;

/** Theme files are small: anything bigger is not one. */
const THEME_MAX_BYTES = 64 * 1024;

/**
 * The one reader of `--theme FILE.json`: UTF-8 JSON (a byte-order mark ignored), checked by
 * the palette's zod schema. Every problem is a UsageError (exit 2) naming the file and,
 * for a wrong value, the field: `--theme brand.json: series.1: a colour as "#RRGGBB"`.
 */
export async function readThemeFile(path: string): Promise<Theme> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > THEME_MAX_BYTES)
      throw new UsageError(`--theme ${path}: ${bytes.length} bytes, over ${THEME_MAX_BYTES}`);
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--theme ${path}: ${code === "ENOENT" ? "no such file" : code ? `cannot be read (${code})` : "not UTF-8 text"}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError(`--theme ${path}: not JSON (${(e as Error).message.split("\n")[0]})`);
  }
  try {
    return parseTheme(data);
  } catch (e) {
    if (e instanceof ZodError) throw new UsageError(`--theme ${path}: ${themeProblem(e)}`);
    throw e;
  }
}

/** `--theme` when given: the theme it names; undefined otherwise (the default colours). */
export async function themeOption(path: string | undefined): Promise<Theme | undefined> {
  return path === undefined ? undefined : readThemeFile(path);
}
