import { RULE_IDS } from "../core/checks/types";
import { TEMPLATE_CATALOG } from "../core/templates";
import { t } from "../i18n/catalog";
import type { MessageKey } from "../i18n/catalog";
import { COMMON_OPTIONS } from "./args";
import type { Command, CommandOptions } from "./io";

/**
 * docs/cli.md, generated from the commands themselves (src/cli/commands.ts): one section per
 * command with its summary, its `--help` text, a table of the options it parses and its exit
 * status; then the template ids `mkt scaffold` takes and the rule ids `mkt check --rules`
 * takes, from their catalogues. A command, template or rule added there appears here by
 * construction; `npm run docs` writes the page and a test fails while the committed page
 * differs from what this returns.
 */

const GENERAL_EXIT = "0 done (for `mkt check`: clean), 1 findings, 2 bad input (one line on stderr)";

/** The "Exit status: …" line of a usage text, or the general rule of src/cli/io.ts. */
export function exitStatus(usage: string): string {
  const line = /^Exit status:\s*(.+)$/m.exec(usage);
  return line ? line[1].trim().replace(/\.$/, "") : GENERAL_EXIT;
}

function optionRows(options: CommandOptions | undefined): string[] {
  const all: CommandOptions = { ...(options ?? {}), ...COMMON_OPTIONS };
  return Object.keys(all)
    .sort()
    .map((name) => {
      const o = all[name];
      const flag = `\`--${name}\`${o.short ? ` / \`-${o.short}\`` : ""}`;
      const takes = o.type === "boolean" ? "switch" : "value";
      const def = o.default === undefined || o.default === false ? "" : `\`${String(o.default)}\``;
      return `| ${flag} | ${takes} | ${def} |`;
    });
}

/** The Markdown of docs/cli.md for the given commands (by name). */
export function cliReferenceMarkdown(commands: Readonly<Record<string, Command>>): string {
  const names = Object.keys(commands).sort();
  const lines = [
    "# `mkt` command reference",
    "",
    "<!-- Generated from the command definitions in src/cli by `npm run docs`. Do not edit by hand. -->",
    "",
    "Every command of the `mkt` command line, with the options it parses and its exit status. The rules " +
      "they share (how options are read, output files, text written inert) are in " +
      "[the command line guide](command-line.md).",
    "",
    [...names.map((n) => `[\`mkt ${n}\`](#mkt-${n})`), "[template ids](#template-ids)", "[rule ids](#rule-ids)"].join(
      " · ",
    ),
    "",
  ];
  for (const name of names) {
    const command = commands[name];
    lines.push(`## mkt ${name}`, "", `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`, "");
    lines.push("```text", command.usage.trimEnd(), "```", "");
    lines.push("| Option | Takes | Default |", "| --- | --- | --- |", ...optionRows(command.options), "");
    lines.push(`Exit status: ${exitStatus(command.usage)}.`, "");
  }
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const both = (key: MessageKey) => cell(`${t("en-US", key)} · ${t("zh-CN", key)}`);
  lines.push(
    "## Template ids",
    "",
    "What `mkt scaffold TEMPLATE...` takes (or `all`), in the order of the evaluation process; " +
      "see [templates](templates.md).",
    "",
    "| Id | Sheet | What it is for |",
    "| --- | --- | --- |",
    ...TEMPLATE_CATALOG.map((e) => `| \`${e.id}\` | ${both(e.sheet)} | ${cell(t("en-US", e.description))} |`),
    "",
    "## Rule ids",
    "",
    "What `mkt check --rules LIST` takes (comma-separated; all of them when omitted); see " +
      "[data checks](data-checks.md).",
    "",
    "| Id | Finds |",
    "| --- | --- |",
    ...RULE_IDS.map((id) => `| \`${id}\` | ${both(`rule.${id}` as MessageKey)} |`),
    "",
  );
  return lines.join("\n");
}
