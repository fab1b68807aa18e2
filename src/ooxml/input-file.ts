import { open } from "node:fs/promises";
import { inputProblemMessage } from "../core/input-problem";
import { overLimit } from "../core/limits";
import type { Locale } from "../i18n/locale";
import { WorkbookReadError } from "./problem";

/**
 * Reads a file whole, after checking its size against the fileBytes limit (so a huge file
 * is refused before it is read). A missing file, a folder or an unreadable one is a
 * WorkbookReadError naming it.
 */
export async function readInputFile(path: string, locale: Locale = "en-US"): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, "r");
    const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) throw new WorkbookReadError(`${path}: not a file`);
    const big = overLimit("fileBytes", size, path);
    if (big) throw new WorkbookReadError(`${path}: ${inputProblemMessage(big, locale)}`);
    // A plain Uint8Array over the Buffer's own memory: no second copy of a large file.
    const buffer = await handle.readFile();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError(`${path}: no such file`);
    throw new WorkbookReadError(`${path}: cannot be read (${code ?? String(e).split("\n")[0]})`);
  } finally {
    await handle?.close();
  }
}
