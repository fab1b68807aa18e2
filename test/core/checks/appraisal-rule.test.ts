import { at, check } from "./helpers";

const HEADER = ["人员/团队", "指标", "权重", "目标值(原)", "修正目标值", "修正原因", "实际值", "培育期"];
const rows = (...data: (string | number | null)[][]) => [HEADER, ...data];
const only = { rules: ["appraisal" as const] };

describe("appraisal rule", () => {
  it("is silent on a clean appraisal: weights add up per person, revisions have reasons, incubation ROI has no weight", () => {
    const clean = rows(
      ["李娜", "曝光量", 0.4, 1000000, null, null, 1150000, "否"],
      ["李娜", "新增付费用户数", 0.6, 5000, 4500, "竞品分流", 4200, "否"],
      ["销售一部", "销售额", 1, 300, null, null, 330, "否"],
      ["销售一部", "ROI", 0, 1.5, null, null, 0.4, "是"],
    );
    expect(check(clean, only)).toEqual([]);
  });
  it("reports a person whose weights do not add up to 100%, once, at the first row's weight", () => {
    const findings = check(
      rows(["王强", "销售额", 0.6, 100, null, null, 120, "否"], ["王强", "获客成本", 0.5, 40, null, null, 30, "否"]),
      only,
    );
    expect(at(findings)).toEqual(["appraisal@C2"]);
    expect(findings[0]).toMatchObject({ key: "check.weightSum", params: { person: "王强", sum: "110%" } });
  });
  it("reports a revised target without a reason, at the revised target", () => {
    const findings = check(rows(["李娜", "新增付费用户数", 1, 5000, 4500, null, 4200, "否"]), only);
    expect(at(findings)).toEqual(["appraisal@E2"]);
    expect(findings[0]).toMatchObject({
      key: "check.revisionNoReason",
      params: { metric: "新增付费用户数", value: "4500" },
    });
  });
  it("reports an ROI in its incubation period that still carries a weight", () => {
    const findings = check(
      rows(
        ["销售一部", "销售额", 0.7, 300, null, null, 330, "否"],
        ["销售一部", "ROI", 0.3, 1.5, null, null, 0.4, "是"],
      ),
      only,
    );
    expect(at(findings)).toEqual(["appraisal@C3"]);
    expect(findings[0]).toMatchObject({ key: "check.incubationCounted", params: { metric: "ROI" } });
  });
  it("with a counted column, judges by it: counted is reported, blank is not", () => {
    const header = ["Person / team", "KPI", "Weight", "Target", "Actual", "Incubation period", "Counted (capped)"];
    const findings = check(
      [
        header,
        ["Sales", "Sales revenue", 0.7, 300, 330, "No", 1.1],
        ["Sales", "ROI", 0.3, 1.5, 0.4, "Yes", 0.27],
        ["Other", "Sales revenue", 0.7, 300, 330, "No", 1.1],
        ["Other", "ROI", 0.3, 1.5, 0.4, "Yes", null],
      ],
      only,
    );
    expect(at(findings)).toEqual(["appraisal@G3"]);
  });
  it("says nothing about weights on a sheet without a person column", () => {
    expect(
      check(
        [
          ["指标", "权重"],
          ["a", 0.5],
          ["b", 0.2],
        ],
        only,
      ),
    ).toEqual([]);
  });
});
