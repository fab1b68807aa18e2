import { readFile } from "node:fs/promises";
import { ZodError } from "zod";
import {
  checkSheet,
  findingMessage,
  findingRecord,
  fmtNumber,
  parseCheckSettings,
  readFlagStateSheetNames,
  RULE_IDS,
  type CheckSettings,
  type Finding,
  type RuleId,
} from "../../core/checks";
import { terminalText } from "../../core/format/inert";
import { todaySerial, ymdToSerial } from "../../core/sheet";
import type { Locale } from "../../i18n/locale";
import { openXlsxFile, withProblems } from "../../ooxml/file";
import { flagPackage, readPackageFlagState, readSheetGrid } from "../../ooxml";
import { WorkbookReadError } from "../../ooxml/problem";
import { choiceOption, parseCommandArgs } from "../args";
import { checkOut, writeOut, type OutTarget } from "../out-file";
import { checkOutExtension } from "../workbook-extension";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from "../io";

const USAGE = `Usage: mkt check FILE.xlsx [--sheet NAME] [--rules LIST] [--out FLAGGED.xlsx] [--format table|json]
                 [--settings FILE.json] [--today YYYY-MM-DD] [--lang en-US|zh-CN] [--force]

Finds data anomalies without changing a value: missing values, duplicates, funnel
contradictions, sources that disagree, outliers, missed targets, overdue actions, types
and ranges, a campaign off pace and days outside the forecast band (docs/monitoring.md).
Every visible sheet is checked unless --sheet names one.

  --rules LIST     comma-separated rule ids: ${RULE_IDS.join(", ")}
  --out FILE       write a flagged copy (fills, notes, a report sheet); the input is never modified;
                   FILE has the input's extension (an .xlsm's copy is an .xlsm, its macros kept)
  --force          replace the --out file if it exists
  --format         table (default) or json: [{"rule","severity","sheet","cell","value","message"}]
  --settings FILE  rule settings as JSON (e.g. {"crossSource":{"tolerance":0.1}})
  --today DATE     the day overdue actions are judged against (default: today)
  --lang           language of the messages (default en-US)

Exit status: 0 clean, 1 findings, 2 bad input.`;

interface CheckArgs {
  file: string;
  sheet?: string;
  rules?: RuleId[];
  out?: string;
  force: boolean;
  format: "table" | "json";
  settings?: string;
  today?: string;
  lang: Locale;
}

const OPTIONS = {
  sheet: { type: "string" },
  rules: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean", default: false },
  format: { type: "string", default: "table" },
  settings: { type: "string" },
  today: { type: "string" },
} as const;

function parseRules(text: string): RuleId[] {
  const ids = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const bad = ids.find((id) => !(RULE_IDS as readonly string[]).includes(id));
  if (bad !== undefined || ids.length === 0)
    throw new UsageError(`unknown rule "${bad ?? ""}" (rules: ${RULE_IDS.join(", ")})`);
  return ids as RuleId[];
}

function parseCheckArgs(args: string[]): CheckArgs {
  const { values, positionals, lang } = parseCommandArgs(args, OPTIONS);
  if (positionals.length === 0) throw new UsageError("which workbook? mkt check FILE.xlsx");
  if (positionals.length > 1)
    throw new UsageError(`one file at a time (got "${positionals[0]}" and "${positionals[1]}")`);
  return {
    file: positionals[0],
    sheet: values.sheet,
    rules: values.rules === undefined ? undefined : parseRules(values.rules),
    out: values.out,
    force: values.force,
    format: choiceOption("format", values.format, ["table", "json"] as const),
    settings: values.settings,
    today: values.today,
    lang,
  };
}

/** The day overdue actions are judged against: --today, else today where the user is (as in Excel). */
function judgementDay(text: string | undefined): number {
  if (text === undefined) return todaySerial();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const serial = m ? ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (Number.isNaN(serial)) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${text}"`);
  return serial;
}

async function loadSettings(args: CheckArgs): Promise<CheckSettings> {
  let raw: unknown = {};
  if (args.settings !== undefined) {
    try {
      raw = JSON.parse(await readFile(args.settings, "utf8"));
    } catch (e) {
      throw new UsageError(
        `cannot read settings ${args.settings}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
      );
    }
  }
  if (args.rules) raw = { ...(raw as object), rules: args.rules };
  try {
    return parseCheckSettings(raw);
  } catch (e) {
    if (e instanceof ZodError) {
      const issue = e.issues[0];
      throw new UsageError(`bad settings at ${issue.path.join(".") || "(top)"}: ${issue.message}`);
    }
    throw e;
  }
}

function shown(value: Finding["value"]): string {
  if (value === null) return "(blank)";
  if (typeof value === "number") return fmtNumber(value);
  const text = String(value).replace(/\s+/g, " ");
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function table(findings: readonly Finding[], locale: Locale): string {
  // Sheet names, values and messages quote the user's file: no control character reaches the terminal.
  const rows = findings.map((f) =>
    [`${f.sheet}!${f.cell}`, f.severity, f.rule, shown(f.value), findingMessage(f, locale)].map(terminalText),
  );
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join("  ")).join("\n");
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCheckArgs(argv);
  const settings = await loadSettings(args);
  const today = judgementDay(args.today);
  // Checked before any work: an existing file (without --force), the input itself, a missing folder.
  const inputs = args.settings === undefined ? [args.file] : [args.file, args.settings];
  if (args.out !== undefined) checkOutExtension(args.file, args.out);
  const out = args.out === undefined ? undefined : await checkOut(args.out, { force: args.force, inputs });
  try {
    return await checkFile(args, settings, today, io, out);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UsageError(e.message);
    throw e;
  }
}

async function checkFile(
  args: CheckArgs,
  settings: CheckSettings,
  today: number,
  io: CliIO,
  out: OutTarget | undefined,
): Promise<number> {
  const pkg = await openXlsxFile(args.file, args.lang);
  const ours = readFlagStateSheetNames(withProblems(args.file, args.lang, () => readPackageFlagState(pkg)));
  let sheets = pkg.sheets.filter((w) => w.state === "visible" && !ours.has(w.name.toLowerCase()));
  if (args.sheet !== undefined) {
    const wanted = args.sheet.toLowerCase();
    const ws = pkg.sheets.find((w) => w.name.toLowerCase() === wanted);
    if (!ws)
      throw new UsageError(`no sheet named "${args.sheet}" (sheets: ${pkg.sheets.map((w) => w.name).join(", ")})`);
    sheets = [ws];
  }
  const findings: Finding[] = [];
  let present = 0;
  for (const ws of sheets) {
    const read = withProblems(args.file, args.lang, () => readSheetGrid(pkg, ws, present));
    present = read.present;
    const result = checkSheet(read.grid, settings, today);
    findings.push(...result.findings);
    for (const rule of result.truncated) {
      io.err(
        terminalText(
          `mkt check: ${ws.name}: rule ${rule} stopped at ${settings.maxFindingsPerRule} findings (maxFindingsPerRule)`,
        ),
      );
    }
  }
  if (args.format === "json") {
    io.out(
      JSON.stringify(
        findings.map((f) => findingRecord(f, args.lang)),
        null,
        2,
      ),
    );
  } else if (findings.length === 0) {
    io.out(terminalText(`No findings in ${sheets.map((s) => s.name).join(", ")}.`));
  } else {
    io.out(table(findings, args.lang));
    io.out(`${findings.length} finding${findings.length === 1 ? "" : "s"}.`);
  }
  if (out !== undefined) {
    // The flags are patched into the original package: every other part is copied as it was.
    const { bytes } = withProblems(args.file, args.lang, () =>
      flagPackage(
        pkg,
        findings,
        sheets.map((s) => s.name),
        { locale: args.lang },
      ),
    );
    await writeOut(out, bytes);
    if (args.format === "table") io.out(terminalText(`Flagged copy: ${out.given}`));
  }
  return findings.length === 0 ? EXIT_OK : EXIT_FINDINGS;
}

export const checkCommand: Command = {
  summary: "find and flag data anomalies in a workbook, without changing a value",
  usage: USAGE,
  options: OPTIONS,
  run,
};
