import { checkSheet, findingMessage, parseCheckSettings } from "../../../src/core/checks";
import { buildSheet } from "../../../src/core/sheet";
import { at, check, TODAY } from "./helpers";

describe("missing", () => {
  it("reports a blank required cell, never a zero", () => {
    const f = check(
      [
        ["渠道", "曝光量", "点击量", "备注"],
        ["A", 1000, 0, ""],
        ["B", null, 50, "ok"],
      ],
      { rules: ["missing"] },
    );
    expect(at(f)).toEqual(["missing@B3"]);
    expect(findingMessage(f[0], "zh-CN")).toContain("曝光量");
    expect(f[0].value).toBeNull();
  });
  it("skips blank rows and rows of formulas alone", () => {
    const f = check(
      [
        ["指标", "目标值"],
        ["ROI", 2],
        [null, null],
        ["CAC", 200],
      ],
      { rules: ["missing"] },
    );
    expect(f).toEqual([]);
  });
  it("never asks for a value in a computed column, whose blanks are by design", () => {
    const grid = buildSheet(
      "Funnel",
      [
        ["环节", "人数", "环节转化率", "备注"],
        ["曝光", 12, null, "x"],
        ["点击", 10, 0.8333, null],
        ["付费", null, 0.9, "y"],
      ],
      { formulas: [[], [], [false, false, "=B3/B2"], [false, false, "=B4/B3"]] },
    );
    const f = checkSheet(grid, parseCheckSettings({ rules: ["missing"] }), TODAY).findings;
    // The typed-in count is missing; the first stage's step conversion, left empty in a formula column, is not.
    expect(at(f)).toEqual(["missing@B4"]);
  });
});

describe("duplicates", () => {
  it("reports a repeated row once, not also as a repeated key", () => {
    const f = check(
      [
        ["用户ID", "渠道", "金额"],
        ["u1", "A", 10],
        ["u2", "B", 20],
        ["u1", "A", 10],
        ["u2", "C", 30],
      ],
      { rules: ["duplicates"] },
    );
    expect(at(f)).toEqual(["duplicates@A4", "duplicates@A5"]);
    expect(f[0].key).toBe("check.duplicateRow");
    expect(f[1].key).toBe("check.duplicateKey");
  });
  it("keys a metric by its source: two sources of one metric are no duplicate", () => {
    const f = check(
      [
        ["指标名称", "数据来源", "数值"],
        ["曝光量", "巨量", 100],
        ["曝光量", "GA", 101],
        ["曝光量", "GA", 99],
      ],
      { rules: ["duplicates"] },
    );
    expect(at(f)).toEqual(["duplicates@A4"]);
  });
  it("keys an id by its date when there is one: a customer orders on several days", () => {
    const f = check(
      [
        ["客户ID", "下单日期", "金额"],
        ["C01", "2024-01-05", 10],
        ["C01", "2024-02-10", 20],
        ["C02", "2024-01-05", 30],
        ["C01", "2024-01-05", 40],
      ],
      { rules: ["duplicates"] },
    );
    expect(at(f)).toEqual(["duplicates@A5"]);
  });
});

describe("funnel", () => {
  it("reports each stage larger than the nearest earlier one, by English or Chinese header", () => {
    const f = check(
      [
        ["Channel", "Impressions", "Clicks", "访问量", "Registrations", "Payments"],
        ["A", 1000, 100, 80, 20, 5],
        ["B", 1000, 1200, 80, 20, 5],
        ["C", 1000, 100, 80, null, 90],
      ],
      { rules: ["funnel"] },
    );
    expect(at(f)).toEqual(["funnel@C3", "funnel@F4"]);
    expect(findingMessage(f[1], "en-US")).toContain("访问量 (80)");
  });
  it("reads the funnel from rows of a data collection sheet", () => {
    const f = check(
      [
        ["指标名称", "数据来源", "数值"],
        ["广告曝光量", "巨量广告后台", 5000],
        ["点击量", "GA", 6000],
        ["注册量", "CRM", 300],
      ],
      { rules: ["funnel"] },
    );
    expect(at(f)).toEqual(["funnel@C3"]);
  });
});

describe("crossSource", () => {
  it("compares two columns of one metric against the first source, tolerance settable", () => {
    const rows = [
      ["日期", "曝光量(巨量)", "曝光量(GA)"],
      ["2023-07-01", 1000, 1040],
      ["2023-07-02", 1000, 1060],
    ];
    expect(at(check(rows, { rules: ["crossSource"] }))).toEqual(["crossSource@C3"]);
    expect(at(check(rows, { rules: ["crossSource"], crossSource: { tolerance: 0.1 } }))).toEqual([]);
    expect(at(check(rows, { rules: ["crossSource"], crossSource: { tolerance: 0.03 } }))).toEqual([
      "crossSource@C2",
      "crossSource@C3",
    ]);
  });
  it("compares rows of one metric from two sources", () => {
    const f = check(
      [
        ["指标名称", "数据来源", "数值"],
        ["注册量", "CRM", 500],
        ["注册量", "广告平台", 560],
        ["转化量", "CRM", 100],
        ["转化量", "销售后台", 103],
      ],
      { rules: ["crossSource"] },
    );
    expect(at(f)).toEqual(["crossSource@C3"]);
    expect(findingMessage(f[0], "en-US")).toContain("12%");
  });
});

describe("outliers", () => {
  const rows = (extra: number) => [
    ["日期", "订单量"],
    ...[50, 52, 49, 51, 48, 53, 50, 47, 52, extra].map((v, k) => [`2023-07-${10 + k}`, v]),
  ];
  it("flags by modified z-score and says so", () => {
    const f = check(rows(400), { rules: ["outliers"] });
    expect(at(f)).toEqual(["outliers@B11"]);
    expect(f[0].key).toBe("check.outlierMad");
  });
  it("uses IQR fences when asked", () => {
    const f = check(rows(400), { rules: ["outliers"], outliers: { method: "iqr" } });
    expect(at(f)).toEqual(["outliers@B11"]);
    expect(findingMessage(f[0], "en-US")).toContain("IQR");
  });
  it("finds nothing in ordinary variation", () => {
    expect(check(rows(55), { rules: ["outliers"] })).toEqual([]);
  });
});

describe("targets", () => {
  it("reports achievement below target and a cost over target", () => {
    const f = check(
      [
        ["指标", "目标值", "实际值"],
        ["新增付费用户数", 5000, 4200],
        ["单用户获客成本", 200, 240],
        ["ROI", 2, 2.5],
        ["跳出率", 0.4, 0.3],
      ],
      { rules: ["targets"] },
    );
    expect(at(f)).toEqual(["targets@C2", "targets@C3"]);
    expect(f.map((x) => x.key)).toEqual(["check.targetAchievement", "check.targetOver"]);
  });
  it("uses the base level and the direction column when there are", () => {
    const f = check(
      [
        ["指标", "方向", "基础目标", "挑战目标", "实际值"],
        ["参与率", "越高越好", 0.05, 0.08, 0.06],
        ["参与率B", "越高越好", 0.05, 0.08, 0.04],
        ["CPC", "越低越好", 2, 1.5, 2.2],
      ],
      { rules: ["targets"] },
    );
    expect(at(f)).toEqual(["targets@E3", "targets@E4"]);
  });
});

describe("actions", () => {
  it("reports planned dates passed while not done, against the injected day", () => {
    const rows = [
      ["优化项", "计划完成时间", "完成状态"],
      ["落地页", "2023.8.20", "进行中"],
      ["客服入口", new Date(Date.UTC(2023, 7, 25)), "已完成"],
      ["素材", "2023-09-15", "未开始"],
    ];
    expect(at(check(rows, { rules: ["actions"] }))).toEqual(["actions@B2"]);
    expect(at(check(rows, { rules: ["actions"] }, 45000))).toEqual([]);
  });
});

describe("types", () => {
  it("explains a date whose day and month order would be a guess, and how to write it", () => {
    const f = check(
      [
        ["渠道", "开始日期", "结束日期"],
        ["A", "2023年7月1日", "2023.7.31"],
        ["B", "08/09/2023", "08/20/2023"],
        ["C", "1", 45200],
      ],
      { rules: ["types"] },
    );
    expect(at(f)).toEqual(["types@B3", "types@C3", "types@B4"]);
    expect(f.map((x) => x.key)).toEqual(["check.ambiguousDate", "check.yearLastDate", "check.badDate"]);
    expect(findingMessage(f[0], "en-US")).toBe(
      '"08/09/2023" in 开始日期 could be 2023-08-09 or 2023-09-08: the order of day and month differs by country (write it year first: 2023-08-09 or 2023-09-08)',
    );
  });

  it("reports numbers as text, rates out of range, unreadable dates, end before start and errors", () => {
    const f = check(
      [
        ["渠道", "开始日期", "结束日期", "点击量", "转化率"],
        ["A", "2023-07-01", "2023-07-31", 100, 0.05],
        ["B", "2023-07-01", "2023-06-30", "1,200", 1.4],
        ["C", "2023-13-01", "2023-07-31", 50, -0.1],
        ["D", "2023-07-01", "2023-07-31", { error: "#DIV/0!" }, 0.2],
      ],
      { rules: ["types"] },
    );
    expect(at(f)).toEqual(["types@C3", "types@D3", "types@E3", "types@B4", "types@E4", "types@D5"]);
    expect(f.map((x) => x.key)).toEqual([
      "check.endBeforeStart",
      "check.numberAsText",
      "check.rateRange",
      "check.badDate",
      "check.rateRange",
      "check.errorValue",
    ]);
  });
  it("reads a period written in one cell and reports one that runs backwards", () => {
    const f = check(
      [
        ["评估主题", "活动周期", "评估周期"],
        ["新品推广", "7.1-7.31", "8.15-8.1"],
        ["大促", "2023-06-01 ~ 2023-06-18", "2023-07-01至2023-06-30"],
        ["品牌", "全年", "7月1日至7月31日"],
      ],
      { rules: ["types"] },
    );
    expect(at(f)).toEqual(["types@C2", "types@C3"]);
    expect(findingMessage(f[0], "en-US")).toBe("The end (8.1) is before the start (8.15)");
  });
  it("reads a rate column in percentage points when its header says %", () => {
    const f = check(
      [
        ["渠道", "转化率(%)"],
        ["A", 35],
        ["B", 120],
        ["C", "40%"],
      ],
      { rules: ["types"] },
    );
    expect(at(f)).toEqual(["types@B3", "types@B4"]);
  });
});

describe("a clean table", () => {
  it("has no finding under any rule", () => {
    const f = check([
      ["用户ID", "渠道", "曝光量", "点击量", "访问量", "注册量", "转化量", "点击率", "开始日期", "结束日期"],
      ...Array.from({ length: 30 }, (_, k) => [
        `u${k}`,
        ["A", "B", "C"][k % 3],
        1000 + k * 10,
        100 + k,
        80 + k,
        20 + (k % 5),
        5 + (k % 3),
        (100 + k) / (1000 + k * 10),
        "2023-07-01",
        "2023-07-31",
      ]),
    ]);
    expect(f).toEqual([]);
  });
});
