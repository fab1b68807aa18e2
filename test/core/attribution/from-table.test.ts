import { readFileSync } from "fs";
import { resolve } from "path";
import { attributeTable } from "../../../src/core/attribution/from-table";
import { guessPathColumns } from "../../../src/core/attribution/guess-columns";
import { parseAttributionOptions, type AttributionOptions } from "../../../src/core/attribution/options";
import { attributionReportPlan } from "../../../src/core/attribution/report";
import { isCellError } from "../../../src/core/errors";
import { column, FIXTURES, PATHS_FILE, readFixture } from "./fixture";

function options(model: string): AttributionOptions {
  const o = parseAttributionOptions({ model });
  if (isCellError(o)) throw new Error(o.message);
  return o;
}

describe("guessPathColumns", () => {
  it("finds ChannelAttribution's column names in any order", () => {
    expect(guessPathColumns(["total_null", "path", "total_conversion_value", "total_conversions"])).toEqual({
      paths: 1,
      conversions: 3,
      values: 2,
      nulls: 0,
    });
  });
  it("finds Chinese headers and leaves what is missing null", () => {
    expect(guessPathColumns(["渠道路径", "路径", "转化数"])).toEqual({
      paths: 1,
      conversions: 2,
      values: null,
      nulls: null,
    });
    expect(guessPathColumns(["a", "b"])).toEqual({ paths: null, conversions: null, values: null, nulls: null });
  });
});

describe("attributeTable", () => {
  const table = {
    header: ["路径", "转化数", "价值"],
    rows: [
      ["搜索 > 社交", 2, 100],
      ["社交", 1, 50],
    ],
  };
  const columns = { paths: 0, conversions: 1, values: 2, nulls: null };

  it("attributes a sheet's table with the chosen columns", () => {
    const result = attributeTable(table, columns, options("linear"));
    if (isCellError(result)) throw new Error(result.message);
    expect(result.channels.map((c) => [c.channel, c.conversions, c.value])).toEqual([
      ["社交", 2, 100],
      ["搜索", 1, 50],
    ]);
  });

  it("matches ChannelAttribution's linear touch on the synthetic reference paths", () => {
    const csv = readFileSync(resolve(FIXTURES, PATHS_FILE), "utf8").trim().split("\n");
    const header = csv[0].split(";");
    const rows = csv.slice(1).map((line) => line.split(";").map((v, i) => (i === 0 ? v : Number(v))));
    const guess = guessPathColumns(header);
    const result = attributeTable(
      { header, rows },
      { ...guess, paths: guess.paths!, conversions: guess.conversions! },
      options("linear"),
    );
    if (isCellError(result)) throw new Error(result.message);
    const expected = readFixture("expected_heuristic.csv");
    const want = column(expected, "linear_touch_conversions") as number[];
    expect(result.channels).toHaveLength(want.length);
    column(expected, "channel_name").forEach((channel, i) => {
      const got = result.channels.find((c) => c.channel === channel);
      expect(Math.abs((got?.conversions ?? NaN) - want[i])).toBeLessThan(1e-9);
    });
  });

  it("names the sheet row and the column header of bad input", () => {
    const bad = {
      header: table.header,
      rows: [
        ["搜索", 2, 1],
        ["社交", -1, 1],
      ],
    };
    expect(attributeTable(bad, columns, options("first"))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/转化数 is negative \(-1\) at row 3, column 2/),
    });
    const empty = { header: table.header, rows: [["搜索 >> 社交", 1, 1]] };
    expect(attributeTable(empty, columns, options("first"))).toMatchObject({
      message: expect.stringContaining("路径 has an empty channel name at row 2"),
    });
  });
});

describe("attributionReportPlan", () => {
  it("writes the result table with formats, and where it came from", () => {
    const result = attributeTable(
      {
        header: ["path", "total_conversions"],
        rows: [
          ["a > b", 3],
          ["b", 1],
        ],
      },
      { paths: 0, conversions: 1, values: null, nulls: null },
      options("last"),
    );
    if (isCellError(result)) throw new Error(result.message);
    const plan = attributionReportPlan(result, "en-US", {
      source: "Sheet1!A1:B3",
      modelLabel: "Last touch",
      labels: {
        sheet: "Attribution",
        model: "Model",
        source: "Source",
        total: "Total conversions",
        chart: "By channel",
      },
    });
    const sheet = plan.sheets[0];
    expect(sheet.target).toEqual({ create: "Attribution" });
    expect(sheet.cells![0].rows).toEqual([
      ["Channel", "Conversions", "Value", "Share"],
      ["b", 4, "", 1],
      ["a", 0, "", 0],
    ]);
    expect(sheet.tables![0].range).toBe("A1:D3");
    expect(sheet.charts).toEqual([{ kind: "bar", data: "A1:B3", title: "By channel", at: "F5" }]);
    expect(sheet.cells![1].rows).toEqual([
      ["Model", "Last touch"],
      ["Source", "Sheet1!A1:B3"],
      ["Total conversions", 4],
    ]);
  });
});
