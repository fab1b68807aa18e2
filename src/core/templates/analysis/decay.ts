import { t, type MessageKey } from "../../../i18n/catalog";
import { fitDecay, type DecayFit } from "../../analysis/decay";
import { isCellError } from "../../errors";
import { dateSerial } from "../../plan/dates";
import type { PlanCell, SheetPlan } from "../../plan/types";
import { COMPUTED_FORMAT, numberFormat, TABLE_STYLE } from "../styles";
import type { BuildOptions } from "../layout";
import { paletteOf, themedChart } from "../palette";
import { formula, type SheetTemplate } from "./entry";

/**
 * 活动衰减曲线: date and the key metric per day; the fit y = b * m^t by Excel's LOGEST
 * over the rows that have a value (OFFSET to the count of values, so rows can be added
 * below without editing a formula), the fitted value per row, and b, m, decay, half-life,
 * R-squared and the best duration beside the table (MKT.DECAY's figures).
 */

/** The sample: daily sign-ups in the first week after a launch on 2023-07-01 (the example). */
export const DECAY_SAMPLE: readonly { date: string; value: number }[] = [
  { date: "2023-07-01", value: 1200 },
  { date: "2023-07-02", value: 1010 },
  { date: "2023-07-03", value: 880 },
  { date: "2023-07-04", value: 790 },
  { date: "2023-07-05", value: 650 },
  { date: "2023-07-06", value: 580 },
  { date: "2023-07-07", value: 500 },
  { date: "2023-07-08", value: 455 },
];
export const DECAY_SAMPLE_THRESHOLD = 600;
const BLANK_ROWS = 6;

/** Where the fitted figures are: labels in F, values in G. */
export const DECAY_CELLS = {
  start: "G1",
  factor: "G2",
  decay: "G3",
  halfLife: "G4",
  r2: "G5",
  threshold: "G6",
  best: "G7",
} as const;

export function decayLayout(sample: boolean): { first: number; last: number; sampleLast: number } {
  const rows = sample ? DECAY_SAMPLE.length : 0;
  return { first: 2, last: 1 + rows + (sample ? BLANK_ROWS : 14), sampleLast: 1 + rows };
}

/** Core's fit of the sample, as the template lays it out (periods are days since the first date). */
export function decaySampleFit(): DecayFit {
  const start = dateSerial(DECAY_SAMPLE[0].date);
  const fit = fitDecay(
    DECAY_SAMPLE.map((p) => ({ period: dateSerial(p.date) - start, value: p.value })),
    DECAY_SAMPLE_THRESHOLD,
  );
  if (isCellError(fit)) throw new Error(`decay sample is invalid: ${fit.message}`);
  return fit;
}

export function buildDecaySheet(options: Pick<BuildOptions, "locale" | "sample" | "theme">): SheetPlan {
  const { locale, sample } = options;
  const palette = paletteOf(options.theme);
  const { first, last, sampleLast } = decayLayout(sample);
  const fit = sample ? decaySampleFit() : undefined;
  const start = sample ? dateSerial(DECAY_SAMPLE[0].date) : 0;
  const values = `$B$${first}:$B$${last}`;
  const count = `COUNT(${values})`;
  const logest = (stats: boolean) =>
    `LOGEST(OFFSET($B$${first},0,0,${count}),OFFSET($D$${first},0,0,${count})${stats ? ",TRUE,TRUE" : ""})`;
  const C = DECAY_CELLS;
  const figures: [MessageKey, PlanCell][] = [
    ["tpl.decay.start", formula(`=IF(${count}<2,"",INDEX(${logest(false)},1,2))`, fit?.start)],
    ["tpl.decay.factor", formula(`=IF(${count}<2,"",INDEX(${logest(false)},1,1))`, fit?.factor)],
    ["tpl.decay.decay", formula(`=IF(${C.factor}="","",1-${C.factor})`, fit?.decay)],
    [
      "tpl.decay.halfLife",
      formula(`=IF(${C.factor}="","",IF(AND(${C.factor}>0,${C.factor}<1),LN(0.5)/LN(${C.factor}),""))`, fit?.halfLife),
    ],
    ["tpl.decay.r2", formula(`=IF(${count}<2,"",INDEX(${logest(true)},3,1))`, fit?.r2)],
    ["tpl.decay.threshold", sample ? DECAY_SAMPLE_THRESHOLD : null],
    [
      "tpl.decay.best",
      formula(
        `=IF(OR(${C.factor}="",${C.threshold}=""),"",IF(AND(${C.factor}>0,${C.factor}<1,${C.threshold}>0,` +
          `${C.threshold}<=${C.start}),LN(${C.threshold}/${C.start})/LN(${C.factor}),""))`,
        fit?.best,
      ),
    ],
  ];
  const header: PlanCell[] = [
    t(locale, "tpl.decay.col.date"),
    t(locale, "tpl.decay.col.metric"),
    t(locale, "tpl.decay.col.fitted"),
    t(locale, "tpl.decay.col.period"),
  ];
  const body: PlanCell[][] = [];
  for (let r = first; r <= last; r++) {
    const s = sample ? DECAY_SAMPLE[r - first] : undefined;
    const period = s ? dateSerial(s.date) - start : undefined;
    const fitted = fit && period !== undefined ? fit.start * fit.factor ** period : undefined;
    body.push([
      s ? { date: s.date } : null,
      s ? s.value : null,
      formula(`=IF(OR(D${r}="",$G$2=""),"",$G$1*$G$2^D${r})`, fitted),
      formula(`=IF(A${r}="","",A${r}-$A$${first})`, period),
    ]);
  }
  return {
    target: { create: t(locale, "tpl.decay.sheet") },
    cells: [
      { at: "A1", rows: [header, ...body] },
      { at: "F1", rows: figures.map(([k, v]) => [t(locale, k), v]) },
    ],
    columns: [{ column: "A", widths: [13, 14, 15, 12, 3, 22, 14] }],
    formats: [
      { ranges: ["A1:D1"], format: palette.header },
      { ranges: [`A${first}:A${last}`], format: { numberFormat: numberFormat("date", locale) ?? "yyyy-mm-dd" } },
      { ranges: [`B${first}:C${last}`, "G1", "G6"], format: { numberFormat: "#,##0.0" } },
      { ranges: [`C${first}:D${last}`], format: COMPUTED_FORMAT },
      { ranges: ["G2", "G5"], format: { numberFormat: "0.0000" } },
      { ranges: ["G3"], format: { numberFormat: numberFormat("percent", locale) ?? "0.0%" } },
      { ranges: ["G4", "G7"], format: { numberFormat: "0.00" } },
      { ranges: ["F1:F7"], format: { bold: true } },
      { ranges: ["G1:G5", "G7"], format: COMPUTED_FORMAT },
    ],
    tables: [{ name: "DecayCurve", range: `A1:D${last}`, style: TABLE_STYLE, showBandedRows: true }],
    notes: [{ cell: "A1", text: t(locale, "tpl.decay.note") }],
    charts: [
      themedChart(
        {
          kind: "line",
          data: `B1:C${sample ? sampleLast : last}`,
          categories: `A${first}:A${sample ? sampleLast : last}`,
          categoryFormat: numberFormat("date", locale) ?? "yyyy-mm-dd",
          title: t(locale, "tpl.decay.chart"),
          at: "F9",
        },
        palette,
      ),
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

export const decayTemplate: SheetTemplate = {
  id: "decay",
  sheet: "tpl.decay.sheet",
  description: "tpl.decay.description",
  build: buildDecaySheet,
};
