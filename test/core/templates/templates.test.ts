import { t } from "../../../src/i18n/catalog";
import { parseRange, rangeSize } from "../../../src/core/plan";
import type { PlanCell, SheetPlan } from "../../../src/core/plan";
import {
  buildTemplateSheet,
  buildTemplatesPlan,
  expandFormula,
  formulaString,
  findTemplate,
  resolveTemplateIds,
  TEMPLATE_IDS,
  TEMPLATES,
  UnknownTemplateError,
} from "../../../src/core/templates";
import { templateSchema } from "../../../src/core/templates/schema";
import { evaluationSummary } from "../../../src/core/templates/definitions/evaluation-summary";

const headerRow = (sheet: SheetPlan): PlanCell[] => [...(sheet.cells?.[0].rows[0] ?? [])];

describe("template registry", () => {
  it("has the nine table templates and the five analysis ones, with kebab-case ids", () => {
    expect(TEMPLATE_IDS).toEqual([
      "evaluation-plan",
      "metric-collection",
      "metric-matrix",
      "evaluation-summary",
      "qualitative-scorecard",
      "channel-efficiency",
      "ab-test",
      "action-tracking",
      "appraisal",
      "funnel",
      "decay",
      "cohort",
      "did",
      "monitor",
    ]);
  });
  it("expands all, drops duplicates and rejects unknown ids naming the valid ones", () => {
    expect(resolveTemplateIds(["all"])).toEqual(TEMPLATE_IDS);
    expect(resolveTemplateIds(["channel-efficiency", "channel-efficiency"])).toEqual(["channel-efficiency"]);
    expect(() => resolveTemplateIds(["evaluation-sumary"])).toThrow(UnknownTemplateError);
    expect(() => resolveTemplateIds(["nope"])).toThrow(
      /valid: evaluation-plan, .*action-tracking, appraisal, funnel, decay, cohort, did, monitor, all/,
    );
  });
  it("rejects a definition whose formula names a missing column or text", () => {
    const bad = {
      ...evaluationSummary,
      columns: evaluationSummary.columns.map((c) => (c.key === "yoy" ? { ...c, formula: "=({actul}-{prevYear})" } : c)),
    };
    expect(templateSchema.safeParse(bad).success).toBe(false);
    const badText = {
      ...evaluationSummary,
      highlights: [{ columns: ["achievement"], tone: "good" as const, formula: "={$actual}={#tpl.no.such}" }],
    };
    expect(templateSchema.safeParse(badText).success).toBe(false);
    const badCompute = {
      ...evaluationSummary,
      columns: evaluationSummary.columns.map((c) =>
        c.key === "yoy" ? { ...c, compute: { fn: "growth" as const, args: ["actual"] } } : c,
      ),
    };
    expect(templateSchema.safeParse(badCompute).success).toBe(false);
    const noCompute = {
      ...evaluationSummary,
      columns: evaluationSummary.columns.map((c) => (c.key === "yoy" ? { ...c, compute: undefined } : c)),
    };
    expect(templateSchema.safeParse(noCompute).success).toBe(false);
    const badChoice = { ...evaluationSummary, sample: [{ direction: { choice: 5 } }] };
    expect(templateSchema.safeParse(badChoice).success).toBe(false);
  });
});

describe("headers in both languages", () => {
  it("keeps the process documents' Chinese headers", () => {
    const zh = (id: string) => headerRow(buildTemplateSheet(findTemplate(id)!, { locale: "zh-CN", sample: false }));
    expect(zh("evaluation-plan")).toEqual(
      expect.arrayContaining(["评估主题", "活动周期", "核心目标", "评估周期", "负责人", "数据来源", "关键指标"]),
    );
    expect(zh("metric-collection")).toEqual([
      "指标名称",
      "数据来源",
      "采集方式",
      "采集频率",
      "负责人",
      "数据状态",
      "备注(数据口径)",
    ]);
    expect(zh("evaluation-summary")).toEqual(
      expect.arrayContaining(["指标", "目标值", "实际值", "达成率", "同比变化", "环比变化", "异常分析", "归因洞察"]),
    );
    expect(zh("action-tracking")).toEqual([
      "优化项",
      "具体措施",
      "责任人",
      "计划完成时间",
      "完成状态",
      "效果验证(下次评估指标)",
    ]);
    expect(zh("metric-matrix")).toEqual(["目标层", "结果层指标", "过程层指标"]);
  });
  it("has an English header for every column, different from the Chinese", () => {
    for (const def of TEMPLATES) {
      const en = headerRow(buildTemplateSheet(def, { locale: "en-US", sample: false }));
      const zh = headerRow(buildTemplateSheet(def, { locale: "zh-CN", sample: false }));
      expect(en).toHaveLength(def.columns.length);
      // Only the acronyms (ROI, ROAS) read the same in both languages.
      const same = en.filter((h, i) => h === zh[i]);
      expect(same.every((h) => h === "ROI" || h === "ROAS")).toBe(true);
      expect(new Set(en).size).toBe(en.length);
    }
  });
});

describe("a template's sheet plan", () => {
  const options = [
    { locale: "zh-CN", sample: true },
    { locale: "en-US", sample: false },
  ] as const;
  it.each(options)("covers the table with header and data rows, formulas in every computed cell (%o)", (opt) => {
    for (const def of TEMPLATES) {
      const sheet = buildTemplateSheet(def, opt);
      const table = sheet.tables?.[0];
      const size = rangeSize(parseRange(table!.range));
      const rows = sheet.cells![0].rows;
      expect(size.cols).toBe(def.columns.length);
      expect(rows.length).toBeGreaterThanOrEqual(size.rows);
      const expectedData = (opt.sample ? def.sample.length : def.preset.length) + def.blankRows;
      expect(size.rows - 1).toBe(Math.max(1, expectedData));
      def.columns.forEach((c, i) => {
        for (const row of rows.slice(1, size.rows)) {
          const cell = row[i];
          if (c.kind === "computed")
            expect(cell).toEqual({ formula: expect.stringMatching(/^=/), result: expect.anything() });
          else expect(cell === null || typeof cell !== "object" || !("formula" in cell)).toBe(true);
        }
      });
      expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
      expect("create" in sheet.target && sheet.target.create).toBe(t(opt.locale, def.sheet));
    }
  });
  it("puts a drop-down on every status and direction column, in the sheet's language", () => {
    const summary = buildTemplateSheet(findTemplate("evaluation-summary")!, { locale: "zh-CN", sample: true });
    expect(summary.validations).toContainEqual(
      expect.objectContaining({ range: "C2:C9", rule: { kind: "list", choices: ["越高越好", "越低越好"] } }),
    );
    const actions = buildTemplateSheet(findTemplate("action-tracking")!, { locale: "en-US", sample: false });
    expect(actions.validations).toContainEqual(
      expect.objectContaining({
        range: "E2:E9",
        rule: { kind: "list", choices: ["Not started", "In progress", "Done"] },
      }),
    );
    const collection = buildTemplateSheet(findTemplate("metric-collection")!, { locale: "zh-CN", sample: false });
    expect(collection.validations?.[0].rule).toEqual({ kind: "list", choices: ["已采集", "待验证"] });
  });
  it("has drop-down choices Excel can list (no commas) in both languages", () => {
    for (const def of TEMPLATES) {
      for (const c of def.columns) {
        for (const key of c.choices ?? []) {
          for (const locale of ["en-US", "zh-CN"] as const) expect(t(locale, key)).not.toMatch(/[,，]/);
        }
      }
    }
  });
  it("colours achievement by base and challenge level with row-relative formulas", () => {
    const summary = buildTemplateSheet(findTemplate("evaluation-summary")!, { locale: "en-US", sample: true });
    const onAchievement = summary.conditionalFormats!.filter((cf) => cf.range === "H2:H9");
    expect(onAchievement.map((cf) => cf.format.fill)).toEqual(["#C6EFCE", "#FFEB9C", "#FFC7CE"]);
    for (const cf of onAchievement) expect(cf.formula).toMatch(/\$G2/);
    expect(onAchievement[0].formula).toContain('$C2="lower"');
  });
  it("keeps sample text as text, even when it starts like a formula", () => {
    const plan = buildTemplatesPlan(["all"], { locale: "zh-CN", sample: true });
    const texts = plan.sheets
      .flatMap((s) => (s.cells ?? []).flatMap((b) => b.rows.flat()))
      .filter((c): c is string => typeof c === "string");
    expect(texts).toContain("7.1-7.31");
    expect(plan.sheets[0].activate).toBe(true);
    expect(plan.sheets.slice(1).every((s) => !s.activate)).toBe(true);
  });
});

describe("formula placeholders", () => {
  const ctx = {
    columns: new Map([
      ["actual", 6],
      ["direction", 2],
    ]),
    row: 5,
    firstDataRow: 2,
    lastDataRow: 9,
    locale: "zh-CN" as const,
    table: "EvaluationSummary",
    headers: new Map([
      ["actual", "实际值"],
      ["direction", "方向 [#]"],
    ]),
  };
  it("become same-row references, fixed-column references, structured references and quoted texts", () => {
    expect(expandFormula("={actual}+{$actual}+SUM({actual[]})", ctx)).toBe("=G5+$G5+SUM(EvaluationSummary[[实际值]])");
    expect(expandFormula("=COUNTA({direction[]})", ctx)).toBe("=COUNTA(EvaluationSummary[[方向 '['#']]])");
    expect(expandFormula("=IF({direction}={#tpl.choice.lower},1,0)", ctx)).toBe('=IF(C5="越低越好",1,0)');
  });
  it("doubles quotes inside text constants", () => {
    expect(formulaString('say "hi"')).toBe('"say ""hi"""');
  });
});

describe("the core's public surface", () => {
  it("exports templates and plan helpers for library users", async () => {
    const core = await import("../../../src/core");
    expect(core.TEMPLATE_IDS).toEqual(TEMPLATE_IDS);
    const plan = core.buildDemoPlan("en-US");
    expect(plan.sheets.map((s) => ("create" in s.target ? s.target.create : ""))).toContain("Attribution");
    expect(core.freeSheetName("Plan", ["Plan"])).toBe("Plan (2)");
  });
});
