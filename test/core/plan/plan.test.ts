import {
  cellAddress,
  columnIndex,
  columnLetter,
  dateSerial,
  freeSheetName,
  freeTableName,
  MissingSheetError,
  parseRange,
  rangeAddress,
  resolveNames,
  serialDate,
  sheetQualified,
} from "../../../src/core/plan";

describe("A1 addressing", () => {
  it("round-trips column letters across the one, two and three letter boundaries", () => {
    for (const [i, s] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetter(i)).toBe(s);
      expect(columnIndex(s)).toBe(i);
    }
    expect(() => columnLetter(16384)).toThrow(RangeError);
  });
  it("normalises ranges and drops $", () => {
    expect(rangeAddress(parseRange("$C$9:A2"))).toBe("A2:C9");
    expect(rangeAddress(parseRange("B7"))).toBe("B7");
    expect(cellAddress({ row: 0, col: 27 })).toBe("AB1");
    expect(() => parseRange("A0")).toThrow(RangeError);
  });
  it("quotes sheet names that need it", () => {
    expect(sheetQualified("Data", "A1")).toBe("Data!A1");
    expect(sheetQualified("Bob's data", "A1")).toBe("'Bob''s data'!A1");
    expect(sheetQualified("评估计划表", "B2")).toBe("'评估计划表'!B2");
    expect(sheetQualified("AB12", "A1")).toBe("'AB12'!A1");
  });
});

describe("free names", () => {
  it("never reuses an existing sheet name, case-insensitively, within 31 characters", () => {
    expect(freeSheetName("Plan", ["Sheet1"])).toBe("Plan");
    expect(freeSheetName("Plan", ["plan", "Plan (2)"])).toBe("Plan (3)");
    const long = "x".repeat(40);
    const first = freeSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = freeSheetName(long, [first]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(freeSheetName("a/b:c", [])).toBe("a_b_c");
  });
  it("gives legal, unused table names", () => {
    expect(freeTableName("Summary", ["summary"])).toBe("Summary_2");
    expect(freeTableName("2024 plan", [])).toBe("T_2024_plan");
    expect(freeTableName("AB12", [])).toBe("AB12_");
  });
  it("resolves a plan's names in order, so two sheets of one plan do not collide", () => {
    const plan = {
      sheets: [
        {
          target: { create: "Plan" },
          tables: [{ name: "T", range: "A1:B2", style: "TableStyleMedium2", showBandedRows: true }],
        },
        {
          target: { create: "Plan" },
          tables: [{ name: "T", range: "A1:B2", style: "TableStyleMedium2", showBandedRows: true }],
        },
        { target: { existing: "data" } },
      ],
    };
    const summary = resolveNames(plan, { sheets: ["Data", "Plan"], tables: [] });
    expect(summary.sheets.map((s) => s.name)).toEqual(["Plan (2)", "Plan (3)", "Data"]);
    expect(summary.tables.map((t) => t.name)).toEqual(["T", "T_2"]);
    expect(() => resolveNames(plan, { sheets: ["Plan"], tables: [] })).toThrow(MissingSheetError);
  });
});

describe("date serials", () => {
  it("matches Excel's 1900 system", () => {
    expect(dateSerial("2024-01-01")).toBe(45292);
    expect(dateSerial("1900-03-01")).toBe(61);
    expect(serialDate(dateSerial("2023-08-20"))).toBe("2023-08-20");
    expect(() => dateSerial("2023-02-30")).toThrow(RangeError);
  });
});
