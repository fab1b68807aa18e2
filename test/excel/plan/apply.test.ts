import {
  cellAddress,
  cellsOf,
  dateSerial,
  MissingSheetError,
  parseCell,
  parseRange,
  type WorkbookPlan,
} from "../../../src/core/plan";
import { attributionReportPlan } from "../../../src/core/attribution/report";
import { buildTemplatesPlan, findTemplate } from "../../../src/core/templates";
import { columnLetter } from "../../../src/core/plan";
import { applyPlanInExcel } from "../../../src/excel/plan/apply";
import { createFakeExcel, type FakeBook } from "../fake";

/** Every cell a plan writes is in the fake workbook as the plan says. */
function expectCellsAsPlanned(book: FakeBook, plan: WorkbookPlan, names: readonly string[]): number {
  let checked = 0;
  plan.sheets.forEach((sheet, i) => {
    for (const block of sheet.cells ?? []) {
      const at = parseCell(block.at);
      block.rows.forEach((row, r) =>
        row.forEach((planned, c) => {
          const cell = book.cell(names[i], cellAddress({ row: at.row + r, col: at.col + c }));
          if (planned === null) expect(cell.value).toBeNull();
          else if (typeof planned !== "object") expect(cell.value).toBe(planned);
          else if ("formula" in planned) expect(cell.formula).toBe(planned.formula);
          else expect(cell.value).toBe(dateSerial(planned.date));
          checked++;
        }),
      );
    }
  });
  return checked;
}

describe("structured references through Office.js", () => {
  it("writes formulas naming a table after the table exists, under the name the table got", async () => {
    const fake = createFakeExcel({
      sheets: ["Sheet1"],
      tables: [{ name: "ChannelEfficiency", sheet: "Sheet1", range: "A1:B2" }],
    });
    const plan = buildTemplatesPlan(["channel-efficiency"], { locale: "en-US", sample: true });
    const summary = await applyPlanInExcel(fake.context, plan);
    expect(summary.tables[0].name).toBe("ChannelEfficiency_2");
    const batch = fake.book.batch(2);
    const tableAdd = batch.findIndex((c) => c.target === "tables" && c.op === "add");
    const writes = batch.map((c, i) => ({ c, i })).filter(({ c }) => c.op === "formulas");
    const named = writes.filter(({ c }) => JSON.stringify(c.value).includes("ChannelEfficiency"));
    expect(named.length).toBeGreaterThan(0);
    expect(JSON.stringify(named.map(({ c }) => c.value))).toContain("ChannelEfficiency_2[[");
    expect(JSON.stringify(named.map(({ c }) => c.value))).not.toMatch(/ChannelEfficiency\[\[/);
    for (const { i } of named) expect(i).toBeGreaterThan(tableAdd);
    expect(writes.some(({ i }) => i < tableAdd)).toBe(true);
    expect(fake.book.cell(summary.sheets[0].name, "J2").formula).toMatch(
      /^=IF\(ISNUMBER\(H2\),COUNTIF\(ChannelEfficiency_2\[\[/,
    );
  });
});

describe("applying template plans with Office.js", () => {
  const plan = buildTemplatesPlan(["evaluation-summary", "channel-efficiency", "action-tracking"], {
    locale: "zh-CN",
    sample: true,
  });

  it("reads names once, then sends each template in exactly one sync, screen updating suspended", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    const summary = await applyPlanInExcel(fake.context, plan, { suspendScreenUpdating: true });
    expect(fake.book.syncs).toBe(1 + plan.sheets.length);
    expect(fake.book.batch(1)).toEqual([]);
    plan.sheets.forEach((_, i) => {
      const batch = fake.book.batch(i + 2);
      expect(batch[0]).toMatchObject({ target: "application", op: "suspendScreenUpdatingUntilNextSync" });
      expect(batch.filter((c) => c.target === "worksheets" && c.op === "add").map((c) => c.value)).toEqual([
        summary.sheets[i].name,
      ]);
      expect(new Set(batch.filter((c) => c.sheet).map((c) => c.sheet))).toEqual(new Set([summary.sheets[i].name]));
    });
    expect(fake.book.calls.every((c) => c.batch > 0)).toBe(true);
  });

  it("writes every header, value and formula where the plan says", async () => {
    const fake = createFakeExcel();
    const summary = await applyPlanInExcel(fake.context, plan);
    const checked = expectCellsAsPlanned(
      fake.book,
      plan,
      summary.sheets.map((s) => s.name),
    );
    expect(checked).toBeGreaterThan(100);
    expect(fake.book.cell("效果评估分析汇总表", "H1").value).toBe("达成率");
    // Achievement is blank without an actual or any target (the revised one, else the original).
    const revised = columnLetter(
      findTemplate("evaluation-summary")!.columns.findIndex((c) => c.key === "revisedTarget"),
    );
    expect(fake.book.cell("效果评估分析汇总表", "H3").formula).toMatch(
      new RegExp(`^=IF\\(OR\\(G3="",AND\\(${revised}3="",D3=""\\)\\)`),
    );
  });

  it("creates the tables, drop-downs, highlights, formats, widths and frozen header of the plan", async () => {
    const fake = createFakeExcel();
    const summary = await applyPlanInExcel(fake.context, plan);
    plan.sheets.forEach((sheet, i) => {
      const name = summary.sheets[i].name;
      const fs = fake.book.mustSheet(name);
      expect(fake.book.tables.filter((t) => t.sheet === name)).toEqual(
        (sheet.tables ?? []).map((t) => ({
          name: t.name,
          sheet: name,
          range: t.range,
          style: t.style,
          showBandedRows: true,
        })),
      );
      expect(fs.validations.map((v) => v.range)).toEqual((sheet.validations ?? []).map((v) => v.range));
      for (const [k, v] of (sheet.validations ?? []).entries()) {
        if (v.rule.kind === "list") expect(fs.validations[k].rule?.list?.source).toBe(v.rule.choices.join(","));
        expect(fs.validations[k].errorAlert).toMatchObject({ showAlert: true, style: "Stop", message: v.errorMessage });
      }
      expect(fs.conditionalFormats).toEqual(
        (sheet.conditionalFormats ?? []).map((cf, k) => ({
          range: cf.range,
          type: "Custom",
          formula: cf.formula,
          fill: cf.format.fill,
          fontColor: cf.format.fontColor,
          priority: k,
          stopIfTrue: true,
        })),
      );
      for (const f of sheet.formats ?? []) {
        for (const range of f.ranges) {
          for (const ref of cellsOf(parseRange(range))) {
            const cell = fake.book.cell(name, cellAddress(ref));
            if (f.format.numberFormat) expect(cell.numberFormat).toBe(f.format.numberFormat);
          }
        }
      }
      expect(fake.book.cell(name, "A1")).toMatchObject({ fill: "#1F4E78", fontColor: "#FFFFFF", bold: true });
      expect(fs.frozen).toEqual({ rows: 1, columns: 0 });
      expect(fs.columnWidths.size).toBe((sheet.cells?.[0].rows[0] ?? []).length);
    });
    expect(fake.book.mustSheet(summary.sheets[0].name).active).toBe(true);
  });

  it("never overwrites: a taken sheet or table name gets a free one, the old sheet is not touched", async () => {
    const fake = createFakeExcel({
      sheets: ["效果评估分析汇总表"],
      tables: [{ name: "EvaluationSummary", sheet: "效果评估分析汇总表", range: "A1:B2" }],
    });
    const summary = await applyPlanInExcel(fake.context, plan);
    expect(summary.sheets[0].name).toBe("效果评估分析汇总表 (2)");
    expect(summary.tables[0].name).toBe("EvaluationSummary_2");
    expect(fake.book.calls.filter((c) => c.sheet === "效果评估分析汇总表")).toEqual([]);
    expect(fake.book.tables.map((t) => t.name)).toContain("EvaluationSummary_2");
  });
});

describe("applying an attribution report plan", () => {
  it("writes the result table and draws its bar chart beside it, in the sheet's one sync", async () => {
    const fake = createFakeExcel();
    const plan = attributionReportPlan(
      {
        model: "last",
        totalConversions: 4,
        totalValue: null,
        channels: [
          { channel: "b", conversions: 3, value: null, share: 0.75 },
          { channel: "a", conversions: 1, value: null, share: 0.25 },
        ],
      },
      "en-US",
      {
        source: "Sheet1!A1:B3",
        modelLabel: "Last touch",
        labels: {
          sheet: "Attribution",
          model: "Model",
          source: "Source",
          total: "Total",
          chart: "Conversions by channel",
        },
      },
    );
    await applyPlanInExcel(fake.context, plan);
    expect(fake.book.syncs).toBe(2);
    expect(fake.book.mustSheet("Attribution").charts).toEqual([
      {
        type: "BarClustered",
        data: "A1:B3",
        seriesBy: "Columns",
        title: "Conversions by channel",
        legendVisible: false,
        position: "F5",
      },
    ]);
    expect(fake.book.cell("Attribution", "A2").value).toBe("b");
    const chartCalls = fake.book.calls.filter((c) => c.target.startsWith("chart"));
    expect(new Set(chartCalls.map((c) => c.batch))).toEqual(new Set([2]));
  });
});

describe("applying flag-style plans", () => {
  it("writes text that looks like a formula or number as text", async () => {
    const fake = createFakeExcel();
    await applyPlanInExcel(fake.context, {
      sheets: [
        {
          target: { create: "T" },
          cells: [{ at: "B2", rows: [["=1+1", "-5", "@x", "0012", "7.1-7.31", "plain", 3]] }],
        },
      ],
    });
    expect(["B2", "C2", "D2", "E2", "F2", "G2", "H2"].map((a) => fake.book.cell("T", a).value)).toEqual([
      "=1+1",
      "-5",
      "@x",
      "0012",
      "7.1-7.31",
      "plain",
      3,
    ]);
    expect(["B2", "C2", "D2"].map((a) => fake.book.cell("T", a).formula)).toEqual([undefined, undefined, undefined]);
  });

  it("fills and notes cells of an existing sheet, links from a new report sheet, removes and hides sheets", async () => {
    const fake = createFakeExcel({ sheets: ["Data", "Old report"] });
    const plan: WorkbookPlan = {
      removeSheets: ["old REPORT"],
      sheets: [
        {
          target: { existing: "Data" },
          formats: [{ ranges: ["B2:B3", "D5"], format: { fill: "#FFC7CE" } }],
          notes: [{ cell: "B2", text: "missing value" }],
        },
        {
          target: { create: "Data" },
          hyperlinks: [{ cell: "A2", text: "Data!B2", to: { sheet: "Data", cell: "B2" } }],
          visibility: "hidden",
        },
      ],
    };
    const summary = await applyPlanInExcel(fake.context, plan, { useNotes: true });
    expect(fake.book.syncs).toBe(3);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["Data", "Data (2)"]);
    expect(["B2", "B3", "D5"].map((a) => fake.book.cell("Data", a).fill)).toEqual(["#FFC7CE", "#FFC7CE", "#FFC7CE"]);
    expect(fake.book.cell("Data", "B2").note).toBe("missing value");
    expect(fake.book.cell("Data (2)", "A2")).toMatchObject({
      value: "Data!B2",
      hyperlink: { documentReference: "Data!B2" },
    });
    expect(fake.book.mustSheet("Data (2)").visibility).toBe("Hidden");
    expect(summary.sheets.map((s) => s.created)).toEqual([false, true]);

    await applyPlanInExcel(
      fake.context,
      {
        sheets: [
          {
            target: { existing: "Data" },
            formats: [{ ranges: ["B2:B3", "D5"], format: { fill: null } }],
            notes: [{ cell: "B2", text: null }],
          },
        ],
      },
      { useNotes: true },
    );
    expect(fake.book.cell("Data", "B2").fill).toBeUndefined();
    expect(fake.book.cell("Data", "B2").note).toBeUndefined();
  });

  it("leaves screen updating alone where the host lacks it", async () => {
    const fake = createFakeExcel();
    await applyPlanInExcel(fake.context, { sheets: [{ target: { create: "S" } }] }, { suspendScreenUpdating: false });
    expect(fake.book.calls.filter((c) => c.target === "application")).toEqual([]);
    expect(fake.book.syncs).toBe(2);
  });

  it("uses comments where notes are not available", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    await applyPlanInExcel(fake.context, {
      sheets: [{ target: { existing: "Data" }, notes: [{ cell: "C4", text: "outlier" }] }],
    });
    expect(fake.book.calls.filter((c) => c.target === "comments")).toEqual([
      expect.objectContaining({ op: "add", address: "C4", value: "outlier" }),
    ]);
  });

  it("fails before writing anything when an existing sheet is missing", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    await expect(applyPlanInExcel(fake.context, { sheets: [{ target: { existing: "Nope" } }] })).rejects.toThrow(
      MissingSheetError,
    );
    expect(fake.book.syncs).toBe(1);
    expect(fake.book.calls).toEqual([]);
  });
});

describe("the fake itself", () => {
  it("rejects reads before load and sync, and a second sheet of the same name", async () => {
    const fake = createFakeExcel({ sheets: ["A"] });
    const sheets = fake.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load("items/name");
    await fake.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["A"]);
    fake.context.workbook.worksheets.add("a");
    await expect(fake.context.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });
  it("reads back formats and values after load and sync", async () => {
    const { context } = createFakeExcel({ sheets: ["A"] });
    const range = context.workbook.worksheets.getItem("A").getRange("A1:B1");
    range.formulas = [["x", "=1"]];
    range.format.fill.color = "#FF0000";
    await context.sync();
    range.load("formulas, format/fill/color");
    await context.sync();
    expect(range.formulas).toEqual([["x", "=1"]]);
    expect(range.format.fill.color).toBe("#FF0000");
  });
});
