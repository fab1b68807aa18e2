import { t } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { cellAddress, columnLetter } from "../plan/address";
import type { ConditionalFormatPlan, FormatPlan, PlanCell, SheetPlan, ValidationPlan } from "../plan/types";
import { dateSerial } from "../plan/dates";
import { withPageSetup } from "../plan/page-setup";
import { compute } from "./compute";
import { expandFormula } from "./formula";
import { HEADER_ROW, templateLayout, type BuildOptions } from "./layout";
import { buildPanel } from "./panels";
import type { ColumnDef, ResultFormat, SampleRow, SampleValue, TemplateDef } from "./schema";

export { templateLayout, type BuildOptions, type TemplateLayout } from "./layout";
import { paletteOf } from "./palette";
import { COMPUTED_FORMAT, FOOTER_LABEL_FORMAT, numberFormat, TABLE_STYLE } from "./styles";

function sampleCell(value: SampleValue | undefined, col: ColumnDef, locale: Locale): PlanCell {
  if (value === undefined) return null;
  if (typeof value === "number") return value;
  if ("date" in value) return { date: value.date };
  if ("text" in value) return t(locale, value.text);
  if ("choice" in value) return t(locale, (col.choices ?? [])[value.choice]);
  const text = locale === "zh-CN" ? value.zh : value.en;
  return text === "" ? null : text;
}

function resultOf(col: ColumnDef): ResultFormat {
  if (col.kind === "computed") return col.result ?? "text";
  if (col.kind === "choice") return "text";
  return col.kind;
}

/** One template as a sheet: a styled Excel table with formulas, validations and highlights. */
export function buildTemplateSheet(def: TemplateDef, options: BuildOptions): SheetPlan {
  const { locale } = options;
  const palette = paletteOf(options.theme);
  const layout = templateLayout(def, options);
  const { firstDataRow, lastDataRow, columns } = layout;
  const rows: readonly SampleRow[] = options.sample ? def.sample : def.preset;
  const lastCol = columnLetter(def.columns.length - 1);
  const colRange = (i: number) => `${columnLetter(i)}${firstDataRow}:${columnLetter(i)}${lastDataRow}`;
  const panel = def.panel ? buildPanel(def.panel, def.columns.length + 1, options) : undefined;
  const param = (name: string): unknown => panel?.values[name];

  const header: PlanCell[] = def.columns.map((c) => t(locale, c.header));
  const headers = new Map(def.columns.map((c, i) => [c.key, String(header[i])]));
  const ctx = (row: number) => ({
    columns,
    row,
    firstDataRow,
    lastDataRow,
    locale,
    table: def.tableName,
    headers,
    panel: panel?.refs,
  });
  const body: PlanCell[][] = [];
  for (let r = firstDataRow; r <= lastDataRow; r++) {
    const source = rows[r - firstDataRow];
    body.push(def.columns.map((c) => (c.formula ? null : sampleCell(source?.[c.key], c, locale))));
  }
  // Formulas left to right, so a column may use an earlier computed one (rank uses ROI).
  const valueOf = (cell: PlanCell | undefined): unknown => {
    if (cell === null || cell === undefined || typeof cell !== "object") return cell;
    return "date" in cell ? dateSerial(cell.date) : cell.result;
  };
  const column = (key: string) => body.map((row) => valueOf(row[columns.get(key) ?? -1]));
  def.columns.forEach((c, i) => {
    if (!c.formula || !c.compute) return;
    const { formula, compute: fn } = c;
    body.forEach((row, k) => {
      const scope = { value: (key: string) => valueOf(row[columns.get(key) ?? -1]), column, locale, param, index: k };
      row[i] = { formula: expandFormula(formula, ctx(firstDataRow + k)), result: compute(fn, scope) };
    });
  });

  const formats: FormatPlan[] = [{ ranges: [`A${HEADER_ROW}:${lastCol}${HEADER_ROW}`], format: palette.header }];
  const validations: ValidationPlan[] = [];
  def.columns.forEach((c, i) => {
    const code = numberFormat(resultOf(c), locale);
    if (code) formats.push({ ranges: [colRange(i)], format: { numberFormat: code } });
    if (c.kind === "computed") formats.push({ ranges: [colRange(i)], format: COMPUTED_FORMAT });
    if (c.choices) {
      validations.push({
        range: colRange(i),
        rule: { kind: "list", choices: c.choices.map((k) => t(locale, k)) },
        errorMessage: t(locale, "tpl.validation.list"),
      });
    }
    if (c.limits) {
      validations.push({
        range: colRange(i),
        rule: { kind: c.limits.whole ? "wholeNumber" : "decimal", min: c.limits.min, max: c.limits.max },
        errorMessage: t(locale, c.limits.message),
      });
    }
  });

  const conditionalFormats: ConditionalFormatPlan[] = [];
  for (const h of def.highlights) {
    for (const key of h.columns) {
      conditionalFormats.push({
        range: colRange(columns.get(key) ?? 0),
        formula: expandFormula(h.formula, ctx(firstDataRow)),
        format: palette.tones[h.tone],
        stopIfTrue: true,
      });
    }
  }

  const footerCells: { at: string; rows: PlanCell[][] }[] = [];
  def.footers.forEach((f, i) => {
    const row = lastDataRow + 2 + i;
    const labelAt = cellAddress({ row: row - 1, col: columns.get(f.labelColumn) ?? 0 });
    const valueAt = cellAddress({ row: row - 1, col: columns.get(f.valueColumn) ?? 0 });
    footerCells.push({ at: labelAt, rows: [[t(locale, f.label)]] });
    const result = compute(f.compute, { value: () => null, column, locale, param, index: -1 });
    footerCells.push({ at: valueAt, rows: [[{ formula: expandFormula(f.formula, ctx(row)), result }]] });
    formats.push({ ranges: [labelAt], format: FOOTER_LABEL_FORMAT });
    const code = numberFormat(f.result, locale);
    formats.push({
      ranges: [valueAt],
      format: code ? { ...palette.footerValue, numberFormat: code } : palette.footerValue,
    });
  });

  return withPageSetup({
    target: { create: t(locale, def.sheet) },
    cells: [{ at: `A${HEADER_ROW}`, rows: [header, ...body] }, ...footerCells, ...(panel?.cells ?? [])],
    columns: [{ column: "A", widths: [...def.columns.map((c) => c.width), ...(panel ? [3, ...panel.widths] : [])] }],
    formats: [...formats, ...(panel?.formats ?? [])],
    tables: [{ name: def.tableName, range: layout.tableRange, style: TABLE_STYLE, showBandedRows: true }],
    validations: [...validations, ...(panel?.validations ?? [])],
    conditionalFormats,
    freeze: { rows: HEADER_ROW, columns: 0 },
  });
}
