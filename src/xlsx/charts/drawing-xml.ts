import { parseCell } from "../../core/plan/address";
import { CHART_SIZE, type ChartPlan } from "../../core/plan/types";
import { NS } from "./chart-xml";
import { xmlText } from "./xml-text";

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): one twoCellAnchor per chart, holding a
 * graphicFrame whose graphic is the chart part named by relationship `relIds[i]`, as Excel
 * writes it (ECMA-376 Part 1, §20.5 SpreadsheetML Drawing: CT_TwoCellAnchor = from, to,
 * graphicFrame, clientData).
 */
export const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function anchor(chart: ChartPlan, relId: string, id: number): string {
  const at = parseCell(chart.at);
  const size = chart.size ?? CHART_SIZE;
  const marker = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    marker("from", at.row, at.col) +
    marker("to", at.row + size.rows, at.col + size.columns) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlText(`Chart ${id - 1}`)}" descr="${xmlText(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingPartXml(charts: readonly ChartPlan[], relIds: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    charts.map((c, i) => anchor(c, relIds[i], i + 2)).join("") +
    `</xdr:wsDr>`
  );
}
