import { terminalText } from "../core/format/inert";
import { commands } from "./commands";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from "./io";

/** The list of commands: the only place that loads them all. */
async function help(): Promise<string> {
  const names = Object.keys(commands).sort();
  const width = Math.max(0, ...names.map((n) => n.length));
  const summaries = await Promise.all(names.map(async (n) => (await commands[n]()).summary));
  const lines = names.map((n, i) => `  ${n.padEnd(width)}  ${summaries[i]}`);
  return [
    "Usage: mkt COMMAND [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "mkt COMMAND --help shows a command's options.",
  ].join("\n");
}

/** Runs `mkt` with the given arguments; returns the exit code. Never throws for bad input. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(await help());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.err(`mkt: unknown command "${terminalText(name)}" (try: ${Object.keys(commands).sort().join(", ")})`);
    return EXIT_USAGE;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(terminalText(`mkt ${name}: ${e.message}`));
      return EXIT_USAGE;
    }
    throw e;
  }
}
