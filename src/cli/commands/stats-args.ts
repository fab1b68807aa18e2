import { parseArgs, type ParseArgsConfig } from "node:util";
import { isCellError, localizeError, type Result } from "../../core/errors";
import type { Locale } from "../../i18n/locale";
import { UsageError } from "../io";

/** Flags parsed by node:util parseArgs; its errors become one-line usage errors. */
export function parseFlags<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
): ReturnType<typeof parseArgs<{ options: T; allowPositionals: false; strict: true }>>["values"] {
  try {
    return parseArgs({ args: joinNegatives(args, options), allowPositionals: false, strict: true, options }).values;
  } catch (e) {
    const text = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    throw new UsageError(text.replace(/^\w*Error \[[A-Z_]+\]: /, ""));
  }
}

/**
 * parseArgs refuses `--mde -0.01` (a value starting with a dash); a negative number after a
 * string flag is joined to it (`--mde=-0.01`) so a drop can be typed naturally.
 */
function joinNegatives(args: string[], options: NonNullable<ParseArgsConfig["options"]>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith("--") && !args[i].includes("=") ? args[i].slice(2) : undefined;
    const next = args[i + 1];
    if (name && options[name]?.type === "string" && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]);
  }
  return out;
}

/** A flag's text as what a cell would hold: a number when it reads as one, else the text (so messages say "is text"). */
export function flagValue(text: string | undefined): number | string | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A core result, or a usage error carrying its message. */
export function orUsage<T>(result: Result<T>, locale: Locale = "en-US"): T {
  if (isCellError(result)) throw new UsageError(localizeError(result, locale));
  return result;
}

/** A fixed set of choices for a flag. */
export function oneOf<T extends string>(value: string, flag: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === value);
  if (found === undefined) throw new UsageError(`${flag} must be ${choices.join(", ")}, not "${value}"`);
  return found;
}
