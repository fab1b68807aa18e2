import { attribute, MODELS, parseAttributionOptions, toModel } from "../../core/attribution";
import { isCellError, localizeError } from "../../core/errors";
import { terminalText } from "../../core/format/inert";
import { choiceOption, numberOption, parseCommandArgs } from "../args";
import { tableJourneys } from "../attribute/columns";
import { formatResult } from "../attribute/format";
import { streamPathJourneys } from "../attribute/stream-paths";
import { attributeTransitionsTable, isTransitionsTable } from "../attribute/transitions";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";
import { readTable } from "../read-table";

const USAGE = `Usage: mkt attribute FILE --model NAME [--order K] [--half-life N] [--repeats keep|collapse|first]
                     [--format table|csv|json] [--first W] [--last W] [--sheet NAME] [--lang en-US|zh-CN]

Credits conversions and value to channels. FILE is .csv (";" or "," detected) or .xlsx with
aggregated paths (columns path, total_conversions, optional total_conversion_value and
total_null), touch rows (columns journey_id, timestamp, channel, conversion), or for
--model markov the transitions of \`mkt paths --transitions\` (from, to, count, value). Headers are
recognised as in the task pane (case and spaces aside, synonyms such as Path, 路径, 转化数).

  --model NAME       ${MODELS.join(", ")}
  --order K          markov order, 1 to 4 (default 1)
  --half-life N      time_decay half-life: days with touch times, else touches (default 7)
  --repeats R        keep every touch (default), collapse consecutive repeats, or first touches only
  --first W --last W position weights of the first and last touch (default 0.4 and 0.4)
  --format F         table (default), csv, or json: {"model","channels":[{"channel","conversions","value","share"}]}
  --sheet NAME       the .xlsx sheet to read (default: the first)
  --lang L           language of the table header (default en-US)
  --path-col, --conversions-col, --value-col, --null-col             column names of paths
  --journey-col, --time-col, --channel-col, --conversion-col         column names of touch rows

Exit status: 0 done, 2 bad input.`;

const OPTIONS = {
  model: { type: "string" },
  order: { type: "string" },
  "half-life": { type: "string" },
  repeats: { type: "string" },
  first: { type: "string" },
  last: { type: "string" },
  format: { type: "string", default: "table" },
  sheet: { type: "string" },
  "path-col": { type: "string" },
  "conversions-col": { type: "string" },
  "value-col": { type: "string" },
  "null-col": { type: "string" },
  "journey-col": { type: "string" },
  "time-col": { type: "string" },
  "channel-col": { type: "string" },
  "conversion-col": { type: "string" },
} as const;

const FORMATS = ["table", "csv", "json"] as const;

export const attributeCommand: Command = {
  summary:
    "multi-touch attribution of paths or touch rows (first, last, linear, position, time_decay, markov, shapley)",
  usage: USAGE,
  options: OPTIONS,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: flags, positionals, lang } = parseCommandArgs(args, OPTIONS);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "FILE is missing" : "give one FILE");
    const file = positionals[0];
    if (flags.model === undefined) throw new UsageError(`--model is required (${MODELS.join(", ")})`);
    const format = choiceOption("format", flags.format, FORMATS);
    const model = toModel(flags.model);
    if (isCellError(model)) throw new UsageError(model.message);
    const options = parseAttributionOptions({
      model,
      order: numberOption("order", flags.order),
      halfLife: numberOption("half-life", flags["half-life"]),
      repeats: flags.repeats,
      firstWeight: numberOption("first", flags.first),
      lastWeight: numberOption("last", flags.last),
    });
    if (isCellError(options))
      throw new UsageError(
        options.message.replace(
          /^options: (\w+)/,
          (_, k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace("-weight", "")}`,
        ),
      );
    // Aggregated paths in CSV become journeys while they are read; anything else, a table first.
    const input = await readTable(file, flags.sheet, (text, label) => streamPathJourneys(text, flags, label));
    let result;
    if ("quick" in input) {
      result = attribute(input.quick, options);
      if (isCellError(result)) throw new UsageError(`${input.label}: ${localizeError(result, lang)}`);
    } else if (isTransitionsTable(input.table)) {
      result = attributeTransitionsTable(input.table, options, input.label, lang);
    } else {
      const journeys = tableJourneys(input.table, flags, input.label);
      result = attribute(journeys, options);
      if (isCellError(result)) throw new UsageError(`${input.label}: ${localizeError(result, lang)}`);
    }
    // The table goes to stdout; how the file was read, to stderr.
    if (input.encoding !== undefined && input.encoding !== "UTF-8")
      io.err(terminalText(`mkt attribute: ${file}: not UTF-8, read as ${input.encoding}`));
    io.out(formatResult(result, format, lang));
    return EXIT_OK;
  },
};
