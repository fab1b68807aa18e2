import { t, type MessageKey } from "../../i18n/catalog";
import { cellValue, sheetCol, sheetRow, type SheetGrid } from "../sheet";
import { isHeader, labelledNumber, labelledText, locateBlock, norm } from "./analysis-sources";

/**
 * Who gets the credit and who comes back: the attribution shares (the result MKT.ATTRIBUTE
 * spills, or the table of conversions per model the sample sheet holds) and the cohort
 * retention matrix, each found by its header row wherever it sits on its sheet.
 */

/** Models in the order the report prefers to draw: data-driven first, then the rules. */
const MODELS = ["markov", "shapley", "position", "time_decay", "linear", "last", "first"] as const;
const modelKey = (m: (typeof MODELS)[number]) => `attr.model.${m}` as MessageKey;

export interface AttributionFact {
  readonly sheet: string;
  /** Worksheet column of the channel names. */
  readonly labelCol: number;
  /**
   * The columns read: a model's conversions (shares computed here), or the Share column of
   * an attribution result (read as it is).
   */
  readonly columns: readonly { readonly name: string; readonly col: number; readonly isShare: boolean }[];
  /** Index in `columns` of the one drawn and named in the sentence (the most data-driven model). */
  readonly drawn: number;
  /**
   * The model that produced a Share column, as the attribution sheet states it beside its
   * result ("Model | Markov (removal effect) (1)"); undefined for a table of models.
   */
  readonly model?: string;
  readonly channels: readonly {
    /** Worksheet row. */
    readonly row: number;
    readonly channel: string;
    /** Each column's share of that column's total (null where the cell is not a number). */
    readonly shares: readonly (number | null)[];
  }[];
  /** Worksheet rows of the first and last channel (the totals' range). */
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * The columns an attribution table is read by, as positions in its (normalised) header row:
 * a result's Share column, else every model's column.
 */
function attributionColumns(headers: readonly string[]): { index: number; isShare: boolean }[] {
  const share = headers.findIndex((h) => isHeader(h, "attribution.header.share"));
  if (share > 0) return [{ index: share, isShare: true }];
  return headers.flatMap((h, index) =>
    MODELS.some((m) => isHeader(h, modelKey(m))) ? [{ index, isShare: false }] : [],
  );
}

export function attributionFact(grids: readonly SheetGrid[]): AttributionFact | undefined {
  const block = locateBlock(grids, "attribution.header.channel", (h) => attributionColumns(h).length > 0);
  if (!block) return undefined;
  const { grid } = block;
  const picked = attributionColumns(block.headers.map((h) => norm(h.text)));
  // The headers read (grid columns, names as written on the sheet) and their worksheet columns.
  const read = picked.map((c) => block.headers[c.index]);
  const columns = picked.map((c, k) => ({ name: read[k].text, col: sheetCol(grid, read[k].col), isShare: c.isShare }));
  const labelCol = block.headers[0].col;
  const values = block.rows.map((r) =>
    read.map((h) => {
      const v = cellValue(grid, r, h.col);
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    }),
  );
  const totals = columns.map((_, k) => values.reduce((s, row) => s + (row[k] ?? 0), 0));
  const channels = block.rows.map((r, i) => ({
    row: sheetRow(grid, r),
    channel: String(cellValue(grid, r, labelCol)),
    shares: columns.map((c, k) => {
      const v = values[i][k];
      if (v === null) return null;
      if (c.isShare) return v;
      return totals[k] > 0 ? v / totals[k] : null;
    }),
  }));
  if (channels.every((c) => c.shares.every((s) => s === null))) return undefined;
  const rank = (name: string) => MODELS.findIndex((m) => isHeader(norm(name), modelKey(m)));
  let drawn = 0;
  columns.forEach((c, k) => {
    if (!c.isShare && rank(c.name) < rank(columns[drawn].name)) drawn = k;
  });
  const model = columns[drawn].isShare ? labelledText(block.sheet, "attr.meta.model") : undefined;
  return {
    sheet: grid.name,
    labelCol: sheetCol(grid, labelCol),
    columns,
    drawn,
    ...(model === undefined ? {} : { model }),
    channels,
    firstRow: sheetRow(grid, block.rows[0]),
    lastRow: sheetRow(grid, block.rows[block.rows.length - 1]),
  };
}

export interface CohortFact {
  readonly sheet: string;
  /** Worksheet columns of the cohort label, its size and each period's rate. */
  readonly labelCol: number;
  readonly sizeCol: number;
  readonly periodCols: readonly number[];
  /** The period headers as written ("Month 0", "第 1 月"...). */
  readonly periods: readonly string[];
  readonly cohorts: readonly {
    readonly row: number;
    /** A date serial (the cohort's first month) or the label as written. */
    readonly label: number | string;
    readonly size: number;
    /** The rate of each period, null where the data has not reached it. */
    readonly rates: readonly (number | null)[];
  }[];
  /** Each period's rate over the cohorts that reached it, weighted by cohort size (MKT.COHORT's bottom row). */
  readonly average: readonly (number | null)[];
  /** The sheet's repeat-purchase rate, when it states one. */
  readonly repeatRate?: number;
}

/** "Month {k}" / "第 {k} 月" (or weeks) in either language, as a pattern on normalised headers. */
const PERIOD = new RegExp(
  "^(?:" +
    (["cohort.header.month", "cohort.header.week"] as const)
      .flatMap((key) =>
        (["en-US", "zh-CN"] as const).map((l) =>
          norm(t(l, key, { k: "\u0000" }))
            .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
            .replace("\u0000", "\\d+"),
        ),
      )
      .join("|") +
    ")$",
);

export function cohortFact(grids: readonly SheetGrid[]): CohortFact | undefined {
  const block = locateBlock(
    grids,
    "cohort.header.cohort",
    (headers) => headers.length >= 3 && isHeader(headers[1], "cohort.header.size") && PERIOD.test(headers[2]),
  );
  if (!block) return undefined;
  const { grid } = block;
  const periodHeaders = block.headers.slice(2).filter((h) => PERIOD.test(norm(h.text)));
  const cohorts: CohortFact["cohorts"][number][] = [];
  for (const r of block.rows) {
    const label = cellValue(grid, r, block.headers[0].col);
    // The weighted-average row closes the matrix.
    if (typeof label === "string" && isHeader(norm(label), "cohort.header.average")) break;
    const size = cellValue(grid, r, block.headers[1].col);
    if (typeof size !== "number" || !(size > 0) || label === null || typeof label === "boolean") continue;
    cohorts.push({
      row: sheetRow(grid, r),
      label,
      size,
      rates: periodHeaders.map((h) => {
        const v = cellValue(grid, r, h.col);
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      }),
    });
  }
  if (cohorts.length === 0) return undefined;
  const average = periodHeaders.map((_, k) => {
    let weight = 0;
    let sum = 0;
    for (const c of cohorts) {
      const rate = c.rates[k];
      if (rate === null) continue;
      weight += c.size;
      sum += rate * c.size;
    }
    return weight > 0 ? sum / weight : null;
  });
  const repeatRate = labelledNumber(block.sheet, "tpl.cohort.repeatRate");
  return {
    sheet: grid.name,
    labelCol: sheetCol(grid, block.headers[0].col),
    sizeCol: sheetCol(grid, block.headers[1].col),
    periodCols: periodHeaders.map((h) => sheetCol(grid, h.col)),
    periods: periodHeaders.map((h) => h.text),
    cohorts,
    average,
    ...(repeatRate === undefined ? {} : { repeatRate }),
  };
}
