import { resolveTemplateIds, TEMPLATE_IDS, UnknownTemplateError } from "../../core/templates";
import { buildTemplatesPlan } from "../../core/templates";
import type { Locale } from "../../i18n/locale";
import { planToXlsx } from "../../xlsx/plan-file";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { parseLocale, readFlag, writeWorkbookFile } from "./xlsx-out";

const USAGE = `Usage: mkt scaffold TEMPLATE... | all --out FILE.xlsx [--lang en-US|zh-CN] [--sample] [--force]

Writes evaluation templates as sheets of a new workbook: Excel tables with styled headers,
drop-downs, native formulas (they calculate without the add-in) and colour for targets
reached. Templates: ${TEMPLATE_IDS.join(", ")}; or all.

  --out FILE   the .xlsx to write (never overwritten unless --force)
  --lang       language of headers and choices (default en-US)
  --sample     include the process documents' sample rows
  --force      replace FILE if it exists`;

interface ScaffoldArgs {
  templates: string[];
  out: string;
  lang: Locale;
  sample: boolean;
  force: boolean;
}

function parseArgs(args: readonly string[]): ScaffoldArgs {
  const templates: string[] = [];
  let out: string | undefined;
  let lang: Locale = "en-US";
  let sample = false;
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
      case "--sample":
        sample = true;
        break;
      case "--force":
        force = true;
        break;
      default:
        if (flag.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
        templates.push(flag);
    }
    k = next();
  }
  if (templates.length === 0) throw new UsageError(`name at least one template (${TEMPLATE_IDS.join(", ")}) or all`);
  if (out === undefined) throw new UsageError("--out FILE.xlsx is required");
  return { templates, out, lang, sample, force };
}

export const scaffoldCommand: Command = {
  summary: "write evaluation templates (tables, formulas, drop-downs) to a new .xlsx",
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const a = parseArgs(args);
    let ids: string[];
    try {
      ids = resolveTemplateIds(a.templates);
    } catch (e) {
      if (e instanceof UnknownTemplateError) throw new UsageError(e.message);
      throw e;
    }
    const { bytes, summary } = await planToXlsx(buildTemplatesPlan(ids, { locale: a.lang, sample: a.sample }));
    const path = await writeWorkbookFile(a.out, bytes, a.force);
    io.out(`${path}\n  sheets: ${summary.sheets.map((s) => s.name).join(", ")}`);
    return EXIT_OK;
  },
};
