import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { planToXlsx } from "../../src/xlsx/plan-file";

/**
 * `mkt report` on a package whose zip holds an entry its central directory does not list (as a
 * fuzzer-minimised file of Apache POI's corpus has "xl/charts/ch"): the reader reads what the
 * directory lists, and the writer, unpacking every part to write the copy, meets the stray
 * entry. One line and exit 2, never an internal error.
 */

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s) };
}

/** The zip with the central-directory record of `name` taken out (its local entry stays). */
function unlisted(zip: Uint8Array, name: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  if (view.getUint32(eocd, true) !== 0x06054b50) throw new Error("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  const records: Uint8Array[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const len = 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const file = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
    if (file !== name) records.push(zip.subarray(at, at + len));
    at += len;
  }
  const directory = records.reduce((n, r) => n + r.length, 0);
  const out = new Uint8Array(offset + directory + 22);
  out.set(zip.subarray(0, offset));
  let put = offset;
  for (const r of records) {
    out.set(r, put);
    put += r.length;
  }
  out.set(zip.subarray(eocd, eocd + 22), put);
  const tail = new DataView(out.buffer, put);
  tail.setUint16(8, records.length, true);
  tail.setUint16(10, records.length, true);
  tail.setUint32(12, directory, true);
  if (size === directory) throw new Error(`${name} was not in the directory`);
  return out;
}

describe("mkt report on a damaged package", () => {
  it("exits 2 with one line naming the entry, and writes no copy", async () => {
    const parts = unzipSync((await planToXlsx(buildDemoPlan("en-US"))).bytes);
    parts["xl/charts/ch"] = strToU8("<c/>");
    const dir = mkdtempSync(join(tmpdir(), "mkt-report-damaged-"));
    const file = join(dir, "damaged.xlsx");
    writeFileSync(file, unlisted(zipSync(parts), "xl/charts/ch"));
    const out = join(dir, "copy.xlsx");
    const io = capture();
    expect(await runCli(["report", file, "--out", out], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/xl\/charts\/ch cannot be unpacked/);
    expect(existsSync(out)).toBe(false);
  });
});
