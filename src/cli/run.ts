import { terminalText } from "../core/format/inert";
import { commands, loadCommands } from "./commands";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from "./io";

/** The list of commands (it loads every one). */
async function help(): Promise<string> {
  const all = await loadCommands();
  const names = Object.keys(all);
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${all[n].summary}`);
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
