import type { Locale } from "../../i18n/locale";
import { withPageSetup } from "../plan/page-setup";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../plan/types";
import { HEADER_FORMAT, TABLE_STYLE } from "../templates/styles";
import type { AttributionResult } from "./attribute";
import { attributionTable } from "./table";

/** Where the journeys came from and how they were attributed, shown beside the result. */
export interface AttributionReportInfo {
  readonly source: string;
  readonly modelLabel: string;
  readonly labels: {
    readonly sheet: string;
    readonly model: string;
    readonly source: string;
    readonly total: string;
    readonly chart: string;
  };
}

/**
 * The result of an attribution as a new sheet: the table MKT.ATTRIBUTE spills (channel,
 * conversions, value, share) as an Excel table, what produced it beside it, and (where the
 * host can draw one) a bar chart of the conversions credited to each channel below that.
 */
export function attributionReportPlan(
  result: AttributionResult,
  locale: Locale,
  info: AttributionReportInfo,
): WorkbookPlan {
  const table = attributionTable(result, locale) as PlanCell[][];
  const last = table.length;
  const meta: PlanCell[][] = [
    [info.labels.model, info.modelLabel],
    [info.labels.source, info.source],
    [info.labels.total, result.totalConversions],
  ];
  const sheet: SheetPlan = {
    target: { create: info.labels.sheet },
    cells: [
      { at: "A1", rows: table },
      { at: "F1", rows: meta },
    ],
    columns: [
      { column: "A", widths: [24, 14, 14, 10] },
      { column: "F", widths: [18, 28] },
    ],
    tables: [{ name: "Attribution", range: `A1:D${last}`, style: TABLE_STYLE, showBandedRows: true }],
    formats: [
      { ranges: ["A1:D1"], format: HEADER_FORMAT },
      { ranges: [`B2:C${last}`], format: { numberFormat: "#,##0.00" } },
      { ranges: [`D2:D${last}`], format: { numberFormat: "0.0%" } },
      { ranges: ["F1:F3"], format: { bold: true } },
      { ranges: ["G3"], format: { numberFormat: "#,##0.00", horizontalAlignment: "left" } },
    ],
    charts: [{ kind: "bar", data: `A1:B${last}`, title: info.labels.chart, at: "F5" }],
    freeze: { rows: 1, columns: 0 },
    activate: true,
  };
  return { sheets: [withPageSetup(sheet)] };
}
