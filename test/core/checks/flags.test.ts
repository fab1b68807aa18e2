import {
  coalesce,
  decodeFlagState,
  encodeFlagState,
  flagReadRequests,
  FLAG_FILLS,
  NOTE_MARKER,
  planClearFlags,
  planFlags,
  STATE_SHEET,
  userNote,
  type FlagState,
} from "../../../src/core/checks";
import type { PlanCell, SheetPlan } from "../../../src/core/plan";
import { check } from "./helpers";

const rows = [
  ["渠道", "曝光量", "点击量"],
  ["A", 1000, 1200],
  ["B", null, 50],
  ["C", 900, 90],
];

describe("coalesce", () => {
  it("joins runs along rows, then stacks equal spans", () => {
    const cells = [
      { row: 1, col: 1 },
      { row: 2, col: 1 },
      { row: 3, col: 1 },
      { row: 1, col: 2 },
      { row: 2, col: 2 },
      { row: 3, col: 2 },
      { row: 5, col: 0 },
    ];
    expect(coalesce(cells)).toEqual(["B2:C4", "A6"]);
    expect(
      coalesce([
        { row: 0, col: 0 },
        { row: 0, col: 2 },
      ]),
    ).toEqual(["A1", "C1"]);
  });
});

describe("flag state", () => {
  it("round-trips through the rows of its sheet, telling no note from an empty one", () => {
    const state: FlagState = {
      reportSheet: "Data checks",
      cells: [
        { sheet: "Data", cell: "B2", fill: "#92D050", note: "mine" },
        { sheet: "Data", cell: "C3", fill: null, note: null },
        { sheet: "Data", cell: "D4", fill: null, note: "" },
      ],
    };
    const rows = encodeFlagState(state) as unknown[][];
    expect(decodeFlagState(rows)).toEqual({ ...state, rows: rows.length });
    expect(decodeFlagState([["something else"], []])).toBeUndefined();
  });
  it("keeps the user's part of a note", () => {
    expect(userNote(`mine\n\n${NOTE_MARKER} x`)).toBe("mine");
    expect(userNote(`${NOTE_MARKER} x`)).toBeNull();
    expect(userNote("mine")).toBe("mine");
  });
});

function sheet(plan: { sheets: readonly SheetPlan[] }, name: string): SheetPlan | undefined {
  return plan.sheets.find((s) => ("existing" in s.target ? s.target.existing : s.target.create) === name);
}

describe("planFlags", () => {
  const findings = check(rows);
  it("fills by severity, notes every message, writes no value of the data sheet", () => {
    const plan = planFlags({
      findings,
      checked: ["Data"],
      current: [],
      previous: undefined,
      sheets: ["Data"],
      locale: "en-US",
    });
    const data = sheet(plan, "Data")!;
    expect(data.cells).toBeUndefined();
    expect(data.formats).toEqual([{ ranges: ["C2", "B3"], format: { fill: FLAG_FILLS.error } }]);
    expect(data.notes?.map((n) => n.cell)).toEqual(["C2", "B3"]);
    expect(data.notes?.[0].text).toMatch(new RegExp(`^\\${NOTE_MARKER} `));
    const report = sheet(plan, "Data checks")!;
    expect(report.cells?.[0].rows).toHaveLength(2 + findings.length);
    expect(report.hyperlinks?.map((h) => h.to)).toEqual(findings.map((f) => ({ sheet: "Data", cell: f.cell })));
    expect(sheet(plan, STATE_SHEET)?.visibility).toBe("veryHidden");
  });
  it("keeps a user's note and fill under the flag, replacing an existing note in two steps", () => {
    const current = [{ sheet: "Data", cells: [{ cell: "C2", format: { fill: "#92D050" }, note: "mine" }] }];
    const plan = planFlags({
      findings,
      checked: ["Data"],
      current,
      previous: undefined,
      sheets: ["Data"],
      locale: "en-US",
    });
    const notes = sheet(plan, "Data")!.notes!.filter((n) => n.cell === "C2");
    expect(notes[0]).toEqual({ cell: "C2", text: null });
    expect(notes[1].text).toMatch(/^mine\n\n\[Campaign Scorecard\]/);
    const state = decodeFlagState(sheet(plan, STATE_SHEET)!.cells![0].rows as PlanCell[][] as unknown[][]);
    expect(state?.cells.find((c) => c.cell === "C2")).toEqual({
      sheet: "Data",
      cell: "C2",
      fill: "#92D050",
      note: "mine",
    });
  });
  it("a second run restores what the first replaced, not its own flags, and removes the old sheets", () => {
    const first = planFlags({
      findings,
      checked: ["Data"],
      current: [],
      previous: undefined,
      sheets: ["Data"],
      locale: "en-US",
    });
    const previous = decodeFlagState(sheet(first, STATE_SHEET)!.cells![0].rows as unknown[][]);
    const fixed = findings.filter((f) => f.cell !== "B3");
    const current = flagReadRequests(fixed, undefined, previous, ["Data"]);
    expect(current).toEqual([{ sheet: "Data", ranges: ["C2", "B3"] }]);
    const looks = [
      {
        sheet: "Data",
        cells: ["C2", "B3"].map((cell) => ({ cell, format: { fill: FLAG_FILLS.error }, note: `${NOTE_MARKER} old` })),
      },
    ];
    const second = planFlags({
      findings: fixed,
      checked: ["Data"],
      current: looks,
      previous,
      sheets: ["Data", "Data checks", STATE_SHEET],
      locale: "en-US",
    });
    // The old report goes; the state is written over first, before any flag changes.
    expect(second.removeSheets).toEqual(["Data checks"]);
    expect(second.sheets[0]).toMatchObject({ target: { existing: STATE_SHEET }, visibility: "veryHidden" });
    const data = sheet(second, "Data")!;
    expect(data.formats).toEqual([
      { ranges: ["B3"], format: { fill: null } },
      { ranges: ["C2"], format: { fill: FLAG_FILLS.error } },
    ]);
    expect(data.notes).toEqual([
      { cell: "B3", text: null },
      { cell: "C2", text: null },
      { cell: "C2", text: expect.stringMatching(/^\[Campaign Scorecard\] /) },
    ]);
    const state = decodeFlagState(sheet(second, STATE_SHEET)!.cells![0].rows as unknown[][]);
    // B3, whose flag is being put back, keeps its record until these writes are done (the next run drops it).
    expect(state?.cells).toEqual([
      { sheet: "Data", cell: "C2", fill: null, note: null },
      { sheet: "Data", cell: "B3", fill: null, note: null },
    ]);
  });
  it("caps the flags and says how many findings there were", () => {
    const plan = planFlags({
      findings,
      checked: ["Data"],
      current: [],
      previous: undefined,
      sheets: ["Data"],
      locale: "zh-CN",
      maxFlags: 1,
    });
    expect(sheet(plan, "Data")!.notes).toHaveLength(1);
    const title = sheet(plan, "数据核验")!.cells![0].rows[0][0];
    expect(title).toContain(String(findings.length));
  });
});

describe("planClearFlags", () => {
  it("restores each cell and drops the report and state sheets", () => {
    const previous: FlagState = {
      reportSheet: "Data checks",
      cells: [
        { sheet: "Data", cell: "B2", fill: "#92D050", note: "mine" },
        { sheet: "Data", cell: "C3", fill: null, note: null },
      ],
    };
    const plan = planClearFlags(previous, ["Data", "Data checks", STATE_SHEET]);
    expect(plan.removeSheets).toEqual(["Data checks", STATE_SHEET]);
    expect(plan.sheets[0].formats).toEqual([
      { ranges: ["B2"], format: { fill: "#92D050" } },
      { ranges: ["C3"], format: { fill: null } },
    ]);
    expect(plan.sheets[0].notes).toEqual([
      { cell: "B2", text: null },
      { cell: "B2", text: "mine" },
      { cell: "C3", text: null },
    ]);
    expect(planClearFlags(undefined, ["Data"])).toEqual({ sheets: [] });
  });
});
