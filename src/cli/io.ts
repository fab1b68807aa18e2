/** What a command may touch besides its arguments: output streams, kept injectable for tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Bad input from the user: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Exit codes: 0 success (or a clean check), 1 findings, 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A command's own options, as node:util parseArgs takes them (the common ones are added by ./args). */
export type CommandOptions = Readonly<
  Record<string, { readonly type: "string" | "boolean"; readonly short?: string; readonly default?: unknown }>
>;

export interface Command {
  /** One line for `mkt --help`. */
  readonly summary: string;
  /** Full usage text for `mkt COMMAND --help`; its "Exit status:" line goes into docs/cli.md. */
  readonly usage: string;
  /** The options the command parses; docs/cli.md lists them (generated from these definitions). */
  readonly options?: CommandOptions;
  run(args: string[], io: CliIO): Promise<number>;
}
