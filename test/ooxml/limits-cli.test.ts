import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMeasured } from "../helpers/built-cli";
import { farCellWorkbook } from "../fixtures/packages/parts";
import { writeZipBomb } from "../fixtures/packages/zip-bomb";

/**
 * The two files of issue 10 through the built `mkt` in a child process, timed and measured
 * by /usr/bin/time. Targets: exit 2 in under 5 s with under 300 MB; the assertions are
 * looser (a shared machine), the figures are printed.
 */
const dir = mkdtempSync(join(tmpdir(), "mkt-limits-"));

function expectRefused(file: string, message: RegExp): void {
  for (const command of [
    ["check", file],
    ["attribute", file, "--model", "linear"],
  ]) {
    const run = runMeasured(command);
    console.log(
      `mkt ${command[0]} ${file.split("/").pop()}: exit ${run.status}, ${run.seconds.toFixed(2)} s, ${run.maxRssMb.toFixed(0)} MB`,
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.seconds).toBeLessThan(20);
    expect(run.maxRssMb).toBeLessThan(600);
  }
}

describe("limits through the command line", () => {
  it("the 6 KB file with one value in XFD1048576: exit 2 naming the cell", () => {
    const file = join(dir, "far-cell.xlsx");
    writeFileSync(file, farCellWorkbook());
    expect(statSync(file).size).toBeLessThan(6 * 1024);
    expectRefused(file, /XFD1048576 makes the used range 17,179,869,184 cells/);
  });

  it("a zip bomb, 1 GB of sheet XML in about 1 MB: exit 2 naming the part", () => {
    const file = join(dir, "bomb.xlsx");
    writeZipBomb(file);
    const size = statSync(file).size;
    console.log(`zip bomb: ${(size / 1024 / 1024).toFixed(2)} MB holding 1 GB of sheet XML`);
    expect(size).toBeLessThan(2 * 1024 * 1024);
    expectRefused(file, /xl\/worksheets\/sheet1\.xml unpacks more than 100 times its packed size/);
  });

  it("a zip bomb whose directory lies about its size: stopped while inflating", () => {
    const file = join(dir, "lying-bomb.xlsx");
    writeZipBomb(file, { lie: true });
    expectRefused(file, /xl\/worksheets\/sheet1\.xml cannot be unpacked \(it unpacks to more than the 1,024 bytes/);
  });
});
