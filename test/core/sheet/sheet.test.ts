import {
  buildSheet,
  cellAddress,
  cellValue,
  CellKind,
  detectTable,
  isDateFormat,
  parseCellAddress,
  parseDateText,
  serialToIso,
  ymdToSerial,
} from "../../../src/core/sheet";

describe("dates", () => {
  it("reads the ways people write a date, and refuses days that do not exist", () => {
    const day = ymdToSerial(2023, 8, 20);
    expect(day).toBe(45158);
    for (const text of ["2023-08-20", "2023/8/20", "2023.8.20", "2023年8月20日", " 2023-8-20 "])
      expect(parseDateText(text)).toBe(day);
    expect(parseDateText("2023-08-20 12:00")).toBe(day + 0.5);
    for (const text of ["2023-02-30", "2023-13-01", "8.20", "next week", "2023-08-20 25:00"])
      expect(parseDateText(text)).toBeNaN();
    expect(serialToIso(day)).toBe("2023-08-20");
  });
  it("tells date formats from number formats", () => {
    for (const f of ["yyyy-mm-dd", "m/d/yy", '[$-804]yyyy"年"m"月"d"日"', "hh:mm", "d-mmm"])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "0.0%", "#,##0.00", '"¥"#,##0', "0.00E+00", "@", undefined])
      expect(isDateFormat(f)).toBe(false);
  });
});

describe("addresses", () => {
  it("round-trips columns and cells", () => {
    expect([0, 25, 26, 701, 702].map((c) => cellAddress(0, c))).toEqual(["A1", "Z1", "AA1", "ZZ1", "AAA1"]);
    expect(cellAddress(6, 1)).toBe("B7");
    expect(parseCellAddress("$B$7")).toEqual({ row: 6, col: 1 });
    expect(parseCellAddress("7B")).toBeUndefined();
  });
});

describe("buildSheet", () => {
  it("keeps each cell's kind: a blank is not zero, dates and errors are their own", () => {
    const grid = buildSheet(
      "S",
      [
        ["", 0, "text", true],
        [null, 45158, { error: "#N/A" }, new Date(Date.UTC(2023, 7, 20))],
      ],
      { formats: [[], [undefined, "yyyy-mm-dd"]], formulas: [[false, "=1-1"]] },
    );
    expect(Array.from(grid.kinds)).toEqual([
      CellKind.Blank,
      CellKind.Number,
      CellKind.Text,
      CellKind.Boolean,
      CellKind.Blank,
      CellKind.Date,
      CellKind.Error,
      CellKind.Date,
    ]);
    expect(grid.formulas[1]).toBe(1);
    expect(cellValue(grid, 0, 1)).toBe(0);
    expect(cellValue(grid, 0, 0)).toBeNull();
    expect(cellValue(grid, 1, 1)).toBe("2023-08-20");
    expect(cellValue(grid, 1, 3)).toBe("2023-08-20");
    expect(cellValue(grid, 1, 2)).toBe("#N/A");
  });
});

describe("detectTable", () => {
  it("skips a title line and blank rows to the header, and ends at the last filled row", () => {
    const grid = buildSheet("S", [
      ["模板3:效果评估分析汇总表"],
      [],
      ["指标", "目标值", "实际值"],
      ["新增付费用户数", 5000, 4200],
      ["ROI", 2, 2.5],
      [],
      [],
    ]);
    const table = detectTable(grid);
    expect(table).toEqual({ headerRow: 2, firstRow: 3, lastRow: 4, headers: ["指标", "目标值", "实际值"] });
    expect(detectTable(grid, 0).headerRow).toBe(0);
  });
  it("finds no header in a grid of numbers", () => {
    const table = detectTable(
      buildSheet("S", [
        [1, 2],
        [3, 4],
      ]),
    );
    expect(table.headerRow).toBe(-1);
    expect(table.firstRow).toBe(0);
    expect(table.headers).toEqual(["", ""]);
  });
});
