import type { Locale } from "../../i18n/locale";
import type { CellFormat } from "../plan/types";
import type { ResultFormat } from "./schema";

/** The look of every generated sheet, in one place. */
export const TABLE_STYLE = "TableStyleMedium2";

export const HEADER_FORMAT: CellFormat = {
  bold: true,
  fontColor: "#FFFFFF",
  fill: "#1F4E78",
  wrapText: true,
  verticalAlignment: "center",
  horizontalAlignment: "center",
};

/** Computed columns are shaded so people see where not to type. */
export const COMPUTED_FORMAT: CellFormat = { fill: "#F2F2F2", italic: false };

export const FOOTER_LABEL_FORMAT: CellFormat = { bold: true, horizontalAlignment: "right" };
export const FOOTER_VALUE_FORMAT: CellFormat = { bold: true, fill: "#DDEBF7", border: "#1F4E78" };

/** Excel's own "good / neutral / bad" cell styles. */
export const TONES = {
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  neutral: { fill: "#FFEB9C", fontColor: "#9C5700" },
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const;

/** Excel's red-yellow-green colour scale (lowest, middle, highest), for rates shown as a heat map. */
export const HEAT_SCALE = { minimum: "#F8696B", midpoint: "#FFEB84", maximum: "#63BE7B" } as const;

/** Number format codes by column kind; money in the locale's currency. */
export function numberFormat(kind: ResultFormat, locale: Locale): string | undefined {
  switch (kind) {
    case "integer":
      return "#,##0";
    case "number":
      return "General";
    case "currency":
      return locale === "zh-CN" ? '"¥"#,##0.00' : '"$"#,##0.00';
    case "percent":
      return "0.0%";
    case "ratio":
      return "0.00";
    case "date":
      return "yyyy-mm-dd";
    case "text":
      return undefined;
  }
}
