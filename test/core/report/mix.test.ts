import { t } from "../../../src/i18n/catalog";
import type { Locale } from "../../../src/i18n/locale";
import { attribute, journeysFromPaths, parseAttributionOptions, type ModelName } from "../../../src/core/attribution";
import { attributionReportPlan } from "../../../src/core/attribution/report";
import { attributionTable } from "../../../src/core/attribution/table";
import { cohortMatrix } from "../../../src/core/analysis/cohort";
import { repurchase } from "../../../src/core/analysis/repurchase";
import { isCellError } from "../../../src/core/errors";
import { parseCellAddress } from "../../../src/core/sheet";
import { dateSerial } from "../../../src/core/plan/dates";
import type { PlanCell, SheetPlan } from "../../../src/core/plan/types";
import { reportFacts } from "../../../src/core/report/facts";
import { buildReportPlan } from "../../../src/core/report/plan";
import { findSources } from "../../../src/core/report/sources";
import { buildSheet, ymdToSerial, type RawCell, type SheetGrid } from "../../../src/core/sheet";
import { buildCohortSheet, cohortSampleOrders, COHORT_SIZE } from "../../../src/core/templates/analysis/cohort";
import { attributionDemoSheet } from "../../../src/core/templates/demo";

const TODAY = ymdToSerial(2026, 11, 24);

/** A generated sheet as Excel shows it: every formula replaced by its cached result. */
function asGrid(name: string, plan: SheetPlan): SheetGrid {
  const rows: RawCell[][] = [];
  for (const block of plan.cells ?? []) {
    const at = parseCellAddress(block.at);
    if (!at) throw new Error(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((v: PlanCell, c) => {
        const row = (rows[at.row + r] ??= []);
        row[at.col + c] =
          v === null || typeof v !== "object"
            ? v
            : "date" in v
              ? dateSerial(v.date)
              : typeof v.result === "object"
                ? { error: v.result.error }
                : v.result;
      }),
    );
  }
  return buildSheet(
    name,
    Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)),
  );
}

const PATHS = ["Search", "Social > Search", "Feed > Search", "Social > Email > Search", "Social > Feed", "Email"];
const journeys = journeysFromPaths({ paths: PATHS, conversions: [40, 30, 25, 15, 12, 8] });
if (isCellError(journeys)) throw new Error(journeys.message);
function core(model: ModelName) {
  const options = parseAttributionOptions({ model });
  if (isCellError(options)) throw new Error(options.message);
  const result = attribute(journeys as Exclude<typeof journeys, { error: string }>, options);
  if (isCellError(result)) throw new Error(result.message);
  return result;
}

const report = (grids: SheetGrid[], locale: Locale = "en-US") => {
  const facts = reportFacts(findSources(grids), TODAY, grids);
  return { facts, sheet: buildReportPlan(facts, { locale, stamp: "x" }).sheets[0] };
};
const texts = (sheet: SheetPlan) =>
  (sheet.cells?.[0].rows ?? []).flat().filter((c): c is string => typeof c === "string");

describe("the attribution block", () => {
  it("finds the sample sheet's conversions per model beside its longer paths table, in both languages", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const grid = asGrid("Attribution", attributionDemoSheet(locale));
      const { facts, sheet } = report([grid], locale);
      const a = facts.attribution;
      if (!a) throw new Error("no attribution found");
      expect(a.columns.map((c) => c.name)).toEqual(
        (["first", "last", "linear", "markov"] as const).map((m) => t(locale, `attr.model.${m}`)),
      );
      // The most data-driven model is the one drawn.
      expect(a.columns[a.drawn].name).toBe(t(locale, "attr.model.markov"));
      expect(a.channels).toHaveLength(4);
      // Each model's shares add up to the whole.
      for (const [k] of a.columns.entries()) {
        const sum = a.channels.reduce((s, c) => s + (c.shares[k] ?? 0), 0);
        expect(sum).toBeCloseTo(1, 12);
      }
      const chart = sheet.charts?.find((c) => c.kind === "doughnut");
      expect(chart?.title).toBe(t(locale, "rpt.attr.chart", { model: t(locale, "attr.model.markov") }));
      // The table's header names the model without its parenthetical, to fit the column.
      expect(texts(sheet)).toContain(locale === "zh-CN" ? "马尔可夫" : "Markov");
      // The doughnut's series is the Markov column of the report's table, labelled by its channels.
      expect(chart?.data).toMatch(/^E\d+:E\d+$/);
      expect(chart?.categories).toMatch(/^A\d+:A\d+$/);
    }
  });

  it("gives each channel core's share of each model, as formulas on the source cells", () => {
    const models: ModelName[] = ["first", "last", "linear", "markov"];
    const results = models.map(core);
    const channels = results[0].channels.map((c) => c.channel);
    const grid = buildSheet("Credit", [
      [
        t("en-US", "tpl.col.path"),
        null,
        null,
        null,
        t("en-US", "attribution.header.channel"),
        ...models.map((m) => t("en-US", `attr.model.${m}`)),
      ],
      ...channels.map((ch, i) => [
        PATHS[i] ?? null,
        null,
        null,
        null,
        ch,
        ...results.map((r) => r.channels.find((c) => c.channel === ch)?.conversions ?? 0),
      ]),
      ...PATHS.slice(channels.length).map((p) => [p]),
    ]);
    const { facts, sheet } = report([grid]);
    const a = facts.attribution;
    if (!a) throw new Error("no attribution found");
    expect(a.channels.map((c) => c.channel)).toEqual(channels);
    a.channels.forEach((c) =>
      models.forEach((_, k) =>
        expect(c.shares[k]).toBeCloseTo(results[k].channels.find((x) => x.channel === c.channel)?.share ?? NaN, 12),
      ),
    );
    const cells = (sheet.cells?.[0].rows ?? []).flat();
    expect(cells).toContainEqual({
      formula: '=IFERROR(Credit!I2/SUM(Credit!I2:I5),"")',
      result: a.channels[0].shares[3],
    });
    expect(cells).toContainEqual({ formula: "=Credit!E2", result: channels[0] });
    const top = [...a.channels].sort((x, y) => (y.shares[3] ?? 0) - (x.shares[3] ?? 0))[0];
    expect(texts(sheet)).toContain(
      t("en-US", "rpt.attr.top", {
        model: t("en-US", "attr.model.markov"),
        sheet: "Credit",
        top: top.channel,
        share: `${((top.shares[3] ?? 0) * 100).toFixed(1)}%`,
      }),
    );
  });

  it("reads MKT.ATTRIBUTE's result table by its Share column, as it is", () => {
    const result = core("linear");
    const grid = buildSheet("Spill", attributionTable(result, "zh-CN"));
    const { facts, sheet } = report([grid], "zh-CN");
    expect(facts.attribution?.columns).toEqual([
      { name: t("zh-CN", "attribution.header.share"), col: 3, isShare: true },
    ]);
    expect(facts.attribution?.channels.map((c) => c.shares[0])).toEqual(result.channels.map((c) => c.share));
    expect((sheet.cells?.[0].rows ?? []).flat()).toContainEqual({
      formula: '=IF(ISNUMBER(Spill!D2),Spill!D2,"")',
      result: result.channels[0].share,
    });
    // A bare spill does not say which model made it: the sentence does not name one.
    expect(facts.attribution?.model).toBeUndefined();
    expect(texts(sheet)).toContain(
      t("zh-CN", "rpt.attr.topUnnamed", {
        sheet: "Spill",
        top: result.channels[0].channel,
        share: `${(result.channels[0].share * 100).toFixed(1)}%`,
      }),
    );
  });

  it("names the model the attribution sheet states beside its result", () => {
    const result = core("markov");
    const plan = attributionReportPlan(result, "en-US", {
      source: "paths.csv",
      modelLabel: "Markov (removal effect) (1)",
      labels: {
        sheet: "Attribution",
        model: t("en-US", "attr.meta.model"),
        source: "Source",
        total: "Total",
        chart: "c",
      },
    });
    const { facts, sheet } = report([asGrid("Attribution", plan.sheets[0])]);
    expect(facts.attribution?.model).toBe("Markov (removal effect) (1)");
    expect(sheet.charts?.find((c) => c.kind === "doughnut")?.title).toBe(
      t("en-US", "rpt.attr.chart", { model: "Markov (removal effect) (1)" }),
    );
  });

  it("is absent without an attribution table, and never reads a previous report", () => {
    const channelsOnly = buildSheet("Channels", [
      [t("en-US", "attribution.header.channel"), "Spend"],
      ["Search", 100],
    ]);
    expect(report([channelsOnly]).facts.attribution).toBeUndefined();
    expect(report([channelsOnly]).sheet.charts?.some((c) => c.kind === "doughnut")).toBe(false);
    const real = asGrid("Attribution", attributionDemoSheet("en-US"));
    const old = buildSheet(t("en-US", "rpt.sheet"), [
      [t("en-US", "attribution.header.channel"), t("en-US", "attr.model.markov")],
      ["Old", 1],
    ]);
    expect(report([old, real]).facts.attribution?.sheet).toBe("Attribution");
  });
});

describe("the cohort block", () => {
  const orders = cohortSampleOrders();
  const matrix = cohortMatrix(orders, "month", COHORT_SIZE);

  it("reads the matrix beside the order rows; its weighted averages are core's", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const grid = asGrid("Cohorts", buildCohortSheet({ locale, sample: true }));
      const { facts, sheet } = report([grid], locale);
      const c = facts.cohort;
      if (!c) throw new Error("no cohort found");
      expect(c.cohorts.map((x) => x.size)).toEqual(matrix.rows.map((r) => r.size));
      c.average.forEach((a, k) => {
        const expected = matrix.averages[k];
        if (expected === undefined) expect(a).toBeNull();
        else expect(a).toBeCloseTo(expected, 12);
      });
      expect(c.periods[1]).toBe(t(locale, "cohort.header.month", { k: 1 }));
      // The repeat-purchase rate is read from the panel under the matrix: core's rate.
      expect(c.repeatRate).toBeCloseTo(repurchase(orders, orders.first, orders.last).all.rate as number, 12);
      const first = (matrix.averages[1] ?? NaN) * 100;
      expect(texts(sheet).some((s) => s.includes(`${first.toFixed(1)}%`))).toBe(true);
      // The copy of the matrix is coloured as a heat map, and points at the source cells.
      expect(sheet.colorScales).toHaveLength(1);
      expect((sheet.cells?.[0].rows ?? []).flat()).toContainEqual({
        formula: '=IF(Cohorts!J3="","",Cohorts!J3)',
        result: (matrix.rows[1].counts[1] ?? NaN) / matrix.rows[1].size,
      });
    }
  });

  it("is absent without a cohort matrix", () => {
    const { facts, sheet } = report([
      buildSheet("x", [
        ["Cohort", "Other"],
        [1, 2],
      ]),
    ]);
    expect(facts.cohort).toBeUndefined();
    expect(sheet.colorScales).toBeUndefined();
  });
});
