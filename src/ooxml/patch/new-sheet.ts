import type { CellFormat, ColorScalePlan, PageSetupPlan, PlanCell, SheetPlan } from "../../core/plan";
import { FOOTER } from "../../xlsx/plan/page-setup";
import { columnIndex } from "../../core/plan/address";
import { parseCellAddress, rangeAddress } from "../../core/sheet";
import { dateSerial } from "../../core/plan/dates";
import type { StylesEditor } from "./styles";
import { escapeXml } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function cellXml(ref: string, value: PlanCell, s: number): string {
  const style = s > 0 ? ` s="${s}"` : "";
  if (value === null || value === "") return s > 0 ? `<c r="${ref}"${style}/>` : "";
  if (typeof value === "string")
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  if (typeof value === "number")
    return Number.isFinite(value)
      ? `<c r="${ref}"${style}><v>${value}</v></c>`
      : `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if ("date" in value) return `<c r="${ref}"${style}><v>${dateSerial(value.date)}</v></c>`;
  const f = `<f>${escapeXml(value.formula.replace(/^=/, ""))}</f>`;
  const r = value.result;
  if (r === undefined) return `<c r="${ref}"${style}>${f}</c>`;
  if (typeof r === "number") return `<c r="${ref}"${style}>${f}<v>${r}</v></c>`;
  if (typeof r === "boolean") return `<c r="${ref}"${style} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
  if (typeof r === "string") return `<c r="${ref}"${style} t="str">${f}<v>${escapeXml(r)}</v></c>`;
  return `<c r="${ref}"${style} t="e">${f}<v>${escapeXml(r.error)}</v></c>`;
}

/**
 * pageSetup and headerFooter (ECMA-376 Part 1, §18.3.1.63 pageSetup: fitToWidth /
 * fitToHeight, 0 meaning no limit, apply with sheetPr/pageSetUpPr fitToPage; §18.3.1.46
 * headerFooter), the same footer codes as the ExcelJS adapter. Print titles are a defined
 * name, written by the workbook editor.
 */
function pageSetupXml(setup: PageSetupPlan): string {
  const footer = setup.footer
    ? `<headerFooter><oddFooter>${escapeXml(`&L${FOOTER.left}&R${FOOTER.right}`)}</oddFooter></headerFooter>`
    : "";
  return (
    `<pageSetup orientation="${setup.orientation}" fitToWidth="${setup.fitToWidth}" fitToHeight="${setup.fitToHeight ?? 0}"/>` +
    footer
  );
}

/**
 * Colour scales (ECMA-376 Part 1, §18.3.1.18 conditionalFormatting, §18.3.1.16 colorScale:
 * the cfvo points then as many colours), lowest, 50th percentile and highest value, as the
 * ExcelJS adapter writes them. They come before hyperlinks in the worksheet's child order.
 */
function colorScalesXml(scales: readonly ColorScalePlan[]): string {
  return scales
    .map((scale, i) => {
      const colors = scale.midpoint ? [scale.minimum, scale.midpoint, scale.maximum] : [scale.minimum, scale.maximum];
      const cfvo = scale.midpoint
        ? `<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>`
        : `<cfvo type="min"/><cfvo type="max"/>`;
      const rgb = colors.map((c) => `<color rgb="FF${c.replace(/^#/, "").toUpperCase()}"/>`).join("");
      return `<conditionalFormatting sqref="${escapeXml(scale.range)}"><cfRule type="colorScale" priority="${i + 1}"><colorScale>${cfvo}${rgb}</colorScale></cfRule></conditionalFormatting>`;
    })
    .join("");
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The worksheet XML of a sheet a plan creates: its cells (text as inline strings, so the
 * shared strings part is never touched), column widths, formats, internal links, frozen
 * rows. `linkSheet` maps a plan's sheet name to the one it got.
 */
export function newSheetXml(plan: SheetPlan, styles: StylesEditor, linkSheet: (requested: string) => string): string {
  const values = new Map<string, { row: number; col: number; value: PlanCell }>();
  const put = (row: number, col: number, value: PlanCell) => values.set(`${row}:${col}`, { row, col, value });
  for (const block of plan.cells ?? []) {
    const at = parseCellAddress(block.at);
    if (!at) continue;
    block.rows.forEach((cells, r) => cells.forEach((v, c) => put(at.row + r, at.col + c, v)));
  }
  const formats = new Map<string, CellFormat>();
  for (const f of plan.formats ?? [])
    for (const range of f.ranges) {
      const [a, b] = range.split(":");
      const s = parseCellAddress(a);
      const e = parseCellAddress(b ?? a);
      if (!s || !e) continue;
      for (let r = s.row; r <= e.row; r++)
        for (let c = s.col; c <= e.col; c++) {
          formats.set(`${r}:${c}`, { ...formats.get(`${r}:${c}`), ...f.format });
          if (!values.has(`${r}:${c}`)) put(r, c, null);
        }
    }
  const links: string[] = [];
  for (const link of plan.hyperlinks ?? []) {
    const at = parseCellAddress(link.cell);
    if (!at) continue;
    put(at.row, at.col, link.text);
    links.push(
      `<hyperlink ref="${link.cell}" location="${escapeXml(`${quoteSheet(linkSheet(link.to.sheet))}!${link.to.cell}`)}" display="${escapeXml(link.text)}"/>`,
    );
  }
  const rows = new Map<number, { col: number; xml: string }[]>();
  for (const [key, { row, col, value }] of values) {
    const f = formats.get(key);
    const xml = cellXml(rangeAddress(row, col, row, col), value, f ? styles.format(f) : 0);
    if (xml === "") continue;
    const list = rows.get(row) ?? [];
    list.push({ col, xml });
    rows.set(row, list);
  }
  const data = [...rows]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([r, cells]) =>
        `<row r="${r + 1}">${cells
          .sort((a, b) => a.col - b.col)
          .map((c) => c.xml)
          .join("")}</row>`,
    )
    .join("");
  const cols = (plan.columns ?? []).flatMap((c) =>
    c.widths.map((w, k) => {
      const n = columnIndex(c.column) + k + 1;
      return `<col min="${n}" max="${n}" width="${w}" customWidth="1"/>`;
    }),
  );
  const freeze = plan.freeze && plan.freeze.rows + plan.freeze.columns > 0 ? plan.freeze : undefined;
  const pane = freeze
    ? `<pane${freeze.columns ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""} topLeftCell="${rangeAddress(freeze.rows, freeze.columns, freeze.rows, freeze.columns)}" activePane="${freeze.rows && freeze.columns ? "bottomRight" : freeze.rows ? "bottomLeft" : "topRight"}" state="frozen"/>`
    : "";
  const setup = plan.pageSetup;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    (setup ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "") +
    `<sheetData>${data}</sheetData>` +
    colorScalesXml(plan.colorScales ?? []) +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    (setup ? pageSetupXml(setup) : "") +
    `</worksheet>`
  );
}
