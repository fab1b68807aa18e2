import { t } from "../../../i18n/catalog";
import { cohortMatrix, type CohortMatrix } from "../../analysis/cohort";
import { groupOrders, type Orders } from "../../analysis/orders";
import { repurchase } from "../../analysis/repurchase";
import { columnLetter } from "../../plan/address";
import { dateSerial } from "../../plan/dates";
import type { PlanCell, SheetPlan } from "../../plan/types";
import { serialToDate } from "../../sheet/dates";
import { COMPUTED_FORMAT, HEAT_SCALE, numberFormat, TABLE_STYLE } from "../styles";
import type { BuildOptions } from "../layout";
import { paletteOf } from "../palette";
import { formula, type SheetTemplate } from "./entry";

/**
 * 留存与复购: order rows (customer, date) with each order's cohort (the month of the
 * customer's first order) and months since it, then a cohort matrix computed from them
 * with SUMPRODUCT (MKT.COHORT's rules: a customer counts in month k if they ordered in
 * it; blank where the data has not reached month k; the bottom row weighted by cohort
 * size), coloured as a heat map, and the repeat-purchase rate.
 */

/** The sample: first orders of a July product launch and the repeat orders that followed, to the end of the year. */
export const COHORT_SAMPLE: readonly (readonly [string, readonly string[]])[] = [
  ["C01", ["2023-07-02", "2023-08-15", "2023-10-03"]],
  ["C02", ["2023-07-05", "2023-07-20"]],
  ["C03", ["2023-07-08"]],
  ["C04", ["2023-07-12", "2023-09-18", "2023-12-02"]],
  ["C05", ["2023-07-18", "2023-08-22"]],
  ["C06", ["2023-07-25"]],
  ["C07", ["2023-08-03", "2023-09-09"]],
  ["C08", ["2023-08-10"]],
  ["C09", ["2023-08-19", "2023-08-30", "2023-11-11"]],
  ["C10", ["2023-08-27"]],
  ["C11", ["2023-09-02", "2023-10-15"]],
  ["C12", ["2023-09-14"]],
  ["C13", ["2023-09-21", "2023-12-12"]],
  ["C14", ["2023-10-05", "2023-11-20"]],
  ["C15", ["2023-10-19"]],
  ["C16", ["2023-10-28", "2023-12-20"]],
  ["C17", ["2023-11-04"]],
  ["C18", ["2023-11-16", "2023-12-08"]],
  ["C19", ["2023-12-03"]],
  ["C20", ["2023-12-31"]],
];
/** Cohort rows and month columns of the matrix. */
export const COHORT_SIZE = 6;
const BLANK_ROWS = 20;

/** The sample's order rows, customer by customer (so not in date order). */
export function cohortSampleRows(): { id: string; date: string }[] {
  return COHORT_SAMPLE.flatMap(([id, dates]) => dates.map((date) => ({ id, date })));
}

export function cohortSampleOrders(): Orders {
  return groupOrders(cohortSampleRows().map((r) => ({ id: r.id, day: dateSerial(r.date) })));
}

export function cohortLayout(sample: boolean): { first: number; last: number } {
  const rows = sample ? cohortSampleRows().length : 0;
  return { first: 2, last: 1 + rows + (sample ? BLANK_ROWS : 60) };
}

/** The matrix's place: header in row 1 from column G, cohorts in rows 2-7, the weighted average in row 8. */
export const COHORT_MATRIX = { column: 6, firstRow: 2, averageRow: 2 + COHORT_SIZE, repeatRow: 4 + COHORT_SIZE };

function monthStart(serial: number): number {
  const d = serialToDate(serial);
  return dateSerial(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-01`);
}

export function buildCohortSheet(options: Pick<BuildOptions, "locale" | "sample" | "theme">): SheetPlan {
  const { locale, sample } = options;
  const palette = paletteOf(options.theme);
  const { first, last } = cohortLayout(sample);
  const rows = sample ? cohortSampleRows() : [];
  const orders = sample ? cohortSampleOrders() : undefined;
  const matrix: CohortMatrix | undefined = orders ? cohortMatrix(orders, "month", COHORT_SIZE) : undefined;
  const A = `$A$${first}:$A$${last}`;
  const B = `$B$${first}:$B$${last}`;
  const D = `$D$${first}:$D$${last}`;
  const E = `$E$${first}:$E$${last}`;

  const firstOrder = (id: string) => orders?.byCustomer.get(id)?.[0];
  const orderRows: PlanCell[][] = [];
  for (let r = first; r <= last; r++) {
    const s = rows[r - first];
    const f = s ? firstOrder(s.id) : undefined;
    const day = s ? dateSerial(s.date) : undefined;
    const since =
      f !== undefined && day !== undefined
        ? (serialToDate(day).getUTCFullYear() - serialToDate(f).getUTCFullYear()) * 12 +
          serialToDate(day).getUTCMonth() -
          serialToDate(f).getUTCMonth()
        : undefined;
    orderRows.push([
      s ? s.id : null,
      s ? { date: s.date } : null,
      formula(`=IF(OR(A${r}="",B${r}=""),"",SUMPRODUCT(MIN((${A}=A${r})*${B}+(${A}<>A${r})*1E9)))`, f),
      formula(`=IF(C${r}="","",DATE(YEAR(C${r}),MONTH(C${r}),1))`, f === undefined ? undefined : monthStart(f)),
      formula(`=IF(C${r}="","",(YEAR(B${r})-YEAR(C${r}))*12+MONTH(B${r})-MONTH(C${r}))`, since),
    ]);
  }

  const col = (i: number) => columnLetter(COHORT_MATRIX.column + i);
  const [G, H] = [col(0), col(1)];
  const header: PlanCell[] = [
    t(locale, "cohort.header.cohort"),
    t(locale, "cohort.header.size"),
    ...Array.from({ length: COHORT_SIZE }, (_, k) => t(locale, "cohort.header.month", { k })),
  ];
  const firstMonth = orders ? monthStart(orders.first) : undefined;
  const matrixRows: PlanCell[][] = [];
  for (let i = 0; i < COHORT_SIZE; i++) {
    const r = COHORT_MATRIX.firstRow + i;
    const row = matrix?.rows[i];
    const cohortCell =
      i === 0
        ? formula(`=IF(COUNT(${B})=0,"",DATE(YEAR(MIN(${B})),MONTH(MIN(${B})),1))`, firstMonth)
        : formula(
            `=IF(${G}${r - 1}="","",DATE(YEAR(${G}${r - 1}),MONTH(${G}${r - 1})+1,1))`,
            firstMonth === undefined ? undefined : addMonths(firstMonth, i),
          );
    const size = formula(
      `=IF(${G}${r}="",0,SUMPRODUCT((${D}=${G}${r})/(COUNTIF(${A},${A})+(${A}=""))))`,
      row ? row.size : 0,
    );
    const rates = Array.from({ length: COHORT_SIZE }, (_, k) => {
      const count = row?.counts[k];
      const retained = `SUMPRODUCT((${D}=$${G}${r})*(${E}=${k})/(COUNTIFS(${A},${A},${E},${E})+(${A}="")))`;
      return formula(
        `=IF(OR($${G}${r}="",$${H}${r}=0),"",IF(DATE(YEAR($${G}${r}),MONTH($${G}${r})+${k},1)>MAX(${B}),"",` +
          `${retained}/$${H}${r}))`,
        row && count !== undefined ? count / row.size : undefined,
      );
    });
    matrixRows.push([cohortCell, size, ...rates]);
  }
  const ar = COHORT_MATRIX.averageRow;
  const sizes = `$${H}$${COHORT_MATRIX.firstRow}:$${H}$${ar - 1}`;
  const averageRow: PlanCell[] = [
    t(locale, "cohort.header.average"),
    formula(`=SUM(${sizes})`, matrix ? matrix.rows.reduce((a, r) => a + r.size, 0) : 0),
    ...Array.from({ length: COHORT_SIZE }, (_, k) => {
      const c = col(2 + k);
      const rates = `${c}${COHORT_MATRIX.firstRow}:${c}${ar - 1}`;
      const reached = `SUMPRODUCT(--ISNUMBER(${rates}),${sizes})`;
      return formula(`=IF(${reached}=0,"",SUMPRODUCT(${rates},${sizes})/${reached})`, matrix?.averages[k]);
    }),
  ];

  const all = orders ? repurchase(orders, orders.first, orders.last).all : undefined;
  const rr = COHORT_MATRIX.repeatRow;
  const countA = `(COUNTIF(${A},${A})+(${A}=""))`;
  const repeatBlock: PlanCell[][] = [
    [t(locale, "tpl.cohort.customers"), formula(`=SUMPRODUCT((${A}<>"")/${countA})`, all?.customers ?? 0)],
    [
      t(locale, "tpl.cohort.repeaters"),
      formula(`=SUMPRODUCT((${A}<>"")*(COUNTIF(${A},${A})>=2)/${countA})`, all?.repeaters ?? 0),
    ],
    [
      t(locale, "tpl.cohort.repeatRate"),
      formula(`=IF(${H}${rr}=0,"",${H}${rr + 1}/${H}${rr})`, all && all.customers > 0 ? (all.rate as number) : ""),
    ],
  ];

  const lastCol = col(1 + COHORT_SIZE);
  const percent = numberFormat("percent", locale) ?? "0.0%";
  const rateRange = `${col(2)}${COHORT_MATRIX.firstRow}:${lastCol}${ar - 1}`;
  return {
    target: { create: t(locale, "tpl.cohort.sheet") },
    cells: [
      {
        at: "A1",
        rows: [
          [
            t(locale, "tpl.cohort.col.customer"),
            t(locale, "tpl.cohort.col.date"),
            t(locale, "tpl.cohort.col.first"),
            t(locale, "tpl.cohort.col.cohort"),
            t(locale, "tpl.cohort.col.month"),
          ],
          ...orderRows,
        ],
      },
      { at: `${G}1`, rows: [header, ...matrixRows, averageRow] },
      { at: `${G}${rr}`, rows: repeatBlock },
    ],
    columns: [{ column: "A", widths: [12, 12, 12, 10, 10, 3, 22, 10, ...Array(COHORT_SIZE).fill(9)] }],
    formats: [
      { ranges: ["A1:E1", `${G}1:${lastCol}1`], format: palette.header },
      { ranges: [`B${first}:C${last}`], format: { numberFormat: numberFormat("date", locale) ?? "yyyy-mm-dd" } },
      {
        ranges: [`D${first}:D${last}`, `${G}${COHORT_MATRIX.firstRow}:${G}${ar - 1}`],
        format: { numberFormat: "yyyy-mm" },
      },
      {
        ranges: [`C${first}:E${last}`, `${H}${COHORT_MATRIX.firstRow}:${H}${ar}`, `${H}${rr}:${H}${rr + 2}`],
        format: COMPUTED_FORMAT,
      },
      {
        ranges: [`${col(2)}${COHORT_MATRIX.firstRow}:${lastCol}${ar}`, `${H}${rr + 2}`],
        format: { numberFormat: percent },
      },
      { ranges: [`${G}${ar}:${lastCol}${ar}`, `${G}${rr}:${G}${rr + 2}`], format: { bold: true } },
    ],
    tables: [{ name: "CohortOrders", range: `A1:E${last}`, style: TABLE_STYLE, showBandedRows: true }],
    colorScales: [{ range: rateRange, ...HEAT_SCALE }],
    notes: [{ cell: `${G}1`, text: t(locale, "tpl.cohort.note") }],
    freeze: { rows: 1, columns: 0 },
  };
}

function addMonths(monthStartSerial: number, months: number): number {
  const d = serialToDate(monthStartSerial);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  return dateSerial(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`);
}

export const cohortTemplate: SheetTemplate = {
  id: "cohort",
  sheet: "tpl.cohort.sheet",
  description: "tpl.cohort.description",
  build: buildCohortSheet,
};
