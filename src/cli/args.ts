import { parseArgs, type ParseArgsConfig } from "node:util";
import { findColumn } from "../core/attribution/guess-columns";
import { LOCALES, type Locale } from "../i18n/locale";
import { UsageError } from "./io";

/**
 * The one argument reader of every `mkt` command: `node:util` parseArgs (strict), plus the
 * options every command shares (`--lang`, `--help`). Its errors are one-line UsageErrors.
 */
type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. `--help` is answered by the runner before the command runs. */
export const COMMON_OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Config<O extends Options> = {
  args: string[];
  options: O & typeof COMMON_OPTIONS;
  allowPositionals: true;
  strict: true;
};

/** The parsed values of a command's options (plus the common ones). */
export type ArgValues<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>["values"];

export interface ParsedArgs<O extends Options> {
  readonly values: ArgValues<O>;
  readonly positionals: readonly string[];
  /** `--lang`, checked: en-US (default) or zh-CN. */
  readonly lang: Locale;
}

/** `--lang`: en-US or zh-CN exactly; anything else is refused. */
export function parseLocale(value: string | undefined): Locale {
  if (value === undefined) return "en-US";
  if (!(LOCALES as readonly string[]).includes(value))
    throw new UsageError(`--lang must be ${LOCALES.join(" or ")}, not "${value}"`);
  return value as Locale;
}

interface ParseArgsError {
  code?: string;
  message: string;
}

/** One line for a parseArgs error, in the words the commands use. */
function usageMessage(e: ParseArgsError, args: readonly string[]): string {
  const quoted = /'(-[^'\s]*)/.exec(e.message)?.[1];
  const flag = quoted?.replace(/\s.*$/, "");
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${flag ?? e.message}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      // Either a value is missing ("--out" last, or followed by another option), or a
      // boolean flag was given one ("--force=yes").
      const name = flag ?? "option";
      return args.some((a) => a.startsWith(`${name}=`)) ? `${name} takes no value` : `${name} needs a value`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${/'([^']*)'/.exec(e.message)?.[1] ?? ""}`.trimEnd();
    default:
      return e.message.split("\n")[0];
  }
}

/**
 * Parses a command's arguments with its own options and the common ones. Unknown options,
 * missing values and a bad `--lang` are UsageErrors (exit 2, one line).
 */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O): ParsedArgs<O> {
  let parsed: { values: ArgValues<O>; positionals: string[] };
  try {
    parsed = parseArgs<Config<O>>({
      args: [...args],
      options: { ...options, ...COMMON_OPTIONS },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    // parseArgs throws TypeErrors with a code; tested by shape, as they may come from another realm.
    if (typeof e === "object" && e !== null && typeof (e as ParseArgsError).message === "string")
      throw new UsageError(usageMessage(e as ParseArgsError, args));
    throw e;
  }
  const lang = parseLocale((parsed.values as { lang?: string }).lang);
  return { values: parsed.values, positionals: parsed.positionals, lang };
}

/** A number given as an option's text; a UsageError naming the option when it is not one. */
export function numberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.trim());
  if (text.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not "${text}"`);
  return n;
}

/** An option that takes one of a few words; a UsageError listing them otherwise. */
export function choiceOption<T extends string>(name: string, text: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(text))
    throw new UsageError(
      `--${name} must be ${choices.slice(0, -1).join(", ")}${choices.length > 1 ? " or " : ""}${choices[choices.length - 1]}, not "${text}"`,
    );
  return text as T;
}

/**
 * The column a `--*-col NAME` option names, matched as the task pane matches headers
 * (trimmed, case-insensitive, spaces and hyphens as underscores): -1 when absent.
 */
export function columnOption(header: readonly unknown[], name: string): number {
  return findColumn(header, name);
}
