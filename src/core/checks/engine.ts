import type { MessageParams } from "../../i18n/format";
import type { CheckMessageKey } from "../../i18n/messages/checks";
import {
  CellKind,
  cellAddress,
  cellValue,
  detectTable,
  gridRow,
  sheetCol,
  sheetRow,
  type SheetGrid,
  type TableShape,
} from "../sheet";
import { describeColumns } from "./columns";
import { findTables, withoutHeaderParameters } from "./tables";
import { actionsRule } from "./rules/actions";
import { appraisalRule } from "./rules/appraisal";
import { crossSourceRule } from "./rules/cross-source";
import { duplicatesRule } from "./rules/duplicates";
import { funnelRule } from "./rules/funnel";
import { missingRule } from "./rules/missing";
import { outliersRule } from "./rules/outliers";
import { targetsRule } from "./rules/targets";
import { typesRule } from "./rules/types-ranges";
import { bandRule, paceRule } from "./rules/pacing";
import type { CheckSettings } from "./settings";
import { RULE_IDS, type Finding, type Rule, type RuleId, type RuleInput } from "./types";

/** Every rule with the slice of settings it takes. */
function ruleTable(
  s: CheckSettings,
): ReadonlyArray<{ rule: Rule<never>; settings: { enabled: boolean; severity?: Finding["severity"] } }> {
  const pair = <S extends { enabled: boolean; severity?: Finding["severity"] }>(rule: Rule<S>, settings: S) => ({
    rule: rule as Rule<never>,
    settings,
  });
  return [
    pair(missingRule, s.missing),
    pair(duplicatesRule, s.duplicates),
    pair(funnelRule, s.funnel),
    pair(crossSourceRule, s.crossSource),
    pair(outliersRule, s.outliers),
    pair(targetsRule, s.targets),
    pair(actionsRule, s.actions),
    pair(typesRule, s.types),
    pair(appraisalRule, s.appraisal),
    pair(paceRule, s.pace),
    pair(bandRule, s.band),
  ];
}

/** Labels of a summary row under a table: totals, and the average a matrix ends with. */
const TOTAL_LABEL =
  /^(合计|总计|小计|总分|加权总分|权重合计|平均|平均值|均值|加权平均|加权平均值|total|sum|subtotal|grand total|total weight|weighted total|average|mean|weighted average)[:：]?$/i;

/**
 * Rows with a value typed in. A row of formulas alone (an empty template row) is no data
 * row, and neither is a totals row: one typed label such as "合计" or "Weighted average"
 * beside formulas.
 */
function markDataRows(grid: SheetGrid, table: TableShape): Uint8Array {
  const out = new Uint8Array(grid.rows);
  // Under a header, only headed columns hold the table's data: values beside it under no
  // header (a parameter panel, notes) make no row a data row.
  const counts = table.headers.map((h) => table.headerRow < 0 || h !== "");
  for (let r = 0; r < grid.rows; r++) {
    const base = r * grid.cols;
    let typed = 0;
    let label: string | undefined;
    for (let c = 0; c < grid.cols; c++) {
      if (counts[c] && grid.kinds[base + c] !== CellKind.Blank && grid.formulas[base + c] === 0) {
        typed++;
        label = grid.kinds[base + c] === CellKind.Text ? grid.texts[base + c] : undefined;
        if (typed > 1) break;
      }
    }
    out[r] = typed > 1 || (typed === 1 && !(label !== undefined && TOTAL_LABEL.test(label.trim()))) ? 1 : 0;
  }
  return out;
}

export interface CheckResult {
  readonly sheet: string;
  readonly findings: Finding[];
  /** Worksheet row (1-based) of the header that was used, or 0 when none was found. */
  readonly headerRow: number;
  /** Rules that hit `maxFindingsPerRule` and stopped reporting. */
  readonly truncated: RuleId[];
  readonly cells: number;
}

interface Collected {
  readonly findings: Finding[];
  readonly truncated: RuleId[];
  /** Findings per rule over the sheet's tables, against maxFindingsPerRule. */
  readonly counts: Map<RuleId, number>;
}

/** Runs the enabled rules on one table of a sheet, adding to what the sheet's other tables found. */
function checkTable(
  grid: SheetGrid,
  sheet: SheetGrid,
  table: TableShape,
  settings: CheckSettings,
  today: number,
  out: Collected,
): void {
  const input: RuleInput = {
    grid,
    sheet,
    table,
    columns: describeColumns(grid, table),
    dataRows: markDataRows(grid, table),
    today,
  };
  const enabled = new Set<RuleId>(settings.rules ?? RULE_IDS);
  for (const { rule, settings: ruleSettings } of ruleTable(settings)) {
    if (!enabled.has(rule.id) || !ruleSettings.enabled) continue;
    const severity = ruleSettings.severity ?? rule.defaultSeverity;
    const seen = new Set<number>();
    rule.run(
      input,
      ruleSettings as never,
      (row: number, col: number, key: CheckMessageKey, params: MessageParams = {}) => {
        const at = row * grid.cols + col;
        if (seen.has(at)) return;
        const count = out.counts.get(rule.id) ?? 0;
        if (count >= settings.maxFindingsPerRule) {
          if (!out.truncated.includes(rule.id)) out.truncated.push(rule.id);
          return;
        }
        seen.add(at);
        out.counts.set(rule.id, count + 1);
        out.findings.push({
          rule: rule.id,
          severity,
          sheet: grid.name,
          row: sheetRow(grid, row),
          col: sheetCol(grid, col),
          cell: cellAddress(sheetRow(grid, row), sheetCol(grid, col)),
          value: cellValue(grid, row, col),
          key,
          params,
        });
      },
    );
  }
}

/**
 * Runs the enabled rules on one sheet (or table) as read. Pure: the same grid, settings and
 * day give the same findings, sorted by row, column and rule.
 * @param today the day "overdue" is judged against, as a date serial.
 */
export function checkSheet(grid: SheetGrid, settings: CheckSettings, today: number): CheckResult {
  const findings: Finding[] = [];
  const truncated: RuleId[] = [];
  const counts = new Map<RuleId, number>();
  let headerRow = 0;
  for (const part of findTables(grid)) {
    const wanted = settings.headerRow === undefined ? -1 : gridRow(part, settings.headerRow - 1);
    const table = withoutHeaderParameters(part, detectTable(part, wanted >= 0 ? wanted : undefined));
    if (headerRow === 0 && table.headerRow >= 0) headerRow = sheetRow(part, table.headerRow) + 1;
    checkTable(part, grid, table, settings, today, { findings, truncated, counts });
  }
  const order = new Map(RULE_IDS.map((id, k) => [id, k]));
  findings.sort((a, b) => a.row - b.row || a.col - b.col || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0));
  return {
    sheet: grid.name,
    findings,
    headerRow,
    truncated,
    cells: grid.rows * grid.cols,
  };
}
