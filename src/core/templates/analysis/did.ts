import { t, type MessageKey } from "../../../i18n/catalog";
import { did } from "../../analysis/baseline";
import { isCellError, type CellError } from "../../errors";
import { growth } from "../../kpi/growth";
import { roi } from "../../kpi/roi";
import type { PlanCell, SheetPlan } from "../../plan/types";
import { formulaString } from "../formula";
import type { BuildOptions } from "../build";
import { paletteOf, themedChart } from "../palette";
import { COMPUTED_FORMAT, numberFormat, TABLE_STYLE } from "../styles";
import { formula, type SheetTemplate } from "./entry";

/**
 * 自然增长对照 (DID): the campaign group's and a control group's revenue before and during
 * the campaign; beside them the mode and the cost, and in native formulas (no MKT.*, so the
 * file computes without the add-in) MKT.DID's baseline (the natural growth), effect and
 * relative effect, and MKT.ROI gross and net of that baseline.
 */

export interface DidInputs {
  readonly treatedBefore: number | null;
  readonly treatedAfter: number | null;
  readonly controlBefore: number | null;
  readonly controlAfter: number | null;
  readonly mode: string | null;
  readonly cost: number | null;
}

/** The sample: a regional campaign. The control region grew 10%, so 132,000 of the 150,000 would have come anyway. */
export const DID_SAMPLE = {
  treatedBefore: 120_000,
  treatedAfter: 150_000,
  controlBefore: 300_000,
  controlAfter: 330_000,
  cost: 7_500,
} as const;

/**
 * Where the inputs and figures are: the 2 x 2 table in A1:D3; labels in F and values in G
 * from row 2, so the header row is the table's alone; the cost comes first, so the panel's
 * first line is a label and a number, which the data checks take for a panel, not a table.
 */
export const DID_CELLS = {
  treatedBefore: "B2",
  treatedAfter: "C2",
  controlBefore: "B3",
  controlAfter: "C3",
  cost: "G2",
  mode: "G3",
  baseline: "G4",
  effect: "G5",
  relative: "G6",
  grossRoi: "G7",
  netRoi: "G8",
} as const;

/** The labels in F2:F8, in the order of G2:G8. */
export const DID_LABELS: readonly MessageKey[] = [
  "tpl.did.cost",
  "tpl.did.mode",
  "tpl.did.baseline",
  "tpl.did.effect",
  "tpl.did.relative",
  "tpl.did.grossRoi",
  "tpl.did.netRoi",
];

type Figure = number | CellError | undefined;
export interface DidFigures {
  readonly baseline: Figure;
  readonly effect: Figure;
  readonly relative: Figure;
  readonly grossRoi: Figure;
  readonly netRoi: Figure;
}

/**
 * Core's value of each formula of the sheet: blank (undefined) while an input it needs is
 * blank, else MKT.DID's and MKT.ROI's results, errors included.
 */
export function didFigures(i: DidInputs): DidFigures {
  const { treatedBefore: tb, treatedAfter: ta, controlBefore: cb, controlAfter: ca } = i;
  const grossRoi = ta === null || i.cost === null ? undefined : (roi(ta, i.cost) as number | CellError);
  if (tb === null || ta === null || cb === null || ca === null)
    return { baseline: undefined, effect: undefined, relative: undefined, grossRoi, netRoi: undefined };
  const d = did(tb, ta, cb, ca, i.mode ?? undefined);
  if (isCellError(d)) return { baseline: d, effect: d, relative: d, grossRoi, netRoi: i.cost === null ? undefined : d };
  const netRoi = i.cost === null ? undefined : (roi(ta, i.cost, d.baseline) as number | CellError);
  return { baseline: d.baseline, effect: d.effect, relative: d.relative as number | CellError, grossRoi, netRoi };
}

/**
 * A #VALUE! in native formulas: text as an operand of arithmetic (Excel and LibreOffice both
 * give #VALUE!; test/xlsx/did-template-recalc.test.ts checks LibreOffice's).
 */
const VALUE_ERROR = `("x"+0)`;
/**
 * MKT.DID's mode names (core's toBaselineMode) in the mode cell (G3). `=` compares text
 * ignoring case (EXACT is Excel's case-sensitive test:
 * https://support.microsoft.com/en-us/excel/exact-function); TRIM drops stray spaces.
 */
const MODE = DID_CELLS.mode.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
const modeIs = (names: readonly string[]) => `OR(${names.map((n) => `TRIM(${MODE})=${formulaString(n)}`).join(",")})`;
const RATIO = modeIs(["", "ratio", "比率", "比例", "相对"]);
const ADDITIVE = modeIs(["additive", "差值", "绝对", "加法"]);

/** The five formulas of G4:G8, as written into the sheet. */
export function didFormulas(): Readonly<Record<keyof DidFigures, string>> {
  const C = DID_CELLS;
  const cost = (body: string) => `IF(${C.cost}<0,${VALUE_ERROR},${body})`;
  return {
    baseline:
      `=IF(COUNT($B$2:$C$3)<4,"",IF(${ADDITIVE},${C.treatedBefore}+(${C.controlAfter}-${C.controlBefore}),` +
      `IF(${RATIO},${C.treatedBefore}*${C.controlAfter}/${C.controlBefore},${VALUE_ERROR})))`,
    effect: `=IF(${C.baseline}="","",${C.treatedAfter}-${C.baseline})`,
    relative: `=IF(${C.baseline}="","",${C.effect}/${C.baseline})`,
    grossRoi: `=IF(OR(${C.treatedAfter}="",${C.cost}=""),"",${cost(`(${C.treatedAfter}-${C.cost})/${C.cost}`)})`,
    netRoi: `=IF(OR(${C.baseline}="",${C.cost}=""),"",${cost(`(${C.treatedAfter}-${C.baseline}-${C.cost})/${C.cost}`)})`,
  };
}

const growthFormula = (r: number) => `=IF(OR(B${r}="",C${r}=""),"",(C${r}-B${r})/ABS(B${r}))`;
const growthValue = (before: number | null, after: number | null): Figure =>
  before === null || after === null ? undefined : (growth(after, before) as number | CellError);

export function buildDidSheet(options: Pick<BuildOptions, "locale" | "sample" | "theme">): SheetPlan {
  const { locale, sample } = options;
  const palette = paletteOf(options.theme);
  const s = sample ? DID_SAMPLE : undefined;
  const inputs: DidInputs = {
    treatedBefore: s?.treatedBefore ?? null,
    treatedAfter: s?.treatedAfter ?? null,
    controlBefore: s?.controlBefore ?? null,
    controlAfter: s?.controlAfter ?? null,
    mode: sample ? t(locale, "tpl.did.choice.ratio") : null,
    cost: s?.cost ?? null,
  };
  const v = didFigures(inputs);
  const f = didFormulas();
  const header: PlanCell[] = [
    "tpl.did.col.group",
    "tpl.did.col.before",
    "tpl.did.col.during",
    "tpl.did.col.growth",
  ].map((k) => t(locale, k as MessageKey));
  const table: PlanCell[][] = [
    header,
    [
      t(locale, "tpl.did.treated"),
      inputs.treatedBefore,
      inputs.treatedAfter,
      formula(growthFormula(2), growthValue(inputs.treatedBefore, inputs.treatedAfter)),
    ],
    [
      t(locale, "tpl.did.control"),
      inputs.controlBefore,
      inputs.controlAfter,
      formula(growthFormula(3), growthValue(inputs.controlBefore, inputs.controlAfter)),
    ],
  ];
  const values: PlanCell[] = [
    inputs.cost,
    inputs.mode,
    formula(f.baseline, v.baseline),
    formula(f.effect, v.effect),
    formula(f.relative, v.relative),
    formula(f.grossRoi, v.grossRoi),
    formula(f.netRoi, v.netRoi),
  ];
  const money = numberFormat("currency", locale) ?? "#,##0.00";
  const percent = numberFormat("percent", locale) ?? "0.0%";
  return {
    target: { create: t(locale, "tpl.did.sheet") },
    cells: [
      { at: "A1", rows: table },
      { at: "F2", rows: DID_LABELS.map((k, i) => [t(locale, k), values[i]]) },
    ],
    columns: [{ column: "A", widths: [34, 16, 16, 11, 3, 26, 16] }],
    formats: [
      { ranges: ["A1:D1"], format: palette.header },
      { ranges: ["B2:C3", "G2", "G4:G5"], format: { numberFormat: money } },
      { ranges: ["D2:D3", "G6"], format: { numberFormat: percent } },
      { ranges: ["G7:G8"], format: { numberFormat: "0.00" } },
      { ranges: ["D2:D3", "G4:G8"], format: COMPUTED_FORMAT },
      { ranges: ["F2:F8"], format: { bold: true } },
    ],
    tables: [{ name: "NaturalGrowthDid", range: "A1:D3", style: TABLE_STYLE, showBandedRows: true }],
    validations: [
      {
        range: DID_CELLS.mode,
        rule: { kind: "list", choices: [t(locale, "tpl.did.choice.ratio"), t(locale, "tpl.did.choice.additive")] },
        errorMessage: t(locale, "tpl.did.modeInvalid"),
      },
      {
        range: DID_CELLS.cost,
        rule: { kind: "decimal", min: 0, max: 1e15 },
        errorMessage: t(locale, "tpl.did.costInvalid"),
      },
    ],
    conditionalFormats: [
      { range: DID_CELLS.netRoi, formula: `=AND(ISNUMBER($G$8),$G$8<0)`, format: palette.tones.bad, stopIfTrue: true },
      { range: DID_CELLS.netRoi, formula: `=AND(ISNUMBER($G$8),$G$8>=0)`, format: palette.tones.good },
    ],
    notes: [{ cell: "A1", text: t(locale, "tpl.did.note") }],
    charts: [
      themedChart(
        { kind: "column", data: "A1:C3", title: t(locale, "tpl.did.chart"), at: "F10", size: { columns: 3, rows: 12 } },
        palette,
      ),
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

export const didTemplate: SheetTemplate = {
  id: "did",
  sheet: "tpl.did.sheet",
  description: "tpl.did.description",
  build: buildDidSheet,
};
