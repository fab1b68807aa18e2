import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

/**
 * DuckDB embedded: no server, bounded memory. `memory_limit` alone fails on a big sort or
 * window, so a temp directory is always given for it to spill to (removed at close).
 */
export interface EngineSettings {
  /** DuckDB's memory_limit, e.g. "2GB" (default: 1GB). */
  readonly memory?: string;
  readonly threads?: number;
  /** Where to spill; default a fresh folder under the system's temp folder. */
  readonly tempDirectory?: string;
}

export interface Engine {
  readonly connection: DuckDBConnection;
  /** The folder DuckDB spills to (also used for files written on the way out). */
  readonly tempDirectory: string;
  /** Rows of a query as plain objects (numbers as JS numbers, big integers included). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  run(sql: string): Promise<void>;
  /** Runs `sql` while `onProgress` is told DuckDB's progress every `everyMs`. */
  withProgress<T>(
    work: () => Promise<T>,
    onProgress: (percent: number, rows: number) => void,
    everyMs?: number,
  ): Promise<T>;
  close(): void;
}

/** The SQL literal of a text (single quotes doubled). */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The SQL identifier of a name (double quotes doubled). */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  return value;
}

export async function openEngine(settings: EngineSettings = {}): Promise<Engine> {
  const own = settings.tempDirectory === undefined;
  const temp = settings.tempDirectory ?? mkdtempSync(join(tmpdir(), "mkt-paths-"));
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: settings.memory ?? "1GB",
    threads: String(settings.threads ?? 2),
    temp_directory: temp,
    preserve_insertion_order: "false",
    autoinstall_known_extensions: "false",
    enable_external_access: "true",
    // Without jemalloc (not in the Node build), memory freed by a finished task stays with
    // the C allocator up to these thresholds (128 MiB and 512 MiB by default), outside
    // memory_limit: flushing sooner keeps the process near the limit.
    allocator_flush_threshold: "16MB",
    allocator_bulk_deallocation_flush_threshold: "16MB",
  });
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  await connection.run("SET enable_progress_bar = true");
  await connection.run("SET enable_progress_bar_print = false");
  const rows = async (sql: string): Promise<Record<string, unknown>[]> => {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjects().map((row) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) out[k] = plain(v);
      return out;
    });
  };
  return {
    connection,
    tempDirectory: temp,
    rows,
    run: async (sql) => {
      await connection.run(sql);
    },
    async withProgress(work, onProgress, everyMs = 1000) {
      const timer = setInterval(() => {
        const p = connection.progress;
        if (p.percentage >= 0) onProgress(p.percentage, Number(p.rows_processed));
      }, everyMs);
      try {
        return await work();
      } finally {
        clearInterval(timer);
      }
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      if (own) rmSync(temp, { recursive: true, force: true });
    },
  };
}
