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

/** Common options, described once. */
const COMMON_TEXT: Readonly<Record<string, string>> = {
  lang: "en-US (default) or zh-CN: the language of the output",
  help: "print the command's usage and exit 0",
};

/**
 * What the usage text says of each option: its lines that start with `--name` (flags and
 * their CAPITAL placeholders first, then the description, continued on more-indented lines).
 */
export function optionTexts(usage: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string[] = [];
  let text = "";
  const flush = () => {
    for (const name of current) if (!out.has(name)) out.set(name, text.trim());
    current = [];
    text = "";
  };
  for (const line of usage.split("\n")) {
    if (/^ {2}--/.test(line)) {
      flush();
      const tokens = line.trim().split(/\s+/);
      let i = 0;
      for (; i < tokens.length; i++) {
        const flag = /^--([a-z][\w-]*),?$/.exec(tokens[i]);
        if (flag) current.push(flag[1]);
        else if (!/^[A-Z][A-Z_.]*,?$/.test(tokens[i])) break;
      }
      text = tokens.slice(i).join(" ");
    } else if (current.length > 0 && /^ {4,}\S/.test(line)) text += ` ${line.trim()}`;
    else flush();
  }
  flush();
  return out;
}

function optionRows(options: CommandOptions | undefined, usage: string): string[] {
  const all: CommandOptions = { ...(options ?? {}), ...COMMON_OPTIONS };
  const texts = optionTexts(usage);
  return Object.keys(all)
    .sort()
    .map((name) => {
      const o = all[name];
      const flag = `\`--${name}\`${o.short ? ` / \`-${o.short}\`` : ""}`;
      const takes = o.type === "boolean" ? "switch" : "value";
      const def = o.default === undefined || o.default === false ? "" : `\`${String(o.default)}\``;
      const what = (texts.get(name) || COMMON_TEXT[name] || "").replace(/\|/g, "\\|");
      return `| ${flag} | ${takes} | ${def} | ${what} |`;
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
    lines.push(
      "| Option | Takes | Default | What |",
      "| --- | --- | --- | --- |",
      ...optionRows(command.options, command.usage),
      "",
    );
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
