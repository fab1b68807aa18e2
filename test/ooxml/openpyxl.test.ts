import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { openXlsx, readPackageFormats } from "../../src/ooxml";
import { mkt } from "../helpers/mkt";

/**
 * A workbook written by openpyxl itself (test/fixtures/openpyxl/make.py, Debian's
 * python3-openpyxl 3.0.9): a bar chart, and a note kept where openpyxl puts it
 * (xl/comments/comment1.xml). Such files used to be refused as "not an .xlsx workbook".
 */
const FIXTURE = resolve(__dirname, "../fixtures/openpyxl/openpyxl-chart.xlsx");
const dir = mkdtempSync(join(tmpdir(), "mkt-openpyxl-"));

describe("a workbook written by openpyxl, with a chart", () => {
  const input = join(dir, "openpyxl-chart.xlsx");
  copyFileSync(FIXTURE, input);
  const before = readFileSync(input);

  it("is checked: clicks above impressions on the 短视频 row is found", async () => {
    const { code, out, err } = await mkt("check", input, "--format", "json", "--today", "2026-11-24");
    expect(err).toBe("");
    expect(code).toBe(1);
    const findings = JSON.parse(out) as { cell: string; rule: string }[];
    expect(findings.some((f) => f.rule === "funnel" && f.cell.endsWith("4"))).toBe(true);
  });

  it("the flagged copy keeps the chart and its drawing byte for byte, and the user's note", async () => {
    const out = join(dir, "flagged.xlsx");
    const { code } = await mkt("check", input, "--out", out, "--today", "2026-11-24");
    expect(code).toBe(1);
    const original = unzipSync(new Uint8Array(before));
    const copy = unzipSync(new Uint8Array(readFileSync(out)));
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]) {
      expect(copy[part]).toBeDefined();
      expect(strFromU8(copy[part])).toBe(strFromU8(original[part]));
    }
    // The sheet still points at its drawing, and the copy opens with the user's note where it was.
    expect(strFromU8(copy["xl/worksheets/_rels/sheet1.xml.rels"])).toMatch(
      /Target="(\/xl|\.\.)\/drawings\/drawing1\.xml"/,
    );
    const [snap] = readPackageFormats(openXlsx(new Uint8Array(readFileSync(out))), [
      { sheet: "Channels", ranges: ["A2"] },
    ]);
    expect(snap.cells.find((c) => c.cell === "A2")?.note).toBe("checked by Li");
    // The input itself is untouched.
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
