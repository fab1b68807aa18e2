import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTemplatesPlan } from "../../src/core/templates";
import { MONITOR_SAMPLE } from "../../src/core/templates/analysis/monitor";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { mkt } from "../helpers/mkt";

/** `mkt pace` on a daily CSV and on the campaign monitor's sheet: figures, exit status and bad input. */

let dir: string;
let csv: string;
let monitor: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mkt-pace-"));
  csv = join(dir, "daily.csv");
  // 10 days at 100 a day, one day (3 March) not reported.
  const lines = ["日期,注册数"];
  for (let d = 1; d <= 10; d++) lines.push(`2026-03-${String(d).padStart(2, "0")},${d === 3 ? "" : 100}`);
  await writeFile(csv, `${lines.join("\n")}\n`);
  monitor = join(dir, "monitor.xlsx");
  await writeFile(
    monitor,
    (await planToXlsx(buildTemplatesPlan(["monitor"], { locale: "en-US", sample: true }))).bytes,
  );
});

const flight = ["--start", "2026-03-01", "--end", "2026-03-31"];

describe("mkt pace", () => {
  it("on track: exit 0, run rate over the days with a value, the missing day counted", async () => {
    const r = await mkt("pace", csv, "--target", "3000", ...flight, "--format", "json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      status: "onTrack",
      daysElapsed: 10,
      daysLeft: 21,
      missingDays: 1,
      actual: 900,
      projected: 3100,
    });
  });

  it("off track: exit 1, with the daily rate needed and the advice to add budget or revise the target", async () => {
    const r = await mkt("pace", csv, "--target", "5000", ...flight, "--lang", "zh-CN");
    expect(r.code).toBe(1);
    expect(r.out).toContain("落后");
    expect(r.out).toContain("195.2"); // (5000 - 900) / 21
    expect(r.out).toContain("动态目标");
    // One line per figure, then the advice.
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[7]).toMatch(/^状态\s+落后$/);
  });

  it("reads the campaign monitor's sheet: the actual column, up to the last reported day", async () => {
    const r = await mkt(
      "pace",
      monitor,
      "--target",
      String(MONITOR_SAMPLE.target),
      "--start",
      MONITOR_SAMPLE.start,
      "--end",
      MONITOR_SAMPLE.end,
      "--format",
      "json",
    );
    expect(r.err).toBe("");
    const json = JSON.parse(r.out) as { status: string; daysElapsed: number; actual: number };
    const sum = MONITOR_SAMPLE.values.reduce<number>((a, v) => a + (v ?? 0), 0);
    expect(json).toMatchObject({ status: "atRisk", daysElapsed: MONITOR_SAMPLE.values.length, actual: sum });
    expect(r.code).toBe(0);
  });

  it("the forecast method adds the Holt-Winters forecast of the days left", async () => {
    const r = await mkt("pace", monitor, "--target", "14000", ...flight, "--method", "forecast", "--format", "json");
    const json = JSON.parse(r.out) as { method: string; projected: number; actual: number };
    expect(json.method).toBe("forecast");
    expect(json.projected).toBeGreaterThan(json.actual + 10 * 350); // ten days left at about 400 a day
    expect(json.projected).toBeLessThan(json.actual + 10 * 550);
  });

  it.each([
    [["--target", "3000", "--start", "2026-03-05", "--end", "2026-03-31"], "outside the campaign"],
    [["--target", "0", ...flight], "target must be above 0"],
    [["--target", "3000", "--start", "2026-03-31", "--end", "2026-03-01"], "is before start"],
    [["--target", "3000", "--start", "31/03/2026", "--end", "2026-03-31"], "--start must be a date"],
    [["--target", "3000", ...flight, "--value-col", "spend"], 'no column "spend"'],
    [[...flight], "--target is required"],
  ])("bad input %j: exit 2 and one line saying %s", async (args, says) => {
    const r = await mkt("pace", csv, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
