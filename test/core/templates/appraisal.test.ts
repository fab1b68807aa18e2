import { score } from "../../../src/core/appraisal";
import { columnLetter, type PlanCell } from "../../../src/core/plan";
import {
  buildTemplateSheet,
  buildTemplatesPlan,
  expandFormula,
  findTemplate,
  templateLayout,
} from "../../../src/core/templates";
import { appraisal } from "../../../src/core/templates/definitions/appraisal";
import { evaluationSummary } from "../../../src/core/templates/definitions/evaluation-summary";
import { templateSchema } from "../../../src/core/templates/schema";
import { t } from "../../../src/i18n/catalog";

const def = findTemplate("appraisal")!;
const opts = { locale: "en-US" as const, sample: true };

/** The appraisal sheet's body as core wrote it: values, and formulas' cached results. */
function body() {
  const sheet = buildTemplateSheet(def, opts);
  const rows = sheet.cells![0].rows.slice(1);
  const layout = templateLayout(def, opts);
  const value = (cell: PlanCell | undefined): unknown =>
    cell !== null && typeof cell === "object" ? ("result" in cell ? cell.result : cell) : cell;
  return { sheet, layout, v: (key: string, i: number) => value(rows[i][layout.columns.get(key)!]), n: rows.length };
}

describe("appraisal template as data", () => {
  it("rejects a formula naming a panel cell that does not exist, or any panel cell without a panel", () => {
    const bad = {
      ...appraisal,
      columns: appraisal.columns.map((c) => (c.key === "multiplier" ? { ...c, formula: "={@ladder}" } : c)),
    };
    expect(templateSchema.safeParse(bad).success).toBe(false);
    const noPanel = {
      ...evaluationSummary,
      columns: evaluationSummary.columns.map((c) => (c.key === "yoy" ? { ...c, formula: "={@cap}" } : c)),
    };
    expect(templateSchema.safeParse(noPanel).success).toBe(false);
  });

  it("expands {key[^]} to the column from its first data row down to the formula's row", () => {
    const layout = templateLayout(def, opts);
    expect(
      expandFormula("=COUNTIF({person[^]},{person})", {
        ...layout,
        row: 5,
        locale: "en-US",
        table: def.tableName,
        headers: new Map(),
      }),
    ).toBe("=COUNTIF($A$2:A5,A5)");
  });

  it("puts the panel right of the table, one empty column between, below a blank first row", () => {
    const { sheet, layout } = body();
    const first = columnLetter(def.columns.length + 1);
    const panelBlocks = sheet.cells!.filter((b) => b.at.startsWith(first));
    expect(panelBlocks.map((b) => b.at)).toEqual([`${first}2`, `${first}8`, `${first}16`]);
    expect(layout.tableRange).toBe(`A1:${columnLetter(def.columns.length - 1)}${layout.lastDataRow}`);
    const formulas = JSON.stringify(sheet.cells![0].rows);
    expect(formulas).toContain(`LOOKUP(R2,$${first}$4:$${first}$6,`);
  });

  it("caches core's score for each person on the first row, blank on the others", () => {
    const { v, n } = body();
    const seen = new Set<unknown>();
    let people = 0;
    for (let i = 0; i < n; i++) {
      const person = v("person", i);
      if (person === null || seen.has(person)) {
        expect([i, v("quantScore", i)]).toEqual([i, ""]);
        continue;
      }
      seen.add(person);
      people++;
      const rows = [...Array(n).keys()].filter((k) => v("person", k) === person);
      const col = (f: (k: number) => unknown) => rows.map((k) => [f(k)]);
      const expected = score(
        col((k) => v("actual", k)),
        col((k) => v("revisedTarget", k) ?? v("target", k)),
        col((k) => v("weightUsed", k)),
        col((k) => v("direction", k)),
        1.5,
        col((k) => v("incubation", k)),
      );
      expect([person, v("quantScore", i)]).toEqual([person, expect.closeTo(expected as number, 12)]);
    }
    expect(people).toBe(5);
  });

  it("links the campaign's qualitative score to the scorecard only when that sheet is generated too", () => {
    const cached = (ids: string[]) => {
      const plan = buildTemplatesPlan(ids, { locale: "zh-CN", sample: true });
      const sheet = plan.sheets.find((s) => "create" in s.target && s.target.create === t("zh-CN", def.sheet))!;
      const cells = sheet.cells!.flatMap((b) => b.rows.flat());
      const campaign = cells.find(
        (c) => c !== null && typeof c === "object" && "formula" in c && c.formula.includes("INDIRECT"),
      );
      return campaign && typeof campaign === "object" && "result" in campaign ? campaign.result : undefined;
    };
    expect(cached(["appraisal"])).toBe("");
    expect(cached(["qualitative-scorecard", "appraisal"])).toBeCloseTo(0.3 * 4 + 0.25 * 3 + 0.2 * 4 + 0.25 * 5, 12);
  });
});
