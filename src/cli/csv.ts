import { CsvError, parse, type Options } from "csv-parse/sync";
import type { Tabular } from "../xlsx/tabular";

export interface CsvOptions {
  /** Field separator; detected from the header line (`;`, `,` or tab) when omitted. */
  readonly delimiter?: string;
  /** Turn fields that are plain decimal numbers (quoted or not, `"3"`) into numbers, as a spreadsheet would. */
  readonly numbers?: boolean;
}

/** A CSV text that cannot be read: the message names the line. */
export class CsvReadError extends Error {
  override readonly name = "CsvReadError";
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The delimiter of a CSV text: whichever of `;`, `,` and tab the first line has most of. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const line = end < 0 ? text : text.slice(0, end);
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "\t"]) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function convert(field: string): unknown {
  if (field.length === 0) return field;
  const c = field.charCodeAt(0);
  // Digits, sign, point or space can start a number; anything else is text.
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 32)) return field;
  return NUMBER.test(field) ? Number(field) : field;
}

/** 1-based line where the record after the last complete one starts (blank lines skipped). */
function lineOfRecordAfter(text: string, lastLine: number): number {
  const lines = text.split(/\r\n|\r|\n/);
  let line = lastLine + 1;
  while (line <= lines.length && lines[line - 1].trim() === "") line++;
  return line;
}

function describe(e: CsvError, text: string, options: Options): string {
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    // Parse again to find where the last complete record ends: the bad one starts after it.
    let last = 0;
    try {
      parse(text, {
        ...options,
        info: true,
        on_record: (record, context) => {
          last = context.lines;
          return record;
        },
      });
    } catch {
      // expected: the same error
    }
    const line = lineOfRecordAfter(text, last);
    return `unterminated quote: the quoted field in the record at line ${line} is never closed`;
  }
  return e.message.split("\n")[0];
}

/**
 * Parses CSV text with csv-parse (RFC 4180 quoting, LF, CRLF or CR line ends, a leading
 * BOM ignored, blank lines skipped, rows of any length) into a header and rows.
 */
export function parseCsv(text: string, options: CsvOptions = {}): Tabular {
  const parseOptions: Options = {
    bom: true,
    delimiter: options.delimiter ?? detectDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
    // Any of the three line ends, also mixed in one file.
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  };
  let records: string[][];
  try {
    records = parse(text, parseOptions) as string[][];
  } catch (e) {
    if (e instanceof CsvError) throw new CsvReadError(describe(e, text, parseOptions));
    throw e;
  }
  const numbers = options.numbers ?? false;
  const [head = [], ...rest] = records;
  const rows: unknown[][] = numbers ? rest.map((row) => row.map(convert)) : rest;
  return { header: head.map((h) => h.trim()), rows };
}

/** The encodings a CSV file is read in. */
export type CsvEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

/**
 * Text of a CSV file: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode
 * text"), UTF-8 when the bytes are valid UTF-8 (strict), else GB18030, the superset of GBK
 * that Excel on Chinese Windows saves CSV in.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "GB18030" };
  }
}
