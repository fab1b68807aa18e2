import { constants } from "node:fs";
import { lstat, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./io";

/**
 * The rules of every `--out`: nothing the user had is lost. An existing file is replaced
 * only with `--force`; a path that is an input (the same file through a symbolic or hard
 * link, `..`, or another spelling on a case-insensitive file system: the same device and
 * inode) is refused even with `--force`; a missing folder is refused, not created. Each
 * refusal is a UsageError: exit 2, one line.
 */
export interface OutTarget {
  /** The path as the user gave it, for messages. */
  readonly given: string;
  /** Absolute path. */
  readonly path: string;
  readonly force: boolean;
  /** Absolute paths of the command's input files, never to be written. */
  readonly inputs: readonly string[];
}

const code = (e: unknown): string | undefined => (e as { code?: string } | null)?.code;

async function statOrUndefined(path: string, follow: boolean) {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch (e) {
    if (code(e) === "ENOENT" || code(e) === "ENOTDIR") return undefined;
    throw new UsageError(`cannot use ${path} (${code(e) ?? String(e)})`);
  }
}

async function sameFileAsInput(target: OutTarget): Promise<string | undefined> {
  const out = await statOrUndefined(target.path, true);
  for (const input of target.inputs) {
    const stats = await statOrUndefined(input, true);
    if (!stats) continue;
    if (out && out.dev === stats.dev && out.ino === stats.ino) return input;
    // Not there yet: compare where it would land with where the input is.
    if (!out) {
      const dir = await realpath(dirname(target.path)).catch(() => dirname(target.path));
      const real = await realpath(input).catch(() => input);
      if (join(dir, basename(target.path)) === real) return input;
    }
  }
  return undefined;
}

/** Checks an --out path before any work is done; throws a UsageError naming what is wrong. */
export async function checkOut(
  given: string,
  options: { force: boolean; inputs?: readonly string[] },
): Promise<OutTarget> {
  const target: OutTarget = {
    given,
    path: resolve(given),
    force: options.force,
    inputs: (options.inputs ?? []).map((p) => resolve(p)),
  };
  const dir = dirname(target.path);
  const folder = await statOrUndefined(dir, true);
  if (!folder) throw new UsageError(`cannot write ${given}: the folder ${dir} does not exist`);
  if (!folder.isDirectory()) throw new UsageError(`cannot write ${given}: ${dir} is not a folder`);
  const input = await sameFileAsInput(target);
  if (input !== undefined)
    throw new UsageError(`--out ${given} is the input ${input} itself: the input is never modified; name a new file`);
  const link = await statOrUndefined(target.path, false);
  if (link) {
    const file = await statOrUndefined(target.path, true);
    if (!file) throw new UsageError(`${given} is a link to a missing file; name a new file`);
    if (file.isDirectory()) throw new UsageError(`${given} is a folder; name a file`);
    if (!target.force) throw new UsageError(`${given} exists; use --force to overwrite it`);
  }
  return target;
}

function writeError(target: OutTarget, e: unknown): UsageError {
  if (code(e) === "EEXIST") return new UsageError(`${target.given} exists; use --force to overwrite it`);
  if (code(e) === "ENOENT") return new UsageError(`cannot write ${target.given}: the folder does not exist`);
  return new UsageError(`cannot write ${target.given} (${code(e) ?? String(e).split("\n")[0]})`);
}

/**
 * Writes the bytes (or text and bytes as they come, from an iterable or a stream) to a checked target. Without --force the file is created exclusively (a
 * file appearing meanwhile is not replaced); with --force the bytes go to a temporary file
 * beside it that then replaces it in one rename, so a failed write leaves the old file, and
 * a link at the path is replaced rather than the file it points to.
 */
export async function writeOut(
  target: OutTarget,
  bytes: Uint8Array | AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream,
): Promise<string> {
  const input = await sameFileAsInput(target);
  if (input !== undefined)
    throw new UsageError(`--out ${target.given} is the input ${input} itself: the input is never modified`);
  if (!target.force) {
    try {
      await writeFile(target.path, bytes, { flag: constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY });
    } catch (e) {
      // Created here (exclusively) and left half-written: removed. A file that was there is not ours.
      if (code(e) !== "EEXIST") await rm(target.path, { force: true });
      throw writeError(target, e);
    }
    return target.path;
  }
  const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target.path);
  } catch (e) {
    await rm(temp, { force: true });
    throw writeError(target, e);
  }
  return target.path;
}
