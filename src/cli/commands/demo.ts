import { buildDemoPlan } from "../../core/templates/demo";
import { planToXlsx } from "../../xlsx/plan-file";
import { parseCommandArgs } from "../args";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { THEME_USAGE, themeOption } from "../theme-file";
import { freeFilePath, writeWorkbookFile } from "./xlsx-out";

const DEFAULT_OUT = "campaign-scorecard-demo.xlsx";

const OPTIONS = {
  out: { type: "string" },
  force: { type: "boolean", default: false },
  theme: { type: "string" },
} as const;

const USAGE = `Usage: mkt demo [--out FILE.xlsx] [--lang en-US|zh-CN] [--theme FILE.json] [--force]

Writes a complete sample evaluation workbook: every template filled with the process
documents' examples (plan, data collection, metric matrix, evaluation summary with
achievement and levels, qualitative scorecard, channel efficiency, action tracking, and the
performance appraisal of planners, executors, analysts, sales and service teams) and an
attribution sheet, then prints its path.

  --out FILE   where to write (default ./${DEFAULT_OUT}, or a free variant of it)
  --lang       language (default en-US)
${THEME_USAGE}
  --force      replace FILE if it exists

Exit status: 0 written, 2 bad input.`;

export const demoCommand: Command = {
  summary: "write a complete sample evaluation workbook and print its path",
  usage: USAGE,
  options: OPTIONS,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals, lang } = parseCommandArgs(args, OPTIONS);
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const theme = await themeOption(values.theme);
    const { bytes, summary } = await planToXlsx(buildDemoPlan(lang, theme));
    const path = await writeWorkbookFile(values.out ?? freeFilePath(DEFAULT_OUT), bytes, values.force);
    io.out(path);
    io.err(`sheets: ${summary.sheets.map((s) => s.name).join(", ")}`);
    return EXIT_OK;
  },
};
