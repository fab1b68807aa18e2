import type { ParseArgsConfig } from "node:util";
import { isCellError, localizeError, type Result } from "../../core/errors";
import type { Locale } from "../../i18n/locale";
import { parseCommandArgs, type ParsedArgs } from "../args";
import { UsageError } from "../io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The shared parser (../args), with two additions for commands that take numbers only:
 * a negative number after an option is its value (`--mde -0.01`; parseArgs alone refuses a
 * value starting with a dash), and no positional argument is expected.
 */
export function parseNumberArgs<O extends Options>(args: readonly string[], options: O): ParsedArgs<O> {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith("--") && !args[i].includes("=") ? args[i].slice(2) : undefined;
    const next = args[i + 1];
    if (name && options[name]?.type === "string" && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else joined.push(args[i]);
  }
  const parsed = parseCommandArgs(joined, options);
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument ${parsed.positionals[0]}`);
  return parsed;
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
