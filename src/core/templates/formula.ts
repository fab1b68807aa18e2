import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { columnLetter } from "../plan/address";
import { tableColumnRef } from "../plan/table-refs";
import { messageKey } from "./schema";

/** Where a template's formula is written: column positions and the data rows (1-based). */
export interface FormulaContext {
  readonly columns: ReadonlyMap<string, number>;
  /** The row the formula is for (1-based sheet row). */
  readonly row: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly locale: Locale;
  /** The template's table and its column headers by key: `{x[]}` refers to the column by name. */
  readonly table: string;
  readonly headers: ReadonlyMap<string, string>;
  /** Absolute addresses of the panel's named cells and ranges ({@name}). */
  readonly panel?: Readonly<Record<string, string>>;
}

/** A text constant for a formula: "..." with inner quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Replaces a template formula's placeholders (see ./schema) with A1 references for one row
 * and localised text constants. Unknown names throw: the schema rejects them first.
 */
export function expandFormula(formula: string, ctx: FormulaContext): string {
  return formula.replace(
    /\{([#@]?)(\$?)([^}[\]]+)(\[\^?\])?\}/g,
    (whole, hash: string, dollar: string, name: string, all?: string) => {
      if (hash === "#") {
        const key = messageKey.parse(name);
        return formulaString(t(ctx.locale, key));
      }
      if (hash === "@") {
        const address = ctx.panel?.[name];
        if (address === undefined) throw new Error(`formula refers to unknown panel cell ${whole}`);
        return address;
      }
      const index = ctx.columns.get(name);
      if (index === undefined) throw new Error(`formula refers to unknown column ${whole}`);
      const letter = columnLetter(index);
      if (all === "[^]") return `$${letter}$${ctx.firstDataRow}:${letter}${ctx.row}`;
      // A whole column is a structured reference, so rows added to the table later count too.
      if (all) return tableColumnRef(ctx.table, ctx.headers.get(name) ?? name);
      return `${dollar ? "$" : ""}${letter}${ctx.row}`;
    },
  );
}
