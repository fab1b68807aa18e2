import { abtestCommand } from "./commands/abtest";
import { attributeCommand } from "./commands/attribute";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { pathsCommand } from "./commands/paths";
import { reportCommand } from "./commands/report";
import { samplesizeCommand } from "./commands/samplesize";
import { scaffoldCommand } from "./commands/scaffold";
import type { Command } from "./io";

/**
 * Every `mkt` subcommand, by name. Each lives in its own module under src/cli/commands/
 * and is added here.
 */
export const commands: Readonly<Record<string, Command>> = {
  abtest: abtestCommand,
  attribute: attributeCommand,
  check: checkCommand,
  demo: demoCommand,
  paths: pathsCommand,
  report: reportCommand,
  samplesize: samplesizeCommand,
  scaffold: scaffoldCommand,
};
