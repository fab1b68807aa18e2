import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { Finding } from "../../src/core/checks";
import { ServicesProvider } from "../../src/taskpane/context";
import type { CheckProgress, CheckServices, HostServices } from "../../src/taskpane/services";
import { CheckView, FindingsList, groupByRule, progressText, runCheck } from "../../src/taskpane/views/CheckView";
import { views } from "../../src/taskpane/views";
import { check } from "../core/checks/helpers";

const findings: Finding[] = check([
  ["渠道", "曝光量", "点击量", "注册量"],
  ["A", 1000, 1200, 10],
  ["B", null, 50, 5],
  ["B", null, 50, 5],
]);

function fakeChecks(result: Finding[] | Error): CheckServices & { selected: string[] } {
  const selected: string[] = [];
  return {
    selected,
    run: async (_scope, onProgress) => {
      onProgress({ phase: "reading", done: 4, total: 16 });
      if (result instanceof Error) throw result;
      return { sheet: "Data", findings: result, cells: 16, flagged: result.length };
    },
    clear: async () => 0,
    select: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
  };
}

function render(node: JSX.Element, services: Partial<HostServices> = {}): string {
  // Only what the Check view uses; other capabilities are left out.
  const host = {
    kind: "preview",
    locale: "zh-CN",
    insertFormula: () => Promise.reject(new Error("unused")),
    applyPlan: () => Promise.reject(new Error("unused")),
    ...services,
  } as HostServices;
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={host}>{node}</ServicesProvider>
    </FluentProvider>,
  );
}

describe("the Check view", () => {
  it("is registered as a tab", () => {
    expect(views.map((v) => v.id)).toContain("check");
  });
  it("groups findings by rule in the rules' order", () => {
    const groups = groupByRule(findings);
    expect(groups.map((g) => g.rule)).toEqual(["missing", "duplicates", "funnel"]);
    expect(groups[0].findings.map((f) => f.cell)).toEqual(["B3", "B4"]);
  });
  it("lists each group with its count, cells as links, messages in the user's language", () => {
    const html = render(<FindingsList findings={findings} locale="zh-CN" onSelect={() => undefined} />);
    expect(html).toContain("缺失值(2)");
    expect(html).toContain("漏斗逻辑矛盾(1)");
    expect(html).toContain(">C2</button>");
    expect(html).toContain("点击量(1200)大于曝光量(1000)");
  });
  it("reports the outcome of a run, and a failure as a message", async () => {
    const seen: CheckProgress[] = [];
    const ok = await runCheck(fakeChecks(findings), "sheet", "en-US", (p) => seen.push(p));
    expect(ok.status).toEqual({ intent: "warning", text: `${findings.length} findings on Data.` });
    expect(seen).toEqual([{ phase: "reading", done: 4, total: 16 }]);
    const clean = await runCheck(fakeChecks([]), "selection", "en-US", () => undefined);
    expect(clean.status.intent).toBe("success");
    const failed = await runCheck(fakeChecks(new Error("ItemNotFound")), "sheet", "zh-CN", () => undefined);
    expect(failed.status).toEqual({ intent: "error", text: "核验失败:ItemNotFound" });
    expect(progressText({ phase: "checking", done: 0, total: 1000 }, "en-US")).toBe("Checking 1000 cells...");
  });
  it("offers check, check selection and clear; disabled where the host cannot check", () => {
    const html = render(<CheckView />, { checks: fakeChecks([]) });
    expect(html).toContain("核验当前工作表");
    expect(html).toContain("核验所选表格");
    expect(html).toContain("清除标记");
    expect(html).not.toMatch(/<button[^>]*disabled[^>]*>核验当前工作表/);
    expect(render(<CheckView />)).toMatch(/<button[^>]*disabled[^>]*>核验当前工作表/);
  });
});

describe("the Check view where Excel limits the flags", () => {
  it("says when flags carry no notes (no ExcelApi 1.18), and only then", () => {
    const without = render(<CheckView />, { checks: { ...fakeChecks(findings), notes: false } });
    expect(without).toContain("不支持批注");
    const withNotes = render(<CheckView />, { checks: { ...fakeChecks(findings), notes: true } });
    expect(withNotes).not.toContain("不支持批注");
  });
  it("lists the findings of a protected sheet and says why nothing was flagged", async () => {
    const checks: CheckServices = {
      ...fakeChecks(findings),
      run: async () => ({ sheet: "Data", findings, cells: 16, flagged: 0, notFlagged: '工作表 "Data" 受保护' }),
    };
    const outcome = await runCheck(checks, "sheet", "zh-CN", () => undefined);
    expect(outcome.status.intent).toBe("warning");
    expect(outcome.status.text).toMatch(/共有 \d+ 项发现。 工作表 "Data" 受保护/);
    expect(outcome.run?.findings).toHaveLength(findings.length);
  });
});
