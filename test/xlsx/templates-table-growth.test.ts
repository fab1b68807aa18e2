import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { roi } from "../../src/core/kpi";
import { buildTemplatesPlan, findTemplate, templateLayout } from "../../src/core/templates";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { computed, readXlsx, recalculate } from "../helpers/libreoffice";

/**
 * Totals and ranks follow the table: rows added to a template's table after it was
 * written (as a user does) are counted once LibreOffice recalculates, because the
 * formulas name the table's columns (structured references) rather than fixed ranges.
 */

const dir = mkdtempSync(join(tmpdir(), "mkt-growth-"));

type Table = { table: { name: string; tableRef: string; autoFilterRef?: string } };
const tablesOf = (ws: ExcelJS.Worksheet) => ws.getTables() as unknown as Table[];

/** Grows the table on `ws` by `count` rows at its end, as Excel does when rows are added to it. */
function growTable(ws: ExcelJS.Worksheet, count: number): void {
  const [t] = tablesOf(ws);
  const grown = t.table.tableRef.replace(/\d+$/, (last) => String(Number(last) + count));
  t.table.tableRef = grown;
  t.table.autoFilterRef = grown;
}

/** A formula of row `from`, for row `to`: what Excel's calculated column fills into a new row. */
function formulaFor(ws: ExcelJS.Worksheet, address: string, from: number, to: number): ExcelJS.CellFormulaValue {
  const formula = ws.getCell(address).formula;
  if (!formula) throw new Error(`${address} has no formula`);
  return { formula: formula.replace(new RegExp(`(\\b[A-Z]+\\$?)${from}(?!\\d)`, "g"), `$1${to}`), date1904: false };
}

let channels: ExcelJS.Worksheet;
let scorecard: ExcelJS.Worksheet;
let clash: ExcelJS.Worksheet;
/** The last row of the channel table once grown. */
let channelsEnd: number;
const NEW_CHANNELS: [string, number, number, number][] = [
  ["Newsletter", 100, 4, 900], // ROI 8: best of all
  ["Podcast", 100, 1, 50], // ROI -0.5
];

beforeAll(async () => {
  const channelsLayout = templateLayout(findTemplate("channel-efficiency")!, { locale: "en-US", sample: true });
  const cardLayout = templateLayout(findTemplate("qualitative-scorecard")!, { locale: "en-US", sample: true });
  const plan = buildTemplatesPlan(["channel-efficiency", "qualitative-scorecard"], { locale: "en-US", sample: true });
  const first = await planToXlsx(plan);
  // The same templates again into that workbook: their tables must take other names.
  const again = await planToXlsx(
    buildTemplatesPlan(["channel-efficiency"], { locale: "en-US", sample: true }),
    first.bytes,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(again.bytes) as unknown as ArrayBuffer);

  // Channel efficiency: two rows appended below the table's last row, inside the table.
  const ce = wb.getWorksheet("Channel efficiency")!;
  const last = channelsLayout.lastDataRow;
  NEW_CHANNELS.forEach(([name, spend, conversions, revenue], k) => {
    const row = last + 1 + k;
    ce.getCell(`A${row}`).value = name;
    ce.getCell(`B${row}`).value = spend;
    ce.getCell(`E${row}`).value = conversions;
    ce.getCell(`F${row}`).value = revenue;
    for (const col of ["G", "H", "I", "J"])
      ce.getCell(`${col}${row}`).value = formulaFor(ce, `${col}${last}`, last, row);
  });
  growTable(ce, NEW_CHANNELS.length);
  channelsEnd = last + NEW_CHANNELS.length;

  // Scorecard: two rows inserted between the last data row and the totals below it.
  const sc = wb.getWorksheet("Qualitative scorecard")!;
  const end = cardLayout.lastDataRow;
  sc.spliceRows(end + 1, 0, ["Extra A", "added later", 0.5, 4], ["Extra B", "added later", 0.25, 2]);
  for (const row of [end + 1, end + 2]) sc.getCell(`E${row}`).value = formulaFor(sc, `E${end}`, end, row);
  growTable(sc, 2);

  const file = join(dir, "grown.xlsx");
  await wb.xlsx.writeFile(file);
  const [out] = await recalculate([file]);
  const book = await readXlsx(out);
  channels = book.getWorksheet("Channel efficiency")!;
  scorecard = book.getWorksheet("Qualitative scorecard")!;
  clash = book.getWorksheet("Channel efficiency (2)")!;
}, 240_000);

const num = (ws: ExcelJS.Worksheet, a: string): number => {
  const v = computed(ws, a);
  if (typeof v !== "number") throw new Error(`${ws.name}!${a} is ${JSON.stringify(v)}, not a number`);
  return v;
};

describe("totals and ranks follow the table", () => {
  it("ranks by ROI over every row of the table, the appended ones included", () => {
    const rows: { row: number; roi: number }[] = [];
    // Every row of the grown table; the template's blank rows have no ROI.
    for (let row = 2; row <= channelsEnd; row++) {
      if (typeof computed(channels, `H${row}`) !== "number") continue;
      expect(num(channels, `H${row}`)).toBeCloseTo(
        roi(num(channels, `F${row}`), num(channels, `B${row}`)) as number,
        12,
      );
      rows.push({ row, roi: num(channels, `H${row}`) });
    }
    expect(rows.map((r) => r.row).slice(-NEW_CHANNELS.length)).toEqual([channelsEnd - 1, channelsEnd]);
    const order = rows.map((r) => r.roi).sort((a, b) => b - a);
    for (const r of rows) expect(num(channels, `J${r.row}`)).toBe(order.indexOf(r.roi) + 1);
    // The appended best channel outranks every row written with the template.
    const newsletter = rows.find((r) => computed(channels, `A${r.row}`) === "Newsletter")!;
    expect(num(channels, `J${newsletter.row}`)).toBe(1);
    expect(channels.getCell("J2").formula).toMatch(/COUNTIF\(ChannelEfficiency\[\[/);
  });

  it("totals the scorecard's weights and weighted scores with the inserted rows", () => {
    let weights = 0;
    let weighted = 0;
    let row = 2;
    for (; typeof computed(scorecard, `C${row}`) === "number"; row++) {
      weights += num(scorecard, `C${row}`);
      weighted += num(scorecard, `E${row}`);
    }
    expect(row - 2).toBe(6);
    expect(num(scorecard, `C${row + 1}`)).toBeCloseTo(weights, 12);
    expect(num(scorecard, `E${row + 2}`)).toBeCloseTo(weighted, 12);
    expect(weights).toBeGreaterThan(1.7);
  });

  it("a template written beside an existing table of that name sums its own renamed table", () => {
    const [table] = tablesOf(clash);
    expect(table.table.name).toBe("ChannelEfficiency_2");
    expect(clash.getCell("J2").formula).toMatch(/COUNTIF\(ChannelEfficiency_2\[\[/);
    const rows: number[] = [];
    for (let row = 2; typeof computed(clash, `H${row}`) === "number"; row++) rows.push(num(clash, `H${row}`));
    const order = [...rows].sort((a, b) => b - a);
    rows.forEach((r, i) => expect(num(clash, `J${i + 2}`)).toBe(order.indexOf(r) + 1));
  });
});
