import type { XmlHandlers } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookSheet {
  readonly name: string;
  readonly relId: string;
  readonly state: SheetState;
}

export interface WorkbookInfo {
  readonly sheets: WorkbookSheet[];
  /** Dates counted from 1904 (old Mac workbooks): serials are 1,462 days smaller. */
  date1904: boolean;
  /** Saved as Strict Open XML (ISO/IEC 29500 Strict): its namespaces are under http://purl.oclc.org/ooxml/. */
  strict: boolean;
}

/** SpreadsheetML's main namespace in Strict Open XML. */
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** Handlers for xl/workbook.xml: its sheets in tab order, with their visibility, and the date system. */
export function workbookReader(): { handlers: XmlHandlers; info: WorkbookInfo } {
  const info: WorkbookInfo = { sheets: [], date1904: false, strict: false };
  return {
    info,
    handlers: {
      open(name, a) {
        if (name === "workbook") {
          // the namespace declarations (xmlns, or xmlns:x read as "x") say Transitional or Strict
          info.strict = Object.values(a).includes(STRICT_MAIN);
        } else if (name === "sheet" && a.name !== undefined && a.id !== undefined) {
          const state: SheetState = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
          info.sheets.push({ name: a.name, relId: a.id, state });
        } else if (name === "workbookPr") {
          info.date1904 = a.date1904 === "1" || a.date1904 === "true";
        }
      },
    },
  };
}
