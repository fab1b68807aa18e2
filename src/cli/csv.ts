import type { Tabular } from "../xlsx/tabular";

export interface CsvOptions {
  /** Field separator; detected from the header line (`;`, `,` or tab) when omitted. */
  readonly delimiter?: string;
  /** Turn fields that are plain decimal numbers into numbers, as a spreadsheet would. */
  readonly numbers?: boolean;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const QUOTE = 34;

/** The delimiter of a CSV text: whichever of `;`, `,` and tab the first line has most of. */
export function detectDelimiter(text: string): string {
  const end = text.indexOf("\n");
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

function convert(field: string, numbers: boolean): unknown {
  if (!numbers || field.length === 0) return field;
  const c = field.charCodeAt(0);
  // Digits, sign, point or space can start a number; anything else is text.
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 32)) return field;
  return NUMBER.test(field) ? Number(field) : field;
}

/**
 * Parses CSV text (RFC 4180 quoting, CRLF or LF, a leading BOM ignored) into a header and
 * rows. Blank lines are skipped. Unquoted lines take a fast path through `split`.
 */
export function parseCsv(source: string, options: CsvOptions = {}): Tabular {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const numbers = options.numbers ?? false;
  const records: unknown[][] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = n;
    let line = text.slice(pos, end);
    if (line.indexOf('"') >= 0) {
      const parsed = parseQuoted(text, pos, delimiter);
      pos = parsed.next;
      records.push(parsed.fields.map((f, i) => (parsed.quoted[i] ? f : convert(f, numbers))));
      continue;
    }
    pos = end + 1;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length === 0) continue;
    const fields = line.split(delimiter);
    const row: unknown[] = new Array<unknown>(fields.length);
    for (let i = 0; i < fields.length; i++) row[i] = convert(fields[i], numbers);
    records.push(row);
  }
  const [head = [], ...rows] = records;
  return { header: head.map((h) => String(h).trim()), rows };
}

/** One record starting at `pos` whose fields may be quoted (and span lines). */
function parseQuoted(
  text: string,
  start: number,
  delimiter: string,
): { fields: string[]; quoted: boolean[]; next: number } {
  const fields: string[] = [];
  const quoted: boolean[] = [];
  let pos = start;
  const n = text.length;
  for (;;) {
    let field = "";
    let wasQuoted = false;
    if (text.charCodeAt(pos) === QUOTE) {
      wasQuoted = true;
      pos++;
      for (;;) {
        const q = text.indexOf('"', pos);
        if (q < 0) {
          field += text.slice(pos);
          pos = n;
          break;
        }
        field += text.slice(pos, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          pos = q + 2;
        } else {
          pos = q + 1;
          break;
        }
      }
    }
    // Unquoted text (or anything after a closing quote) up to the delimiter or line end.
    let stop = pos;
    while (stop < n && text[stop] !== delimiter && text[stop] !== "\n") stop++;
    let tail = text.slice(pos, stop);
    if (stop < n && text[stop] === "\n" && tail.endsWith("\r")) tail = tail.slice(0, -1);
    else if (stop >= n && tail.endsWith("\r")) tail = tail.slice(0, -1);
    field += tail;
    fields.push(field);
    quoted.push(wasQuoted);
    pos = stop;
    if (pos >= n || text[pos] === "\n") return { fields, quoted, next: pos + 1 };
    pos++; // past the delimiter
  }
}
