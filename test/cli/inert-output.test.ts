import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { attributeTable } from "../../src/core/attribution/from-table";
import { parseAttributionOptions } from "../../src/core/attribution/options";
import { attributionReportPlan } from "../../src/core/attribution/report";
import { isCellError } from "../../src/core/errors";
import { toFormulaEntry } from "../../src/excel/plan/cells";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { cellText, readXlsx, recalculate } from "../helpers/libreoffice";
import { mkt } from "../helpers/mkt";

/** Channel names an outsider can put in a UTM parameter. */
const HOSTILE = ['=HYPERLINK("http://x.invalid","click")', "=1+1", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "＝1+1"];

/** LibreOffice's CSV import: comma, double quote, UTF-8, from line 1, and "evaluate formulas" on. */
const CSV_IMPORT = "CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true";

/** Every cell of the first sheet holding a formula, as "A2: formula". */
function formulas(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  wb.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) found.push(`${cell.address}: ${cell.formula}`);
    }),
  );
  return found;
}

const dir = mkdtempSync(join(tmpdir(), "mkt-inert-"));

describe("text we write is inert", () => {
  it("mkt attribute --format csv opened in LibreOffice (formulas evaluated on import) evaluates nothing", async () => {
    const paths = join(dir, "utm.csv");
    const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
    writeFileSync(paths, ["path;total_conversions", ...HOSTILE.map((h, i) => `${quoted(h)};${i + 1}`)].join("\n"));
    const { code, out, err } = await mkt("attribute", paths, "--model", "last", "--format", "csv");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const ours = join(dir, "ours.csv");
    writeFileSync(ours, out);
    // The control: the same names written as plain CSV fields, which LibreOffice does evaluate.
    const raw = join(dir, "raw.csv");
    writeFileSync(raw, ["channel,conversions", ...HOSTILE.map((h) => `${quoted(h)},1`)].join("\n"));
    const [oursXlsx, rawXlsx] = await recalculate([ours, raw], 180_000, { infilter: CSV_IMPORT });

    expect(formulas(await readXlsx(rawXlsx)).length).toBeGreaterThan(0);
    const wb = await readXlsx(oursXlsx);
    expect(formulas(wb)).toEqual([]);
    const ws = wb.worksheets[0];
    const names = Array.from({ length: HOSTILE.length }, (_, i) => cellText(ws, `A${i + 2}`));
    // Each name is there as text, behind the quote that neutralised it.
    expect(names.map((n) => n.replace(/^'/, "")).sort()).toEqual([...HOSTILE].sort());
    expect(names.every((n) => n.startsWith("'"))).toBe(true);
  }, 240_000);

  it("keeps control characters out of the terminal table", async () => {
    const paths = join(dir, "escape.csv");
    writeFileSync(paths, "path;total_conversions\n\u001b[2Jevil\u0007 > b;1\n");
    const { code, out } = await mkt("attribute", paths, "--model", "first");
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain("[2Jevil");
  });

  it("writes channel names into the result sheet as values, in both adapters", async () => {
    const result = attributeTable(
      { header: ["path", "total_conversions"], rows: HOSTILE.map((h, i) => [h, i + 1]) },
      { paths: 0, conversions: 1, values: null, nulls: null },
      (() => {
        const o = parseAttributionOptions({ model: "last" });
        if (isCellError(o)) throw new Error(o.message);
        return o;
      })(),
    );
    if (isCellError(result)) throw new Error(result.message);
    const labels = { sheet: "Attribution", model: "Model", source: "Source", total: "Total", chart: "By channel" };
    const plan = attributionReportPlan(result, "en-US", { source: "=1+1", modelLabel: "Last", labels });
    // Office.js writes `formulas`: every formula-like name goes with Excel's text prefix.
    const channelCells = plan.sheets[0].cells![0].rows.slice(1).map((r) => r[0]);
    for (const cell of channelCells) expect(toFormulaEntry(cell)).toBe(`'${String(cell)}`);
    // ExcelJS writes values; LibreOffice, recalculating the file, finds no formula among them.
    const file = join(dir, "result.xlsx");
    writeFileSync(file, (await planToXlsx(plan)).bytes);
    const [recalculated] = await recalculate([file]);
    const ws = (await readXlsx(recalculated)).getWorksheet("Attribution")!;
    const texts = HOSTILE.map((_, i) => cellText(ws, `A${i + 2}`));
    expect(texts.sort()).toEqual([...HOSTILE].sort());
    for (let r = 1; r <= HOSTILE.length + 1; r++) expect(ws.getCell(`A${r}`).type).not.toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell("G2").value).toBe("=1+1");
  }, 240_000);
});
