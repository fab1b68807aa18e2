import { funnelGrid, funnelStages, type FunnelStage } from "../../../src/core/analysis";
import { isCellError } from "../../../src/core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const stages = (input: Parameters<typeof funnelStages>[0], threshold?: number): FunnelStage[] => {
  const r = funnelStages(input, threshold);
  if (isCellError(r)) throw new Error(r.message);
  return r;
};

describe("funnel", () => {
  it("reproduces the published example: 12 -> 10 -> 9 is 83.33% then 90%, 75% overall", () => {
    const s = stages([
      { stage: "visit", count: 12 },
      { stage: "cart", count: 10 },
      { stage: "buy", count: 9 },
    ]);
    expect(s[1].step).toBeCloseTo(10 / 12, 12);
    expect(s[2].step).toBeCloseTo(0.9, 12);
    expect(s[2].overall).toBeCloseTo(0.75, 12);
    expect(s.map((x) => x.lost)).toEqual([undefined, 2, 1]);
    expect(s[1].dropOff).toBeCloseTo(1 - 10 / 12, 12);
    expect(s.map((x) => x.largest)).toEqual([false, true, false]);
  });
  it("flags a leak where drop-off reaches the threshold, equality included despite rounding", () => {
    // 1 - 90/100 is 0.09999999999999998 in floating point; the 10% threshold still flags it.
    const s = stages(
      [
        { stage: "a", count: 100 },
        { stage: "b", count: 90 },
        { stage: "c", count: 85 },
      ],
      0.1,
    );
    expect(s.map((x) => x.leak)).toEqual([false, true, false]);
  });
  it("flags a leak where step conversion is below its benchmark", () => {
    const s = stages([
      { stage: "a", count: 100 },
      { stage: "b", count: 50, benchmark: 0.4 },
      { stage: "c", count: 20, benchmark: 0.5 },
    ]);
    expect(s.map((x) => x.leak)).toEqual([false, false, true]);
  });
  it("a count above the previous stage's is #VALUE! naming the stage", () => {
    const r = funnelStages([
      { stage: "visit", count: 10, row: 1 },
      { stage: "signup", count: 12, row: 2 },
    ]);
    expect(r).toMatchObject({ error: "#VALUE!" });
    expect((r as { message: string }).message).toContain('"signup" (row 2) is 12');
  });
  it("one stage: one row at 100%, nothing lost, no flag", () => {
    const grid = funnelGrid(col("曝光"), col(5000), 0.5, null, "zh-CN") as unknown[][];
    expect(grid).toHaveLength(2);
    expect(grid[1]).toEqual(["曝光", 5000, "", 1, "", "", ""]);
  });
  it("a zero count: the stage loses everyone; the stage after it is #DIV/0!; a zero first stage is #DIV/0!", () => {
    const s = stages([
      { stage: "a", count: 10 },
      { stage: "b", count: 0 },
      { stage: "c", count: 0 },
    ]);
    expect([s[1].step, s[1].dropOff, s[1].lost]).toEqual([0, 1, 10]);
    expect(s[2].step).toMatchObject({ error: "#DIV/0!" });
    expect(s[2].lost).toBe(0);
    expect(funnelStages([{ stage: "a", count: 0 }])).toMatchObject({ error: "#DIV/0!" });
  });
  it("spills a localised header, a benchmark column when given, and both flags in one cell", () => {
    const grid = funnelGrid(
      col("Impressions", "Clicks", "Sign-ups", null),
      col(10000, 2000, 1500, null),
      0.5,
      col(null, 0.3, 0.8, null),
      "en-US",
    ) as unknown[][];
    expect(grid[0]).toEqual([
      "Stage",
      "Count",
      "Step conversion",
      "Overall conversion",
      "Drop-off",
      "Lost",
      "Benchmark",
      "Flag",
    ]);
    expect(grid).toHaveLength(4); // the blank row at the end is skipped
    expect(grid[2][7]).toBe("leak; largest loss");
    expect(grid[3][7]).toBe("leak"); // 75% step against an 80% benchmark
    const zh = funnelGrid(col("曝光", "点击"), col(100, 10), 0.5, null, "zh-CN") as unknown[][];
    expect(zh[2][6]).toBe("流失超标;最大流失");
  });
  it("bad arguments are errors naming them", () => {
    expect(funnelGrid(col("a", "b"), col(1), null, null, "en-US")).toMatchObject({ error: "#VALUE!" });
    expect(funnelGrid(col("a", null), col(5, 3), null, null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: "stages is blank at row 2: every stage needs a name",
    });
    expect(funnelGrid(col("a", "b"), col(5, null), null, null, "en-US")).toMatchObject({ error: "#N/A" });
    expect(funnelGrid(col("a", "b"), col(5, "x"), null, null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: 'counts has text ("x") at row 2, column 1',
    });
    expect(funnelGrid(col("a", "b"), col(5, -1), null, null, "en-US")).toMatchObject({ error: "#VALUE!" });
    expect(funnelGrid(col("a", "b"), col(5, 3), 1.5, null, "en-US")).toMatchObject({
      error: "#VALUE!",
      message: "threshold must be a number from 0 to 1, not 1.5",
    });
    expect(
      funnelGrid(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        col(5, 3),
        null,
        null,
        "en-US",
      ),
    ).toMatchObject({ error: "#VALUE!" });
  });
});
