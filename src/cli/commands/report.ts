import { evaluateCampaign, reportStamp } from "../../core/report/evaluate";
import { inputProblemMessage } from "../../core/input-problem";
import { todaySerial } from "../../core/sheet";
import { openXlsxFile, withProblems } from "../../ooxml/file";
import { InputProblemError, readSheetGrids } from "../../ooxml";
import { WorkbookReadError } from "../../ooxml/problem";
import { patchPackage } from "../../ooxml/patch/apply";
import { parseCommandArgs } from "../args";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { checkOut, writeOut } from "../out-file";
import { xlsxToPdf } from "../pdf";
import { THEME_USAGE, themeOption } from "../theme-file";
import { besideInput, checkOutExtension, inputWorkbookExtension } from "../workbook-extension";
// Strict Open XML packages are read, never written into
import { assertWritable } from "../../ooxml/read";

const USAGE = `Usage: mkt report WORKBOOK.xlsx|.xlsm [--out REPORT.xlsx|.xlsm] [--pdf REPORT.pdf] [--theme FILE.json] [--lang en-US|zh-CN] [--force]

Reads the filled templates of WORKBOOK (evaluation summary, channel efficiency, action
tracking, A/B tests, funnel, decay, cohort retention, attribution result, natural growth
(DID): whichever are present, found by their headers) and writes a copy with an evaluation
report sheet first: the verdict with ROI net of natural growth (gross, and said so, without
a DID sheet) and each goal's level, the details per source (numbers as formulas on the
source cells, a column chart of ROI by channel, a doughnut of attribution shares, A/B
verdicts, the funnel's leak, the decay's trend line, the cohort heat map, the DID figures), open and overdue
actions, the data checks' findings, and the recommendations the rules give. The input is
never modified.

  --out FILE   the workbook with the report (default: WORKBOOK-report.xlsx beside it); an .xlsm
               gives an .xlsm (its macros kept byte for byte), so FILE has the input's extension
  --pdf FILE   also print the report workbook to PDF through LibreOffice (must be installed)
${THEME_USAGE}
  --force      replace --out / --pdf files that exist
  --lang       language of the report (default en-US)

Exit status: 0 when the report is written, whatever it found; 2 on bad input.`;

const OPTIONS = {
  theme: { type: "string" },
  out: { type: "string" },
  pdf: { type: "string" },
  force: { type: "boolean", default: false },
} as const;

export const reportCommand: Command = {
  summary: "write the evaluation report (conclusion, details, charts, recommendations) into a copy of a workbook",
  usage: USAGE,
  options: OPTIONS,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals, lang } = parseCommandArgs(args, OPTIONS);
    if (positionals.length !== 1)
      throw new UsageError(positionals.length === 0 ? "name the workbook" : `unexpected argument ${positionals[1]}`);
    const file = positionals[0];
    inputWorkbookExtension(file); // refuses anything but .xlsx and .xlsm
    const outPath = values.out ?? besideInput(file, "report");
    checkOutExtension(file, outPath);
    if (values.pdf !== undefined && !/\.pdf$/i.test(values.pdf))
      throw new UsageError(`--pdf must end in .pdf: ${values.pdf}`);
    const theme = await themeOption(values.theme);
    const out = await checkOut(outPath, { force: values.force, inputs: [file] });
    const pdf =
      values.pdf === undefined
        ? undefined
        : await checkOut(values.pdf, { force: values.force, inputs: [file, outPath] });
    try {
      const pkg = await openXlsxFile(file, lang);
      withProblems(file, lang, () => assertWritable(pkg));
      const visible = pkg.sheets.filter((w) => w.state === "visible");
      const grids = withProblems(file, lang, () => readSheetGrids(pkg, visible));
      const { plan, sources } = evaluateCampaign(grids, {
        locale: lang,
        stamp: reportStamp(new Date()),
        today: todaySerial(),
        theme,
      });
      // The report sheet is written into the original package by the package writer, so every
      // other part (charts, pivots, images, slicers, VBA...) is kept byte for byte.
      const { bytes, summary } = patchPackage(pkg, plan);
      const written = await writeOut(out, bytes);
      io.out(written);
      io.err(`report: sheet "${summary.sheets[0].name}" from ${sources.join(", ") || "no template found"}`);
      if (pdf) {
        io.out(await writeOut(pdf, await xlsxToPdf(bytes)));
      }
      return EXIT_OK;
    } catch (e) {
      if (e instanceof WorkbookReadError) throw new UsageError(e.message);
      // writing the copy unpacks parts the read did not need (charts, drawings...): a damaged one is bad input
      if (e instanceof InputProblemError) throw new UsageError(`${file}: ${inputProblemMessage(e.problem, lang)}`);
      throw e;
    }
  },
};
