import { strFromU8, unzipSync } from "fflate";
import type { ChartPlan, WorkbookPlan } from "../../src/core/plan/types";
import { openXlsx } from "../../src/ooxml/read";
import { PreviewSession } from "../../src/preview/session";
import { saveWorkbook, newWorkbook } from "../../src/xlsx/workbook-io";
import { zipParts } from "../fixtures/packages/parts";
import { richWorkbookParts } from "../fixtures/packages/rich-workbook";

/** The preview session writes every plan into its document, and remembers their charts for the grid (ExcelJS holds none). */

const column: ChartPlan = { kind: "column", data: "A1:B4", title: "ROI by channel", at: "D2", colors: ["#1F4E78"] };
const pie: ChartPlan = { kind: "pie", data: "A1:B4", title: "Share", at: "D20" };

function report(charts: ChartPlan[], name = "Report"): WorkbookPlan {
  return {
    sheets: [
      {
        target: { create: name },
        cells: [
          {
            at: "A1",
            rows: [
              ["Channel", "ROI"],
              ["Search", 1.4],
              ["Feed", 0.6],
              ["Mail", 2.1],
            ],
          },
        ],
        charts,
        first: true,
        activate: true,
      },
    ],
    removeSheets: [name],
  };
}

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe("the preview session's charts", () => {
  it("keeps a plan's charts under the sheet's actual name and shows that sheet", () => {
    const session = new PreviewSession();
    session.applyPlan({ sheets: [{ target: { create: "Report" } }] });
    const summary = session.applyPlan({ sheets: [{ target: { create: "Report" }, charts: [column] }] });
    expect(summary.sheets[0].name).toBe("Report (2)");
    expect(session.chartsOf("Report (2)")).toEqual([column]);
    expect(session.chartsOf("Report")).toEqual([]);
    expect(session.snapshot().activeSheet).toBe("Report (2)");
    expect(session.sheetCharts()).toEqual([{ sheet: "Report (2)", charts: [column] }]);
  });

  it("drops a removed sheet's charts when the report is regenerated, though ExcelJS reuses its id", () => {
    const session = new PreviewSession();
    session.applyPlan(report([column, pie]));
    const firstId = session.workbook.getWorksheet("Report")?.id;
    session.applyPlan(report([column]));
    expect(session.workbook.getWorksheet("Report")?.id).toBe(firstId);
    expect(session.chartsOf("Report")).toEqual([column]);
    session.applyPlan({ sheets: [], removeSheets: ["Report"] });
    expect(session.sheetCharts()).toEqual([]);
  });

  it("adds a later plan's charts on a sheet to the ones there, in the view as in the file", async () => {
    const session = new PreviewSession();
    session.applyPlan(report([column]));
    const line: ChartPlan = { ...column, kind: "line", title: "Trend" };
    session.applyPlan({ sheets: [{ target: { existing: "Report" }, charts: [line, pie] }] });
    expect(session.chartsOf("Report")).toEqual([column, line, pie]);
    const files = parts(await session.save());
    expect(Object.keys(files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(3);
    expect(Object.keys(files).filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))).toHaveLength(1);
    expect(files["xl/drawings/drawing1.xml"].match(/<xdr:twoCellAnchor\b/g)).toHaveLength(3);
  });

  it("forgets the charts when a file is opened", async () => {
    const session = new PreviewSession();
    session.applyPlan(report([column]));
    const book = newWorkbook();
    book.addWorksheet("Report");
    await session.open("other.xlsx", (await saveWorkbook(book)).slice().buffer);
    expect(session.chartsOf("Report")).toEqual([]);
  });

  it("writes the charts into the downloaded file as chart parts on the right sheet", async () => {
    const session = new PreviewSession();
    session.applyPlan(report([column, pie], "Q1 report"));
    session.applyPlan({ sheets: [{ target: { create: "Plain" }, cells: [{ at: "A1", rows: [["x"]] }] }] });
    const bytes = await session.save();
    const files = parts(bytes);
    const charts = Object.keys(files)
      .filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))
      .sort();
    expect(charts).toHaveLength(2);
    const [first, second] = charts.map((k) => files[k]);
    expect(first).toContain('<c:barDir val="col"/>');
    expect(first).toContain("<c:f>&apos;Q1 report&apos;!$B$2:$B$4</c:f>");
    expect(first).toContain("<c:f>&apos;Q1 report&apos;!$A$2:$A$4</c:f>");
    expect(second).toContain("<c:pieChart>");
    // The drawing hangs off the report's worksheet part, not the plain sheet's.
    const pkg = openXlsx(bytes);
    const drawingOf = (name: string) =>
      pkg.rels.get(pkg.sheets.find((x) => x.name === name)?.part ?? "")?.find((r) => r.type.endsWith("/drawing"));
    expect(drawingOf("Q1 report")?.target).toMatch(/drawings\/drawing1\.xml$/);
    expect(drawingOf("Plain")).toBeUndefined();
    expect(files["xl/drawings/_rels/drawing1.xml.rels"]).toContain("../charts/chart2.xml");
    expect(files["[Content_Types].xml"]).toContain('PartName="/xl/charts/chart2.xml"');
  });

  it("writes no chart part when no plan had charts", async () => {
    const session = new PreviewSession();
    session.applyPlan(report([]));
    expect(Object.keys(parts(await session.save())).some((k) => k.startsWith("xl/charts/"))).toBe(false);
  });
});

describe("Download of an opened file", () => {
  it("gives back every part of the file, byte for byte, with the plans' sheets and a formula added", async () => {
    const original = zipParts(richWorkbookParts({ vba: true }));
    const session = new PreviewSession();
    await session.open("rich.xlsm", original.slice().buffer);
    session.applyPlan(report([column]));
    session.applyPlan({
      sheets: [
        {
          target: { create: "Attribution" },
          cells: [
            {
              at: "A1",
              rows: [
                ["Channel", "Share"],
                ["Search", 0.5],
              ],
            },
          ],
          tables: [{ name: "Attribution", range: "A1:B2", style: "TableStyleMedium2", showBandedRows: true }],
          notes: [{ cell: "B1", text: "Markov" }],
        },
      ],
    });
    const address = session.writeFormula("Report", "C9", "=SUM(B2:B4)");
    expect(address).toBe("Report!C9");
    const before = unzipSync(original);
    const after = unzipSync(await session.save());
    // The writer edits the workbook, its relationships, the content types and the styles; every other part is as it was.
    const edited = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
    for (const [name, bytes] of Object.entries(before)) {
      expect(after[name]).toBeDefined();
      if (!edited.has(name)) expect(Buffer.from(after[name]).equals(Buffer.from(bytes))).toBe(true);
    }
    const pkg = openXlsx(await session.save());
    // The report is put first; the attribution sheet goes after the file's own sheets.
    expect(pkg.sheetNames).toEqual(["Report", ...openXlsx(original).sheetNames, "Attribution"]);
    const report1 = strFromU8(after[pkg.sheets.find((s) => s.name === "Report")!.part]);
    expect(report1).toContain("<f>SUM(B2:B4)</f>");
    const attribution = strFromU8(after[pkg.sheets.find((s) => s.name === "Attribution")!.part]);
    // Notes' legacy drawing before the table parts (CT_Worksheet), the header cells the column names.
    expect(attribution.indexOf("<legacyDrawing")).toBeGreaterThan(0);
    expect(attribution.indexOf("<legacyDrawing")).toBeLessThan(attribution.indexOf("<tableParts"));
    const table = Object.keys(after).find((k) => /^xl\/tables\/table\d+\.xml$/.test(k))!;
    expect(strFromU8(after[table])).toContain('<tableColumn id="1" name="Channel"/><tableColumn id="2" name="Share"/>');
  });
});
