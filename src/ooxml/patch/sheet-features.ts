import { cellAddress, columnIndex } from "../../core/plan/address";
import type {
  ColorScalePlan,
  ColumnWidthPlan,
  ConditionalFormatPlan,
  PageSetupPlan,
  ValidationPlan,
} from "../../core/plan/types";
import { withFuturePrefixes } from "../../xlsx/future-functions";
import { FOOTER } from "../../xlsx/plan/page-setup";
import { appendNew, children, createElement, ensureChild, insertChild, setText, xmlSafe } from "../xml/dom";
import type { SheetEditor } from "./sheet-editor";
import type { StylesEditor } from "./styles";

/** Column widths (§18.3.1.13 col): a `col` spanning several columns is split around the ones set. */
export function writeColumns(sheet: SheetEditor, plans: readonly ColumnWidthPlan[]): void {
  const widths = new Map<number, number>();
  for (const c of plans) c.widths.forEach((w, k) => widths.set(columnIndex(c.column) + k + 1, w));
  if (widths.size === 0) return;
  const cols = sheet.ensure("cols");
  for (const [n, width] of widths) {
    const spans = children(cols, "col");
    const hit = spans.find((c) => Number(c.getAttribute("min")) <= n && n <= Number(c.getAttribute("max")));
    let el = hit;
    if (hit) {
      const min = Number(hit.getAttribute("min"));
      const max = Number(hit.getAttribute("max"));
      if (min < n) {
        const before = hit.cloneNode(true) as typeof hit;
        before.setAttribute("max", String(n - 1));
        cols.insertBefore(before, hit);
      }
      if (max > n) {
        const after = hit.cloneNode(true) as typeof hit;
        after.setAttribute("min", String(n + 1));
        cols.insertBefore(after, hit.nextSibling);
      }
      hit.setAttribute("min", String(n));
      hit.setAttribute("max", String(n));
    } else {
      el = createElement(cols, "col");
      el.setAttribute("min", String(n));
      el.setAttribute("max", String(n));
      cols.insertBefore(el, spans.find((c) => Number(c.getAttribute("min")) > n) ?? null);
    }
    el?.setAttribute("width", String(width));
    el?.setAttribute("customWidth", "1");
  }
}

/** The next free conditional-format priority of the sheet (priorities are unique within a sheet). */
function nextPriority(sheet: SheetEditor): number {
  let max = 0;
  for (const cf of children(sheet.root, "conditionalFormatting"))
    for (const rule of children(cf, "cfRule")) max = Math.max(max, Number(rule.getAttribute("priority")) || 0);
  return max + 1;
}

/**
 * Formula rules (§18.3.1.10 cfRule type="expression" with a dxf) in plan order, the first
 * with the highest priority, then colour scales (§18.3.1.16 colorScale: the cfvo points then
 * as many colours; lowest, 50th percentile, highest).
 */
export function writeConditionalFormats(
  sheet: SheetEditor,
  styles: StylesEditor,
  rules: readonly ConditionalFormatPlan[],
  scales: readonly ColorScalePlan[],
): void {
  let priority = nextPriority(sheet);
  for (const cf of rules) {
    const block = sheet.add("conditionalFormatting");
    block.setAttribute("sqref", cf.range);
    const rule = appendNew(block, "cfRule", {
      type: "expression",
      dxfId: styles.dxf(cf.format),
      priority: priority++,
      ...(cf.stopIfTrue ? { stopIfTrue: 1 } : {}),
    });
    setText(
      insertChild(rule, createElement(rule, "formula"), "cfRule"),
      withFuturePrefixes(cf.formula.replace(/^=/, "")),
    );
  }
  for (const scale of scales) {
    const block = sheet.add("conditionalFormatting");
    block.setAttribute("sqref", scale.range);
    const rule = appendNew(block, "cfRule", { type: "colorScale", priority: priority++ });
    const cs = insertChild(rule, createElement(rule, "colorScale"), "cfRule");
    const colors = scale.midpoint ? [scale.minimum, scale.midpoint, scale.maximum] : [scale.minimum, scale.maximum];
    appendNew(cs, "cfvo", { type: "min" });
    if (scale.midpoint) appendNew(cs, "cfvo", { type: "percentile", val: 50 });
    appendNew(cs, "cfvo", { type: "max" });
    for (const c of colors) appendNew(cs, "color", { rgb: `FF${c.replace(/^#/, "").toUpperCase()}` });
  }
}

/** Data validations (§18.3.1.32): blanks allowed, a stop message on a wrong entry. */
export function writeValidations(sheet: SheetEditor, plans: readonly ValidationPlan[]): void {
  if (plans.length === 0) return;
  const list = sheet.ensure("dataValidations");
  for (const v of plans) {
    const type = v.rule.kind === "list" ? "list" : v.rule.kind === "wholeNumber" ? "whole" : "decimal";
    const el = appendNew(list, "dataValidation", {
      type,
      ...(type === "list" ? {} : { operator: "between" }),
      allowBlank: 1,
      showErrorMessage: 1,
      // Excel shows at most 225 characters of an error message (and refuses longer in its dialog).
      error: xmlSafe(v.errorMessage).slice(0, 225),
      sqref: v.range,
    });
    if (v.rule.kind === "list") {
      // Excel refuses a list of choices longer than 255 characters (a rule of its own, in no schema).
      const list = `"${v.rule.choices.join(",")}"`;
      if (list.length > 255) throw new RangeError(`the drop-down of ${v.range} is longer than 255 characters`);
      setText(appendNew(el, "formula1"), list);
    } else {
      setText(appendNew(el, "formula1"), String(v.rule.min));
      setText(appendNew(el, "formula2"), String(v.rule.max));
    }
  }
  list.setAttribute("count", String(children(list, "dataValidation").length));
}

/** Internal links (§18.3.1.47 hyperlink location): one per cell, an earlier one at that cell replaced. */
export function writeHyperlink(sheet: SheetEditor, ref: string, location: string, display: string): void {
  const links = sheet.ensure("hyperlinks");
  for (const old of children(links, "hyperlink")) if (old.getAttribute("ref") === ref) links.removeChild(old);
  appendNew(links, "hyperlink", { ref, location: xmlSafe(location), display: xmlSafe(display) });
}

/**
 * pageSetup and headerFooter (§18.3.1.63 pageSetup: fitToWidth / fitToHeight, 0 meaning no
 * limit, apply with sheetPr/pageSetUpPr fitToPage; §18.3.1.46 headerFooter), the footer codes
 * of ../../xlsx/plan/page-setup. Print titles are a defined name (the workbook editor).
 */
export function writePageSetup(sheet: SheetEditor, setup: PageSetupPlan): void {
  const pr = ensureChild(sheet.ensure("sheetPr"), "pageSetUpPr", "sheetPr");
  pr.setAttribute("fitToPage", "1");
  sheet.ensure("pageMargins");
  const page = sheet.ensure("pageSetup");
  page.setAttribute("orientation", setup.orientation);
  page.setAttribute("fitToWidth", String(setup.fitToWidth));
  page.setAttribute("fitToHeight", String(setup.fitToHeight ?? 0));
  if (setup.footer) {
    const hf = sheet.ensure("headerFooter");
    for (const f of children(hf, "oddFooter")) hf.removeChild(f);
    // CT_HeaderFooter: oddHeader, oddFooter, evenHeader...: after an oddHeader, before the rest.
    const footer = createElement(hf, "oddFooter");
    hf.insertBefore(footer, children(hf).find((c) => c.localName !== "oddHeader") ?? null);
    setText(footer, `&L${FOOTER.left}&R${FOOTER.right}`);
  }
}

/** Frozen rows and columns (§18.3.1.66 pane state="frozen") on the sheet's first view; 0 and 0 unfreezes. */
export function writeFreeze(sheet: SheetEditor, freeze: { rows: number; columns: number }): void {
  const views = sheet.ensure("sheetViews");
  const view = children(views, "sheetView")[0] ?? appendNew(views, "sheetView", { workbookViewId: 0 });
  for (const old of [...children(view, "pane"), ...children(view, "selection")]) view.removeChild(old);
  const { rows, columns } = freeze;
  if (rows + columns === 0) return;
  const pane = insertChild(view, createElement(view, "pane"), "sheetView");
  if (columns) pane.setAttribute("xSplit", String(columns));
  if (rows) pane.setAttribute("ySplit", String(rows));
  pane.setAttribute("topLeftCell", cellAddress({ row: rows, col: columns }));
  const active = rows && columns ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  pane.setAttribute("activePane", active);
  pane.setAttribute("state", "frozen");
  const selection = insertChild(view, createElement(view, "selection"), "sheetView");
  selection.setAttribute("pane", active);
}
