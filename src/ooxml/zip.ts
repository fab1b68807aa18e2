import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { LIMITS, overLimit } from "../core/limits";
import { breach, damaged, InputProblemError } from "./problem";

/** One entry of the zip directory, as the central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** Compressed bytes. */
  readonly size: number;
  /** Uncompressed bytes, as declared (a hostile file may lie: inflating counts for real). */
  readonly originalSize: number;
}

/** Bytes inflated so far from one package, over every pass: the unpackedBytes limit is for them all. */
export interface InflateBudget {
  used: number;
}

/** Receives one entry's bytes as they are inflated. */
export interface EntrySink {
  write(chunk: Uint8Array): void;
  end(): void;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** Compressed bytes handed to the inflater at a time: bounds what one step can produce (~1,000x, 16 MB). */
const STEP = 16 * 1024;

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0];
}

/**
 * The zip directory, checked against the limits before anything is inflated: file size,
 * entry count, and each entry's declared ratio. Nothing is unpacked here (the filter
 * refuses every entry). An encrypted workbook (an OLE file, not a zip) says so.
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const big = overLimit("fileBytes", bytes.length, "");
  if (big) throw breach(big);
  if (OLE_MAGIC.every((b, k) => bytes[k] === b)) throw damaged("package.encrypted");
  const entries = new Map<string, ZipEntry>();
  try {
    unzipSync(bytes, {
      filter: (info) => {
        const many = overLimit("zipEntries", entries.size + 1, "");
        if (many) throw breach(many);
        if (!entries.has(info.name))
          entries.set(info.name, { name: info.name, size: info.size, originalSize: info.originalSize });
        return false;
      },
    });
  } catch (e) {
    if (e instanceof InputProblemError) throw e;
    throw damaged("package.notZip", { reason: firstLine(e) });
  }
  return entries;
}

/** The most an entry may inflate to: Apache POI's ratio rule past its grace size. */
function entryCap(entry: ZipEntry): number {
  return Math.max(LIMITS.ratioGraceBytes, entry.size * LIMITS.entryRatio);
}

/**
 * Inflates the entries `want` returns a sink for, streaming, in one pass over the
 * package: each entry's bytes go to its sink as they come, counted against the ratio and
 * total limits as they are inflated, so a zip bomb stops after at most one step past the
 * limit and never sits in memory. Entries not wanted (images, charts, pivots...) are
 * never inflated.
 */
export function inflateEntries(
  bytes: Uint8Array,
  directory: ReadonlyMap<string, ZipEntry>,
  budget: InflateBudget,
  want: (name: string) => EntrySink | undefined,
): void {
  let failure: unknown;
  const open = new Set<string>();
  const unzip = new Unzip((file) => {
    if (failure !== undefined || open.has(file.name)) return;
    const sink = want(file.name);
    if (!sink) return;
    const entry = directory.get(file.name);
    if (!entry) {
      failure = damaged("package.badZip", { part: file.name, reason: "not in the zip directory" });
      return;
    }
    const declared = overLimit("entryRatio", entry.originalSize, file.name, entryCap(entry));
    if (declared) {
      failure = breach({
        ...declared,
        actual: Math.round(entry.originalSize / Math.max(1, entry.size)),
        max: LIMITS.entryRatio,
      });
      return;
    }
    open.add(file.name);
    let out = 0;
    file.ondata = (err, data, final) => {
      if (failure !== undefined) return;
      try {
        if (err) throw damaged("package.badZip", { part: file.name, reason: firstLine(err) });
        out += data.length;
        budget.used += data.length;
        // A directory that understates an entry is damage (and the trick of a zip bomb that hides its size).
        if (out > entry.originalSize)
          throw damaged("package.badZip", {
            part: file.name,
            reason: `it unpacks to more than the ${entry.originalSize.toLocaleString("en-US")} bytes its zip directory declares`,
          });
        if (out > entryCap(entry))
          throw breach({ kind: "limit", limit: "entryRatio", actual: out, max: LIMITS.entryRatio, where: file.name });
        const total = overLimit("unpackedBytes", budget.used, file.name);
        if (total) throw breach(total);
        if (data.length > 0) sink.write(data);
        if (final) sink.end();
      } catch (e) {
        failure = e;
      }
    };
    try {
      file.start();
    } catch (e) {
      failure = damaged("package.badZip", { part: file.name, reason: firstLine(e) });
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && failure === undefined; at += STEP) {
      const end = Math.min(bytes.length, at + STEP);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    if (failure === undefined) failure = damaged("package.badZip", { part: "(zip)", reason: firstLine(e) });
  }
  if (failure !== undefined) throw failure;
}
