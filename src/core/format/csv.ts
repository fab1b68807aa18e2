import Papa from "papaparse";
import type { Tabular } from "../../xlsx/tabular";

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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function convert(field: string): unknown {
  const n = field.length;
  if (n === 0) return field;
  const c = field.charCodeAt(0);
  // Digits, sign, point or space can start a number; anything else is text.
  if (!(isDigit(c) || c === 45 || c === 43 || c === 46 || c === 32)) return field;
  // The usual number, digits with at most one point, without the regular expression.
  let i = 0;
  while (i < n && isDigit(field.charCodeAt(i))) i++;
  let digits = i;
  if (i < n && field.charCodeAt(i) === 46) {
    const point = ++i;
    while (i < n && isDigit(field.charCodeAt(i))) i++;
    digits += i - point;
  }
  if (i === n && digits > 0) return Number(field);
  return NUMBER.test(field) ? Number(field) : field;
}

/** 1-based line of a character of `text`: one more than the line ends before it. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Parses CSV text with Papa Parse (RFC 4180 quoting, LF, CRLF or CR line ends, also mixed,
 * a leading BOM ignored, blank lines skipped, rows of any length) into a header and rows.
 * Papa Parse reads a 29 MB file about three times as fast as csv-parse did. It takes one line
 * end per text, so CRLF and CR become LF first when the text has any CR (a line break
 * inside a quoted field is then read as LF, as Excel writes it in a cell).
 */
export function parseCsv(text: string, options: CsvOptions = {}): Tabular {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes("\r")) body = body.replace(/\r\n?/g, "\n");
  const result = Papa.parse<string[]>(body, {
    delimiter: options.delimiter ?? detectDelimiter(body),
    newline: "\n",
    skipEmptyLines: true,
  });
  const unclosed = result.errors.find((e) => e.code === "MissingQuotes");
  if (unclosed !== undefined) {
    // Papa Parse gives the character after the opening quote: the record starts on its line.
    const line = lineAt(body, unclosed.index ?? body.length);
    throw new CsvReadError(`unterminated quote: the quoted field in the record at line ${line} is never closed`);
  }
  const records = result.data;
  const numbers = options.numbers ?? false;
  const head = records.length > 0 ? records[0] : [];
  // The records are ours: numbers replace their text in place, and the rows are the same
  // arrays, so a large file costs no second copy of every row.
  const rows: unknown[][] = records;
  if (numbers)
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r];
      for (let i = 0; i < row.length; i++) row[i] = convert(row[i] as string);
    }
  rows.shift();
  return { header: head.map((h) => h.trim()), rows };
}

/** What `streamCsv` calls for each record after the header; false stops the reading. */
export type CsvRecordVisitor = (record: unknown[], index: number) => boolean;

/** Characters Papa Parse is given at a time by `streamCsv`: large enough to cost little, small enough to stay young. */
const CHUNK = 1 << 20;

/**
 * Reads CSV text as `parseCsv` does (the same Papa Parse options, line ends, BOM and
 * numbers), but hands over the header and then each record (0-based after the header)
 * while Papa Parse reads the text a chunk at a time, so that no table of every row is kept
 * and each chunk's records are garbage while still young. `onHeader` gives the visitor of
 * the records, or undefined to stop. Returns true when every record was visited; false when
 * the reading stopped (by `onHeader` or a visitor, at an empty text, or at a quote never
 * closed: `parseCsv` then says where). `chunkSize` is for tests.
 */
export function streamCsv(
  text: string,
  options: CsvOptions,
  onHeader: (header: string[]) => CsvRecordVisitor | undefined,
  chunkSize = CHUNK,
): boolean {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes("\r")) body = body.replace(/\r\n?/g, "\n");
  const numbers = options.numbers ?? false;
  let visit: CsvRecordVisitor | undefined;
  let index = -1;
  let complete = true;
  let ended = false;
  let handle: Papa.Parser | undefined;
  Papa.parse<string[]>(body, {
    delimiter: options.delimiter ?? detectDelimiter(body),
    newline: "\n",
    skipEmptyLines: true,
    chunkSize,
    // Papa Parse reads a string in chunks too (its StringStreamer); its types name files only.
    complete: () => {
      ended = true;
    },
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      handle = parser;
      if (results.errors.some((e) => e.code === "MissingQuotes")) {
        complete = false;
        parser.abort();
        return;
      }
      const records: unknown[][] = results.data;
      for (let r = 0; r < records.length; r++) {
        const record = records[r];
        if (index < 0) {
          visit = onHeader((record as string[]).map((h) => h.trim()));
        } else {
          if (numbers) for (let i = 0; i < record.length; i++) record[i] = convert(record[i] as string);
          if (visit !== undefined && !visit(record, index)) visit = undefined;
        }
        index++;
        if (visit === undefined) {
          complete = false;
          parser.abort();
          return;
        }
      }
      // Papa Parse's string streamer reads the next chunk from inside this one's call, so
      // every chunk read so far (and its text) would stay alive until the end: pausing
      // returns from that call, and the loop below resumes with the next chunk.
      parser.pause();
    },
  });
  while (!ended && complete && handle !== undefined) handle.resume();
  return complete && index >= 0;
}

/** The encodings a CSV file is read in. */
export type CsvEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

/** UTF-8 text of the bytes, or undefined when they are not valid UTF-8 (a leading BOM is dropped). */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

function fatalUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text of a CSV file: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode
 * text"), UTF-8 when the bytes are valid UTF-8 (strict), else GB18030, the superset of GBK
 * that Excel on Chinese Windows saves CSV in. `utf8` is the strict UTF-8 step (Node has a
 * faster one than TextDecoder; the browser uses TextDecoder).
 */
export function decodeCsv(bytes: Uint8Array, utf8: Utf8Decoder = fatalUtf8): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE" };
  const text = utf8(bytes);
  if (text !== undefined) return { text, encoding: "UTF-8" };
  return { text: new TextDecoder("gb18030").decode(bytes), encoding: "GB18030" };
}

/** The first record of a CSV text (its header), or undefined when it cannot be read (a quote never closed). */
export function csvHeader(text: string, delimiter: string): string[] | undefined {
  const result = Papa.parse<string[]>(text, { delimiter, preview: 1 });
  if (result.errors.some((e) => e.code === "MissingQuotes")) return undefined;
  return result.data[0] ?? [];
}
