import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { ChartPlan, WorkbookPlan } from "../../src/core/plan/types";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { openXlsx } from "../../src/ooxml/read";
import { addChartsToPackage } from "../../src/xlsx/charts/package";
import { insertDrawing } from "../../src/xlsx/charts/sheet-xml";
import { planToXlsx } from "../../src/xlsx/plan-file";

/**
 * Excel's rules for chart parts, checked offline on the bytes: every relationship resolves
 * to a part of the package, every part has a content type, chart and drawing parts are
 * well-formed in the namespaces Excel writes (c:, a:, xdr:), and children come in the
 * order of the ECMA-376 schema (dml-chart.xsd, sml.xsd), which Excel enforces.
 */

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

interface Node {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.on("opentag", (t) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(t.attributes)) attrs[k] = typeof v === "string" ? v : v.value;
    const node: Node = { name: t.name, uri: t.uri, attrs, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("text", (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root");
  return root;
}

const all = (n: Node, name: string): Node[] => [
  ...(n.name === name ? [n] : []),
  ...n.children.flatMap((c) => all(c, name)),
];
const localNames = (n: Node) => n.children.map((c) => c.name.replace(/^\w+:/, ""));

/** Children must appear in this order (those present), per the schema's sequence. */
function inOrder(children: readonly string[], sequence: readonly string[]): boolean {
  const positions = children.map((c) => sequence.indexOf(c));
  return positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]));
}

const SEQ = {
  chartSpace: [
    "date1904",
    "lang",
    "roundedCorners",
    "AlternateContent",
    "style",
    "clrMapOvr",
    "pivotSource",
    "protection",
    "chart",
    "spPr",
    "txPr",
    "externalData",
    "printSettings",
    "userShapes",
    "extLst",
  ],
  chart: [
    "title",
    "autoTitleDeleted",
    "pivotFmts",
    "view3D",
    "floor",
    "sideWall",
    "backWall",
    "plotArea",
    "legend",
    "plotVisOnly",
    "dispBlanksAs",
    "showDLblsOverMax",
    "extLst",
  ],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  lineChart: [
    "grouping",
    "varyColors",
    "ser",
    "dLbls",
    "dropLines",
    "hiLowLines",
    "upDownBars",
    "marker",
    "smooth",
    "axId",
    "extLst",
  ],
  pieChart: ["varyColors", "ser", "dLbls", "firstSliceAng", "extLst"],
  doughnutChart: ["varyColors", "ser", "dLbls", "firstSliceAng", "holeSize", "extLst"],
  barSer: [
    "idx",
    "order",
    "tx",
    "spPr",
    "invertIfNegative",
    "pictureOptions",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "shape",
    "extLst",
  ],
  lineSer: [
    "idx",
    "order",
    "tx",
    "spPr",
    "marker",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "smooth",
    "extLst",
  ],
  pieSer: ["idx", "order", "tx", "spPr", "explosion", "dPt", "dLbls", "cat", "val", "extLst"],
  catAx: [
    "axId",
    "scaling",
    "delete",
    "axPos",
    "majorGridlines",
    "minorGridlines",
    "title",
    "numFmt",
    "majorTickMark",
    "minorTickMark",
    "tickLblPos",
    "spPr",
    "txPr",
    "crossAx",
    "crosses",
    "crossesAt",
    "auto",
    "lblAlgn",
    "lblOffset",
    "tickLblSkip",
    "tickMarkSkip",
    "noMultiLvlLbl",
    "extLst",
  ],
  valAx: [
    "axId",
    "scaling",
    "delete",
    "axPos",
    "majorGridlines",
    "minorGridlines",
    "title",
    "numFmt",
    "majorTickMark",
    "minorTickMark",
    "tickLblPos",
    "spPr",
    "txPr",
    "crossAx",
    "crosses",
    "crossesAt",
    "crossBetween",
    "majorUnit",
    "minorUnit",
    "dispUnits",
    "extLst",
  ],
  dLbls: [
    "dLbl",
    "delete",
    "numFmt",
    "spPr",
    "txPr",
    "dLblPos",
    "showLegendKey",
    "showVal",
    "showCatName",
    "showSerName",
    "showPercent",
    "showBubbleSize",
    "separator",
    "showLeaderLines",
    "leaderLines",
    "extLst",
  ],
  worksheet: [
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetCalcPr",
    "sheetProtection",
    "protectedRanges",
    "scenarios",
    "autoFilter",
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
  ],
  twoCellAnchor: ["from", "to", "sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart", "clientData"],
} as const;

/** Content type of each part: Override by name, else Default by extension. */
function contentTypes(files: Record<string, Uint8Array>): (part: string) => string | undefined {
  const types = parse(strFromU8(files["[Content_Types].xml"]));
  const overrides = new Map(all(types, "Override").map((o) => [o.attrs.PartName, o.attrs.ContentType]));
  const defaults = new Map(all(types, "Default").map((d) => [d.attrs.Extension.toLowerCase(), d.attrs.ContentType]));
  return (part) => overrides.get(`/${part}`) ?? defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());
}

function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== ".") base.push(seg);
  }
  return base.join("/");
}

const KINDS: ChartPlan[] = [
  { kind: "column", data: "A1:C5", title: "Spend & <revenue>", at: "E1", colors: ["#1F4E78", "#ED7D31"] },
  { kind: "line", data: "B1:C5", categories: "A2:A5", categoryFormat: "yyyy-mm-dd", title: "趋势", at: "E18" },
  { kind: "pie", data: "A1:B5", title: "Pie", at: "N1", colors: ["#111111", "#222222"] },
  { kind: "doughnut", data: "A1:B5", title: "Doughnut", at: "N18" },
  { kind: "bar", data: "A1:B5", title: "Funnel", at: "W1", size: { columns: 4, rows: 9 } },
];

const SHEET = "Bob's data";

const PLAN: WorkbookPlan = {
  sheets: [
    { target: { create: "First" }, cells: [{ at: "A1", rows: [["nothing to draw"]] }] },
    {
      target: { create: SHEET },
      cells: [
        {
          at: "A1",
          rows: [
            ["Channel", "Spend", "Revenue"],
            ["a", 1, 2],
            ["b", 3, 4],
            ["c", 5, 6],
            ["d", 7, 8],
          ],
        },
      ],
      tables: [{ name: "Data", range: "A1:C5", style: "TableStyleMedium2", showBandedRows: true }],
      notes: [{ cell: "A1", text: "a note, so the sheet has a legacy drawing too" }],
      conditionalFormats: [{ range: "B2:B5", formula: "=B2>2", format: { fill: "#FFC7CE" } }],
      charts: KINDS,
      pageSetup: { orientation: "landscape", fitToWidth: 1, repeatRows: { first: 1, last: 1 }, footer: true },
    },
  ],
};

describe("chart parts in the package", () => {
  let files: Record<string, Uint8Array>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await planToXlsx(PLAN)).bytes;
    files = unzipSync(bytes);
  });

  it("resolves every relationship to a part, and gives every part a content type", () => {
    const typeOf = contentTypes(files);
    for (const name of Object.keys(files)) {
      if (name === "[Content_Types].xml" || name.endsWith("/")) continue;
      expect([name, typeOf(name)]).toEqual([name, expect.any(String)]);
      if (!name.endsWith(".rels")) continue;
      const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const rel of all(parse(strFromU8(files[name])), "Relationship")) {
        if (rel.attrs.TargetMode === "External") continue;
        const target = resolveTarget(source, rel.attrs.Target);
        expect([name, rel.attrs.Target, target in files]).toEqual([name, rel.attrs.Target, true]);
      }
    }
    const charts = Object.keys(files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(KINDS.length);
    for (const c of charts) expect(typeOf(c)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(typeOf("xl/drawings/drawing1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
  });

  it("links the sheet to its drawing, in schema order, and the drawing anchors one frame per chart", () => {
    const pkg = openXlsx(bytes);
    const sheet = pkg.sheets.find((s) => s.name === SHEET)!;
    const first = pkg.sheets.find((s) => s.name === "First")!;
    expect((pkg.rels.get(first.part) ?? []).some((r) => r.type.endsWith("/drawing"))).toBe(false);
    const rel = (pkg.rels.get(sheet.part) ?? []).find((r) => r.type.endsWith("/drawing"))!;
    expect(rel.target).toBe("xl/drawings/drawing1.xml");
    const root = parse(strFromU8(files[sheet.part]));
    expect(all(root, "drawing").map((d) => d.attrs["r:id"])).toEqual([rel.id]);
    expect(localNames(root)).toContain("legacyDrawing");
    expect(localNames(root)).toContain("tableParts");
    // ExcelJS itself writes legacyDrawing after tableParts; the drawing goes before both.
    const names = localNames(root);
    expect(names.indexOf("drawing")).toBeLessThan(names.indexOf("tableParts"));
    expect(names.indexOf("drawing")).toBeLessThan(names.indexOf("legacyDrawing"));
    expect(
      inOrder(
        names.filter((n) => n !== "legacyDrawing"),
        SEQ.worksheet,
      ),
    ).toBe(true);

    const drawing = parse(strFromU8(files["xl/drawings/drawing1.xml"]));
    expect([drawing.name, drawing.uri]).toEqual(["xdr:wsDr", NS_XDR]);
    const anchors = drawing.children;
    expect(anchors.map((a) => a.name)).toEqual(KINDS.map(() => "xdr:twoCellAnchor"));
    for (const a of anchors) expect(inOrder(localNames(a), SEQ.twoCellAnchor)).toBe(true);
    const cell = (a: Node, tag: string) =>
      ["col", "row"].map((k) => Number(all(a, `xdr:${tag}`)[0].children.find((c) => c.name === `xdr:${k}`)!.text));
    expect(cell(anchors[0], "from")).toEqual([4, 0]);
    expect(cell(anchors[0], "to")).toEqual([12, 16]);
    expect(cell(anchors[4], "from")).toEqual([22, 0]);
    expect(cell(anchors[4], "to")).toEqual([26, 9]);
    const drawingRels = parse(strFromU8(files["xl/drawings/_rels/drawing1.xml.rels"]));
    const byId = new Map(all(drawingRels, "Relationship").map((r) => [r.attrs.Id, r.attrs.Target]));
    const targets = anchors.map((a) => byId.get(all(a, "c:chart")[0].attrs["r:id"]));
    expect(targets).toEqual(KINDS.map((_, i) => `../charts/chart${i + 1}.xml`));
  });

  it("writes each kind as Excel does: c: namespace, the chart type's element, children in schema order", () => {
    const expected = [
      ["barChart", "col", 2],
      ["lineChart", undefined, 2],
      ["pieChart", undefined, 1],
      ["doughnutChart", undefined, 1],
      ["barChart", "bar", 1],
    ] as const;
    KINDS.forEach((kind, i) => {
      const root = parse(strFromU8(files[`xl/charts/chart${i + 1}.xml`]));
      expect([root.name, root.uri]).toEqual(["c:chartSpace", NS_C]);
      expect(inOrder(localNames(root), SEQ.chartSpace)).toBe(true);
      const chart = all(root, "c:chart")[0];
      expect(inOrder(localNames(chart), SEQ.chart)).toBe(true);
      const [type, dir, series] = expected[i];
      const plot = all(root, `c:${type}`);
      expect(plot).toHaveLength(1);
      expect(inOrder(localNames(plot[0]), SEQ[type])).toBe(true);
      if (dir) expect(all(plot[0], "c:barDir")[0].attrs.val).toBe(dir);
      const sers = all(plot[0], "c:ser");
      expect(sers).toHaveLength(series);
      const serSeq = type === "barChart" ? SEQ.barSer : type === "lineChart" ? SEQ.lineSer : SEQ.pieSer;
      for (const s of sers) expect(inOrder(localNames(s), serSeq)).toBe(true);
      for (const ax of all(root, "c:catAx")) expect(inOrder(localNames(ax), SEQ.catAx)).toBe(true);
      for (const ax of all(root, "c:valAx")) expect(inOrder(localNames(ax), SEQ.valAx)).toBe(true);
      for (const d of all(root, "c:dLbls")) expect(inOrder(localNames(d), SEQ.dLbls)).toBe(true);
      // Axes pair up: the plot's axis ids are the axes' ids.
      const ids = all(plot[0], "c:axId").map((a) => a.attrs.val);
      const axes = [...all(root, "c:catAx"), ...all(root, "c:valAx")].map((a) => all(a, "c:axId")[0].attrs.val);
      expect(ids.sort()).toEqual(axes.sort());
      expect(all(root, "a:t")[0].text).toBe(kind.title);
    });
  });

  it("refers to the sheet's cells with the name quoted and absolute addresses", () => {
    const root = parse(strFromU8(files["xl/charts/chart1.xml"]));
    const refs = all(root, "c:f").map((f) => f.text);
    expect(refs).toEqual([
      "'Bob''s data'!$B$1",
      "'Bob''s data'!$A$2:$A$5",
      "'Bob''s data'!$B$2:$B$5",
      "'Bob''s data'!$C$1",
      "'Bob''s data'!$A$2:$A$5",
      "'Bob''s data'!$C$2:$C$5",
    ]);
    const fills = all(root, "c:ser").map((s) => all(s, "a:srgbClr")[0].attrs.val);
    expect(fills).toEqual(["1F4E78", "ED7D31"]);
    const pie = parse(strFromU8(files["xl/charts/chart3.xml"]));
    expect(all(pie, "c:dPt").map((d) => all(d, "a:srgbClr")[0].attrs.val)).toEqual([
      "111111",
      "222222",
      "111111",
      "222222",
    ]);
  });

  it("formats date categories on the axis, and leaves labels linked to their cells otherwise", () => {
    const line = parse(strFromU8(files["xl/charts/chart2.xml"]));
    expect(all(line, "c:cat").map((c) => c.children[0].name)).toEqual(["c:numRef", "c:numRef"]);
    expect(all(all(line, "c:catAx")[0], "c:numFmt")[0].attrs).toEqual({ formatCode: "yyyy-mm-dd", sourceLinked: "0" });
    const column = parse(strFromU8(files["xl/charts/chart1.xml"]));
    expect(all(column, "c:cat").map((c) => c.children[0].name)).toEqual(["c:strRef", "c:strRef"]);
    expect(all(all(column, "c:catAx")[0], "c:numFmt")[0].attrs).toEqual({ formatCode: "General", sourceLinked: "1" });
  });

  it("keeps the workbook readable: ExcelJS and the streaming reader open it with its cells and tables", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(SHEET)?.getCell("C5").value).toBe(8);
    expect(openXlsx(bytes).sheets.map((s) => s.name)).toEqual(["First", SHEET]);
  });

  it("leaves a package without charts as it was", async () => {
    const { bytes: plain } = await planToXlsx({ sheets: [PLAN.sheets[0]] });
    expect(addChartsToPackage(plain, [{ sheet: "First", charts: [] }])).toBe(plain);
    expect(Object.keys(unzipSync(plain)).some((n) => n.includes("chart"))).toBe(false);
  });

  it("adds charts to the drawing a sheet has, with shape ids past its own, and refuses an unknown sheet", () => {
    const before = unzipSync(bytes);
    const drawings = (files: Record<string, Uint8Array>) =>
      Object.keys(files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    const after = unzipSync(addChartsToPackage(bytes, [{ sheet: SHEET, charts: [KINDS[0]] }]));
    expect(drawings(after)).toEqual(drawings(before));
    const anchors = (files: Record<string, Uint8Array>) =>
      drawings(files).flatMap((d) => all(parse(strFromU8(files[d])), "xdr:twoCellAnchor"));
    expect(anchors(after)).toHaveLength(anchors(before).length + 1);
    const ids = drawings(after).flatMap((d) => all(parse(strFromU8(after[d])), "xdr:cNvPr").map((e) => e.attrs.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => addChartsToPackage(bytes, [{ sheet: "Nope", charts: [KINDS[0]] }])).toThrow(/no sheet "Nope"/);
  });

  it("refuses chart data without a header row and a label column", () => {
    const bad: WorkbookPlan = {
      sheets: [{ target: { create: "S" }, charts: [{ kind: "column", data: "A1:A5", title: "t", at: "C1" }] }],
    };
    return expect(planToXlsx(bad)).rejects.toThrow(/needs a header row, a label column and values/);
  });

  it("gives the demo workbook's charts to their sheets: attribution, funnel and decay", async () => {
    const plan = buildDemoPlan("zh-CN");
    const demo = unzipSync((await planToXlsx(plan)).bytes);
    const charts = Object.keys(demo).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(plan.sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0));
    const refs = charts.flatMap((c) => all(parse(strFromU8(demo[c])), "c:f").map((f) => f.text));
    expect(refs).toContain("'归因分析'!$F$1");
    expect(refs).toContain("'归因分析'!$E$2:$E$5");
  });
});

describe("placing the drawing in a worksheet", () => {
  it("skips an extLst inside a conditional format and goes before the sheet's own", () => {
    const xml =
      '<worksheet xmlns="x"><sheetData/><conditionalFormatting><cfRule><extLst/></cfRule></conditionalFormatting>' +
      "<pageMargins/><extLst><ext/></extLst></worksheet>";
    expect(insertDrawing(xml, "rId9")).toContain(
      '<pageMargins/><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/><extLst>',
    );
  });

  it("takes the root's prefix, and goes last when nothing must follow it", () => {
    const out = insertDrawing('<x:worksheet xmlns:x="x"><x:sheetData/><x:headerFooter/></x:worksheet>', "rId1");
    expect(out).toMatch(/<x:headerFooter\/><x:drawing [^>]*r:id="rId1"\/><\/x:worksheet>$/);
  });

  it("refuses a part that is not a worksheet", () => {
    expect(() => insertDrawing("<chartsheet/>", "rId1")).toThrow(/not a worksheet/);
  });
});
