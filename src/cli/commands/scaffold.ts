import { resolveTemplateIds, TEMPLATE_IDS, UnknownTemplateError } from "../../core/templates";
import { buildTemplatesPlan } from "../../core/templates";
import type { Locale } from "../../i18n/locale";
import { planToXlsx } from "../../xlsx/plan-file";
import { parseCommandArgs } from "../args";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { THEME_USAGE, themeOption } from "../theme-file";
import { writeWorkbookFile } from "./xlsx-out";

const USAGE = `Usage: mkt scaffold TEMPLATE... | all --out FILE.xlsx [--lang en-US|zh-CN] [--sample] [--theme FILE.json] [--force]

Writes evaluation templates as sheets of a new workbook: Excel tables with styled headers,
drop-downs, native formulas (they calculate without the add-in) and colour for targets
reached. The appraisal has its bonus ladder, settings and weight profiles beside the table,
for you to edit. Templates: ${TEMPLATE_IDS.join(", ")}; or all.

  --out FILE   the .xlsx to write (never overwritten unless --force)
  --lang       language of headers and choices (default en-US)
  --sample     include the process documents' sample rows
${THEME_USAGE}
  --force      replace FILE if it exists

Exit status: 0 written, 2 bad input.`;

interface ScaffoldArgs {
  templates: string[];
  out: string;
  lang: Locale;
  sample: boolean;
  force: boolean;
  theme?: string;
}

const OPTIONS = {
  out: { type: "string" },
  sample: { type: "boolean", default: false },
  theme: { type: "string" },
  force: { type: "boolean", default: false },
} as const;

function parseScaffoldArgs(args: readonly string[]): ScaffoldArgs {
  const { values, positionals, lang } = parseCommandArgs(args, OPTIONS);
  if (positionals.length === 0) throw new UsageError(`name at least one template (${TEMPLATE_IDS.join(", ")}) or all`);
  if (values.out === undefined) throw new UsageError("--out FILE.xlsx is required");
  return {
    templates: [...positionals],
    out: values.out,
    lang,
    sample: values.sample,
    force: values.force,
    theme: values.theme,
  };
}

export const scaffoldCommand: Command = {
  summary: "write evaluation templates (tables, formulas, drop-downs) to a new .xlsx",
  usage: USAGE,
  options: OPTIONS,
  async run(args: string[], io: CliIO): Promise<number> {
    const a = parseScaffoldArgs(args);
    let ids: string[];
    try {
      ids = resolveTemplateIds(a.templates);
    } catch (e) {
      if (e instanceof UnknownTemplateError) throw new UsageError(e.message);
      throw e;
    }
    const theme = await themeOption(a.theme);
    const plan = buildTemplatesPlan(ids, { locale: a.lang, sample: a.sample, ...(theme ? { theme } : {}) });
    const { bytes, summary } = await planToXlsx(plan);
    const path = await writeWorkbookFile(a.out, bytes, a.force);
    io.out(`${path}\n  sheets: ${summary.sheets.map((s) => s.name).join(", ")}`);
    return EXIT_OK;
  },
};
