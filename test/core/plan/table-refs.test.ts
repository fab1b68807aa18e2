import {
  hasTableRef,
  renameTableRefs,
  splitTableFormulas,
  tableColumnRef,
  withTableNames,
  type SheetPlan,
} from "../../../src/core/plan";

describe("structured references", () => {
  it("name a column in double brackets, escaping [ ] # and ' with a quote", () => {
    expect(tableColumnRef("ChannelEfficiency", "ROI")).toBe("ChannelEfficiency[[ROI]]");
    expect(tableColumnRef("T", "权重 (%)")).toBe("T[[权重 (%)]]");
    expect(tableColumnRef("T", "a[1]#'b")).toBe("T[[a'[1']'#''b]]");
  });

  it("are found in formulas, and nothing else is", () => {
    expect(hasTableRef("=SUM(T[[Weight]])")).toBe(true);
    expect(hasTableRef("=SUM($C$2:$C$5)")).toBe(false);
    expect(hasTableRef('=IF(A2="",1,0)')).toBe(false);
  });

  it("follow a renamed table, leaving other tables and text constants alone", () => {
    const renames = new Map([["Summary", "Summary_2"]]);
    expect(renameTableRefs('=SUM(Summary[[A]])+SUM(SummaryOld[[A]])&"Summary[x"', renames)).toBe(
      '=SUM(Summary_2[[A]])+SUM(SummaryOld[[A]])&"Summary[x"',
    );
  });

  it("withTableNames rewrites a sheet's cells and conditional formats for the names its tables got", () => {
    const sheet: SheetPlan = {
      target: { create: "S" },
      cells: [{ at: "A1", rows: [["h", { formula: "=SUM(T[[h]])", result: 3 }, "T[[h]] as text"]] }],
      tables: [{ name: "T", range: "A1:A3", style: "TableStyleMedium2", showBandedRows: true }],
      conditionalFormats: [{ range: "A2:A3", formula: "=A2=MAX(T[[h]])", format: { bold: true } }],
    };
    expect(withTableNames(sheet, ["T"])).toBe(sheet);
    const renamed = withTableNames(sheet, ["T_2"]);
    expect(renamed.cells![0].rows[0]).toEqual(["h", { formula: "=SUM(T_2[[h]])", result: 3 }, "T[[h]] as text"]);
    expect(renamed.conditionalFormats![0].formula).toBe("=A2=MAX(T_2[[h]])");
  });

  it("splitTableFormulas defers only the formulas that name a table", () => {
    const block = { at: "B2", rows: [["x", { formula: "=A1+1" }, { formula: "=SUM(T[[h]])" }]] };
    expect(splitTableFormulas(block)).toEqual({
      before: { at: "B2", rows: [["x", { formula: "=A1+1" }, null]] },
      after: { at: "B2", rows: [[null, null, { formula: "=SUM(T[[h]])" }]] },
    });
    const plain = { at: "A1", rows: [[1, { formula: "=A1" }]] };
    expect(splitTableFormulas(plain)).toEqual({ before: plain, after: null });
  });
});
