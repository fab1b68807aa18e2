import type { Command } from "./io";

/**
 * Every `mkt` subcommand, by name, loaded only when run: a command's dependencies (ExcelJS,
 * DuckDB's native binding, the statistics libraries...) cost start-up time that the other
 * commands should not pay. Each lives in its own module under src/cli/commands/ and is
 * added here.
 */
export const commands: Readonly<Record<string, () => Promise<Command>>> = {
  abtest: async () => (await import("./commands/abtest")).abtestCommand,
  attribute: async () => (await import("./commands/attribute")).attributeCommand,
  check: async () => (await import("./commands/check")).checkCommand,
  demo: async () => (await import("./commands/demo")).demoCommand,
  pace: async () => (await import("./commands/pace")).paceCommand,
  paths: async () => (await import("./commands/paths")).pathsCommand,
  report: async () => (await import("./commands/report")).reportCommand,
  samplesize: async () => (await import("./commands/samplesize")).samplesizeCommand,
  scaffold: async () => (await import("./commands/scaffold")).scaffoldCommand,
};

/** Every command loaded (the command list of `mkt --help`, the command reference). */
export async function loadCommands(): Promise<Record<string, Command>> {
  const names = Object.keys(commands).sort();
  const loaded = await Promise.all(names.map((n) => commands[n]()));
  return Object.fromEntries(names.map((n, i) => [n, loaded[i]]));
}
