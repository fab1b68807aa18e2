import { buildDemoPlan } from "../../core/templates/demo";
import type { Locale } from "../../i18n/locale";
import { planToXlsx } from "../../xlsx/plan-file";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { freeFilePath, parseLocale, readFlag, writeWorkbookFile } from "./xlsx-out";

const DEFAULT_OUT = "campaign-scorecard-demo.xlsx";

const USAGE = `Usage: mkt demo [--out FILE.xlsx] [--lang en-US|zh-CN] [--force]

Writes a complete sample evaluation workbook: every template filled with the process
documents' examples (plan, data collection, metric matrix, evaluation summary with
achievement and levels, qualitative scorecard, channel efficiency, action tracking) and an
attribution sheet, then prints its path.

  --out FILE   where to write (default ./${DEFAULT_OUT}, or a free variant of it)
  --lang       language (default en-US)
  --force      replace FILE if it exists`;

export const demoCommand: Command = {
  summary: "write a complete sample evaluation workbook and print its path",
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    let out: string | undefined;
    let lang: Locale = "en-US";
    let force = false;
    for (let k = 0; k < args.length; k++) {
      const { flag, value, next } = readFlag(args, k);
      switch (flag) {
        case "--out":
          out = value();
          break;
        case "--lang":
          lang = parseLocale(value());
          break;
        case "--force":
          force = true;
          break;
        default:
          throw new UsageError(`unexpected argument ${flag}`);
      }
      k = next();
    }
    const { bytes, summary } = await planToXlsx(buildDemoPlan(lang));
    const path = await writeWorkbookFile(out ?? freeFilePath(DEFAULT_OUT), bytes, force);
    io.out(path);
    io.err(`sheets: ${summary.sheets.map((s) => s.name).join(", ")}`);
    return EXIT_OK;
  },
};
