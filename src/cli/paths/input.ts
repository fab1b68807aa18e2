import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { csvHeader, detectDelimiter } from "../../core/format/csv";
import { extname } from "node:path";
import { findColumn, guessTouchColumns, normaliseHeader, PATH_SYNONYMS } from "../../core/attribution/guess-columns";
import { UsageError } from "../io";
import { sqlIdentifier, sqlString, type Engine } from "./engine";

export type FileFormat = "csv" | "tsv" | "ndjson" | "parquet";

export interface EventFile {
  readonly path: string;
  readonly format: FileFormat;
  /** CSV: the field separator, detected from the header line as `mkt attribute` detects it. */
  readonly delimiter?: string;
  /** CSV and TSV: the header's names (DuckDB reads the rows with these, sniffing nothing). */
  readonly header?: readonly string[];
}

const FORMATS: Readonly<Record<string, FileFormat>> = {
  ".csv": "csv",
  ".txt": "csv",
  ".tsv": "tsv",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "ndjson",
  ".parquet": "parquet",
};

/** The file with its delimiter and header (CSV, TSV); an empty file is refused. */
function eventFile(path: string): EventFile {
  const format = formatOf(path);
  if (statSync(path).size === 0) throw new UsageError(`${path}: is empty`);
  if (format !== "csv" && format !== "tsv") return { path, format };
  const head = Buffer.alloc(65536);
  const fd = openSync(path, "r");
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const text = head
    .subarray(0, n)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  const delimiter = format === "tsv" ? "\t" : detectDelimiter(text);
  const names = csvHeader(text, delimiter);
  if (names === undefined) throw new UsageError(`${path}: its header line cannot be read`);
  const header = names.map((h, i) => (h.trim() === "" ? `column${i}` : h));
  if (new Set(header).size !== header.length)
    throw new UsageError(`${path}: its header names a column twice (${header.join(", ")})`);
  return { path, format, delimiter, header };
}

function formatOf(path: string): FileFormat {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new UsageError(`${path}: expected .csv, .tsv, .ndjson, .jsonl or .parquet`);
  return format;
}

/** The files named by the arguments: paths or globs (expanded by DuckDB's glob), each checked. */
export async function expandFiles(engine: Engine, args: readonly string[]): Promise<EventFile[]> {
  const files: EventFile[] = [];
  for (const arg of args) {
    if (/[*?[]/.test(arg)) {
      const found = await engine.rows(`SELECT file FROM glob(${sqlString(arg)}) ORDER BY file`);
      if (found.length === 0) throw new UsageError(`${arg}: matches no file`);
      for (const f of found) files.push(eventFile(String(f.file)));
      continue;
    }
    if (!existsSync(arg)) throw new UsageError(`${arg}: no such file`);
    if (statSync(arg).isDirectory())
      throw new UsageError(`${arg}: is a folder; give files or a glob such as ${arg}/*.csv`);
    files.push(eventFile(arg));
  }
  if (files.length === 0) throw new UsageError("EVENTS is missing: give one or more files or globs");
  return files;
}

/** DuckDB's reader of one file, every column as read (CSV and TSV as text). */
export function reader(file: EventFile, withName = false): string {
  const p = sqlString(file.path);
  const name = withName ? ", filename = true" : "";
  switch (file.format) {
    // Quotes as RFC 4180 has them, strictly: an unclosed quote is an error naming its line.
    case "csv":
    case "tsv": {
      const columns = (file.header ?? []).map((h) => `${sqlString(h)}: 'VARCHAR'`).join(", ");
      return `read_csv(${p}, header = true, auto_detect = false, columns = {${columns}}, delim = ${sqlString(file.delimiter ?? ",")}, quote = '"', escape = '"', strict_mode = true${name})`;
    }
    case "ndjson":
      return `read_json(${p}, format = 'newline_delimited'${name})`;
    case "parquet":
      return `read_parquet(${p}${name})`;
  }
}

/** The first line of a DuckDB error, without its "Error:" class prefix (a CSV error: its line and reason). */
export function duckMessage(e: unknown): string {
  const lines = String((e as Error)?.message ?? e).split("\n");
  const first = lines[0].replace(/^[A-Za-z ]*Error: /, "");
  const csv = /^CSV Error on Line: (\d+)/.exec(first);
  if (csv) {
    const reason = lines.slice(1).find((l) => /found|expected|error|invalid/i.test(l) && !/^Original Line/.test(l));
    const file = lines.map((l) => /^\s*file = (.+)$/.exec(l)?.[1]).find((f) => f !== undefined);
    return `${file ? `${file}: ` : ""}line ${csv[1]}: ${(reason ?? first).trim()}`;
  }
  return first;
}

export interface Column {
  readonly name: string;
  readonly type: string;
}

export async function describe(engine: Engine, file: EventFile): Promise<Column[]> {
  if (file.header) return file.header.map((name) => ({ name, type: "VARCHAR" }));
  try {
    const rows = await engine.rows(`DESCRIBE SELECT * FROM ${reader(file)}`);
    return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  } catch (e) {
    throw new UsageError(`${file.path}: cannot be read (${duckMessage(e)})`);
  }
}

export interface TouchColumnFlags {
  readonly "journey-col"?: string;
  readonly "time-col"?: string;
  readonly "channel-col"?: string;
  readonly "conversion-col"?: string;
  readonly "value-col"?: string;
}

/** The source columns of one file's touch rows (value optional). */
export interface TouchMapping {
  readonly journey: Column;
  readonly time: Column;
  readonly channel: Column;
  readonly conversion: Column;
  readonly value: Column | null;
}

const ROLE_FLAGS = [
  ["journey", "journey-col", "journey_id"],
  ["time", "time-col", "timestamp"],
  ["channel", "channel-col", "channel"],
  ["conversion", "conversion-col", "conversion"],
] as const;

/** The touch-row columns of a file, by option or recognised as `mkt attribute` recognises them. */
export function touchMapping(file: EventFile, columns: readonly Column[], flags: TouchColumnFlags): TouchMapping {
  const header = columns.map((c) => c.name);
  const guess = guessTouchColumns(header);
  const guessed = {
    journey: guess.journeys,
    time: guess.times,
    channel: guess.channels,
    conversion: guess.conversions,
  };
  const found: Partial<Record<"journey" | "time" | "channel" | "conversion", Column>> = {};
  for (const [role, flag, name] of ROLE_FLAGS) {
    const given = flags[flag];
    const i = given !== undefined ? findColumn(header, given) : (guessed[role] ?? -1);
    if (i < 0)
      throw new UsageError(
        `${file.path} has no column "${given ?? name}"${given !== undefined ? ` (--${flag})` : ""}; its columns: ${header.join(", ")}`,
      );
    found[role] = columns[i];
  }
  const used = new Set(Object.values(found).map((c) => c.name));
  let value: Column | null = null;
  if (flags["value-col"] !== undefined) {
    const i = findColumn(header, flags["value-col"]);
    if (i < 0)
      throw new UsageError(
        `${file.path} has no column "${flags["value-col"]}" (--value-col); its columns: ${header.join(", ")}`,
      );
    value = columns[i];
  } else {
    for (const synonym of PATH_SYNONYMS.values) {
      const i = findColumn(header, synonym);
      if (i >= 0 && !used.has(columns[i].name)) {
        value = columns[i];
        break;
      }
    }
  }
  // A conversion column that is a value column (`value`, `revenue`...) is the value too.
  if (value === null && PATH_SYNONYMS.values.includes(normaliseHeader(found.conversion!.name)))
    value = found.conversion!;
  return { journey: found.journey!, time: found.time!, channel: found.channel!, conversion: found.conversion!, value };
}

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/;

/** The expression of a file's time column as TIMESTAMP (UTC), or NULL where unreadable. */
function timeExpr(column: Column): string {
  const c = sqlIdentifier(column.name);
  if (/^(TIMESTAMP|DATE)/.test(column.type)) return `CAST(${c} AS TIMESTAMP)`;
  if (NUMERIC.test(column.type)) return "CAST(NULL AS TIMESTAMP)";
  return `CAST(TRY_CAST(${c} AS TIMESTAMPTZ) AS TIMESTAMP)`;
}

const numberExpr = (column: Column): string =>
  NUMERIC.test(column.type)
    ? `CAST(${sqlIdentifier(column.name)} AS DOUBLE)`
    : `TRY_CAST(TRIM(CAST(${sqlIdentifier(column.name)} AS VARCHAR)) AS DOUBLE)`;

/**
 * One file's rows typed as the path query reads them, plus `problem`: the first unreadable
 * field's role, or NULL. Each field is converted once (inner select), then checked.
 */
export function typedSelect(file: EventFile, m: TouchMapping, withName = false): string {
  const id = sqlIdentifier;
  const raw = (c: Column) => `NULLIF(TRIM(CAST(${id(c.name)} AS VARCHAR)), '')`;
  const valueColumns = m.value
    ? `, ${numberExpr(m.value)} AS value, ${raw(m.value)} AS raw_value`
    : ", CAST(NULL AS DOUBLE) AS value";
  const valueBad = m.value ? "WHEN raw_value IS NOT NULL AND value IS NULL THEN 'value'" : "";
  return `SELECT journey_id, "timestamp", channel, COALESCE(conversion, 0) AS conversion, value,
       CASE WHEN journey_id IS NULL OR TRIM(journey_id) = '' THEN 'journey'
            WHEN "timestamp" IS NULL THEN 'time'
            WHEN raw_conversion IS NOT NULL AND conversion IS NULL THEN 'conversion'
            ${valueBad} END AS problem${withName ? ", filename" : ""}
FROM (
  SELECT CAST(${id(m.journey.name)} AS VARCHAR) AS journey_id,
         ${timeExpr(m.time)} AS "timestamp",
         CAST(${id(m.channel.name)} AS VARCHAR) AS channel,
         ${numberExpr(m.conversion)} AS conversion, ${raw(m.conversion)} AS raw_conversion${valueColumns}${withName ? ", filename" : ""}
  FROM ${reader(file, withName)}
)`;
}
