import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import { sofficeBinary } from "./libreoffice";

/**
 * LibreOffice's print of a workbook, and poppler-utils (pdfinfo, pdftoppm) to look at it:
 * page counts, and pages as pixels. Debian package poppler-utils (scripts/ensure-system-deps.sh).
 */

const run = promisify(execFile);
const PROFILE = resolve(__dirname, "../fixtures/libreoffice/recalc-profile");

/** Converts the .xlsx files to PDF in one soffice start; returns the PDFs' paths, in order. */
export async function toPdf(files: readonly string[], timeoutMs = 180_000): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), "mkt-lo-profile-"));
  cpSync(PROFILE, profile, { recursive: true });
  const outDir = mkdtempSync(join(tmpdir(), "mkt-lo-pdf-"));
  try {
    await run(
      sofficeBinary(),
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        ...files,
      ],
      { timeout: timeoutMs },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const out = join(outDir, basename(f).replace(/\.xlsx$/i, ".pdf"));
    if (!existsSync(out)) throw new Error(`soffice wrote no ${out}`);
    return out;
  });
}

export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo found no page count in ${pdf}`);
  return Number(m[1]);
}

/** One page as RGB pixels (pdftoppm's PPM, read here). */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

export async function pageImage(pdf: string, page: number, dpi = 50): Promise<Pixels> {
  const dir = mkdtempSync(join(tmpdir(), "mkt-ppm-"));
  const stem = join(dir, "page");
  try {
    await run("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, stem]);
    return readPpm(readFileSync(`${stem}.ppm`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes one page as PNG (for people to look at: test-artifacts/). */
export async function pagePng(pdf: string, page: number, out: string, dpi = 80): Promise<void> {
  await run("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    out.replace(/\.png$/, ""),
  ]);
}

function readPpm(bytes: Buffer): Pixels {
  // "P6\n<width> <height>\n<max>\n" then width x height x 3 bytes.
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
    let tok = "";
    while (!/\s/.test(String.fromCharCode(bytes[at]))) tok += String.fromCharCode(bytes[at++]);
    fields.push(tok);
  }
  if (fields[0] !== "P6") throw new Error(`not a binary PPM: ${fields[0]}`);
  at++;
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, rgb: new Uint8Array(bytes.subarray(at, at + width * height * 3)) };
}

/** Pixels within `tolerance` (per channel) of the colour "#RRGGBB". */
export function countColor(image: Pixels, color: string, tolerance = 24): number {
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(color.slice(k, k + 2), 16));
  let n = 0;
  for (let i = 0; i < image.rgb.length; i += 3) {
    if (
      Math.abs(image.rgb[i] - r) <= tolerance &&
      Math.abs(image.rgb[i + 1] - g) <= tolerance &&
      Math.abs(image.rgb[i + 2] - b) <= tolerance
    )
      n++;
  }
  return n;
}
