import type { Locale } from "../../i18n/locale";
import { cellAddress, columnLetter } from "../plan/address";
import type { Theme } from "../report/theme";
import type { SampleRow, TemplateDef } from "./schema";

export interface BuildOptions {
  readonly locale: Locale;
  /** Write the process documents' sample rows (otherwise the preset rows, if any). */
  readonly sample: boolean;
  /** Ids of the other templates written into the same workbook (a panel may read from them). */
  readonly companions?: readonly string[];
  /** Colours of headers, level highlights and charts (default: DEFAULT_THEME, charts in the host's colours). */
  readonly theme?: Theme;
}

/** Where things landed on a generated sheet (1-based rows), for adapters' reports and tests. */
export interface TemplateLayout {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly tableRange: string;
  readonly columns: ReadonlyMap<string, number>;
}

export const HEADER_ROW = 1;

export function templateLayout(def: TemplateDef, options: BuildOptions): TemplateLayout {
  const rows: readonly SampleRow[] = options.sample ? def.sample : def.preset;
  const dataRows = Math.max(1, rows.length + def.blankRows);
  const firstDataRow = HEADER_ROW + 1;
  const lastDataRow = firstDataRow + dataRows - 1;
  const columns = new Map(def.columns.map((c, i) => [c.key, i]));
  const tableRange = `A${HEADER_ROW}:${columnLetter(def.columns.length - 1)}${lastDataRow}`;
  return { headerRow: HEADER_ROW, firstDataRow, lastDataRow, tableRange, columns };
}

/** The A1 address of a footer's value cell: footers sit under the table, one blank row between. */
export function footerValueCell(def: TemplateDef, options: BuildOptions, index: number): string {
  const layout = templateLayout(def, options);
  const footer = def.footers[index];
  return cellAddress({ row: layout.lastDataRow + 1 + index, col: layout.columns.get(footer.valueColumn) ?? 0 });
}
