import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import {
  attribute,
  journeysFromPaths,
  journeysFromTouches,
  MODELS,
  parseAttributionOptions,
  toModel,
  type AttributionResult,
  type Journeys,
} from "../../core/attribution";
import { isCellError, localizeError } from "../../core/errors";
import { t } from "../../i18n/catalog";
import { resolveLocale, type Locale } from "../../i18n/locale";
import { WorkbookReadError } from "../../xlsx/read-workbook";
import type { Tabular } from "../../xlsx/tabular";
import { readTabular } from "../../xlsx/tabular-file";
import { parseCsv } from "../csv";
import { EXIT_OK, UsageError, type CliIO, type Command } from "../io";

const USAGE = `Usage: mkt attribute FILE --model NAME [--order K] [--half-life N] [--repeats keep|collapse|first]
                     [--format table|csv|json] [--first W] [--last W] [--sheet NAME] [--lang en-US|zh-CN]

Credits conversions and value to channels. FILE is .csv (";" or "," detected) or .xlsx with
aggregated paths (columns path, total_conversions, optional total_conversion_value and
total_null) or touch rows (columns journey_id, timestamp, channel, conversion).

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

const FLAGS = {
  model: { type: "string" },
  order: { type: "string" },
  "half-life": { type: "string" },
  repeats: { type: "string" },
  first: { type: "string" },
  last: { type: "string" },
  format: { type: "string", default: "table" },
  sheet: { type: "string" },
  lang: { type: "string", default: "en-US" },
  "path-col": { type: "string", default: "path" },
  "conversions-col": { type: "string", default: "total_conversions" },
  "value-col": { type: "string", default: "total_conversion_value" },
  "null-col": { type: "string", default: "total_null" },
  "journey-col": { type: "string", default: "journey_id" },
  "time-col": { type: "string", default: "timestamp" },
  "channel-col": { type: "string", default: "channel" },
  "conversion-col": { type: "string", default: "conversion" },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true }>>["values"];

function parse(args: string[]): { file: string; flags: Flags } {
  try {
    const { values, positionals } = parseArgs({ args, options: FLAGS, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "FILE is missing" : "give one FILE");
    return { file: positionals[0], flags: values };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const text = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    throw new UsageError(text.replace(/^\w*Error \[[A-Z_]+\]: /, ""));
  }
}

const number = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

/** Reads a .csv or .xlsx file into a header and rows. */
export async function readTable(file: string, sheet?: string): Promise<Tabular> {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === ".csv" || ext === ".txt") return parseCsv(await readFile(file, "utf8"), { numbers: true });
    if (ext === ".xlsx") {
      const table = await readTabular(file, sheet);
      if (!table) throw new UsageError(`${file} has no sheet "${sheet ?? ""}"`);
      return table;
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof WorkbookReadError) throw new UsageError(e.message);
    const code = (e as { code?: unknown }).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${file}: no such file`
        : `${file}: cannot be read (${String((e as Error).message).split("\n")[0]})`,
    );
  }
  throw new UsageError(`${file}: expected a .csv or .xlsx file`);
}

/** The journeys of a table, aggregated paths or touch rows, by the named columns. */
export function tableJourneys(table: Tabular, flags: Flags, file: string): Journeys {
  const index = (name: string): number => table.header.indexOf(name);
  const col = (i: number): unknown[] => table.rows.map((row) => row[i]);
  const label = (name: string) => ({ arg: name, col: index(name) + 1 });
  let journeys;
  const path = index(flags["path-col"]);
  if (path >= 0) {
    const conv = index(flags["conversions-col"]);
    if (conv < 0) throw new UsageError(`${file} has no column "${flags["conversions-col"]}"`);
    const value = index(flags["value-col"]);
    const none = index(flags["null-col"]);
    journeys = journeysFromPaths(
      {
        paths: col(path),
        conversions: col(conv),
        values: value < 0 ? undefined : col(value),
        nulls: none < 0 ? undefined : col(none),
      },
      {
        paths: label(flags["path-col"]),
        conversions: label(flags["conversions-col"]),
        values: label(flags["value-col"]),
        nulls: label(flags["null-col"]),
      },
      2,
    );
  } else {
    const names = [flags["journey-col"], flags["time-col"], flags["channel-col"], flags["conversion-col"]] as const;
    const missing = names.filter((n) => index(n) < 0);
    if (missing.length > 0) {
      throw new UsageError(
        `${file} has no column "${flags["path-col"]}" (paths) nor "${missing[0]}" (touch rows); its columns: ${table.header.join(", ")}`,
      );
    }
    const [j, time, ch, conv] = names;
    journeys = journeysFromTouches(
      { journeys: col(index(j)), times: col(index(time)), channels: col(index(ch)), conversions: col(index(conv)) },
      { journeys: label(j), times: label(time), channels: label(ch), conversions: label(conv) },
      2,
    );
  }
  if (isCellError(journeys)) throw new UsageError(`${file}: ${journeys.message}`);
  return journeys;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The result in the requested format. */
export function formatResult(result: AttributionResult, format: string, locale: Locale): string {
  if (format === "json") {
    return JSON.stringify({
      model: result.model,
      channels: result.channels.map((c) => ({
        channel: c.channel,
        conversions: c.conversions,
        value: c.value,
        share: c.share,
      })),
    });
  }
  if (format === "csv") {
    const lines = result.channels.map((c) =>
      [csvField(c.channel), String(c.conversions), c.value === null ? "" : String(c.value), String(c.share)].join(","),
    );
    return ["channel,conversions,value,share", ...lines].join("\n");
  }
  const header = ["channel", "conversions", "value", "share"].map((k) =>
    t(locale, `attribution.header.${k}` as "attribution.header.channel"),
  );
  const rows = result.channels.map((c) => [
    c.channel,
    c.conversions.toFixed(4),
    c.value === null ? "" : c.value.toFixed(4),
    `${(c.share * 100).toFixed(2)}%`,
  ]);
  const all = [header, ...rows];
  // East Asian characters take two columns in a terminal.
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i]))));
  const pad = (s: string, i: number): string =>
    i === 0 ? s + " ".repeat(widths[i] - width(s)) : " ".repeat(widths[i] - width(s)) + s;
  return all.map((r) => r.map(pad).join("  ").trimEnd()).join("\n");
}

export const attributeCommand: Command = {
  summary:
    "multi-touch attribution of paths or touch rows (first, last, linear, position, time_decay, markov, shapley)",
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { file, flags } = parse(args);
    if (flags.model === undefined) throw new UsageError(`--model is required (${MODELS.join(", ")})`);
    if (!["table", "csv", "json"].includes(flags.format))
      throw new UsageError(`--format must be table, csv or json, not "${flags.format}"`);
    const model = toModel(flags.model);
    if (isCellError(model)) throw new UsageError(model.message);
    const options = parseAttributionOptions({
      model,
      order: number(flags.order),
      halfLife: number(flags["half-life"]),
      repeats: flags.repeats,
      firstWeight: number(flags.first),
      lastWeight: number(flags.last),
    });
    if (isCellError(options))
      throw new UsageError(
        options.message.replace(
          /^options: (\w+)/,
          (_, k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace("-weight", "")}`,
        ),
      );
    const locale = resolveLocale(flags.lang);
    const journeys = tableJourneys(await readTable(file, flags.sheet), flags, file);
    const result = attribute(journeys, options);
    if (isCellError(result)) throw new UsageError(`${file}: ${localizeError(result, locale)}`);
    io.out(formatResult(result, flags.format, locale));
    return EXIT_OK;
  },
};
