import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { t } from "../../src/i18n/catalog";
import { PreviewSession } from "../../src/preview/session";
import { ServicesProvider } from "../../src/taskpane/context";
import { createPreviewServices } from "../../src/taskpane/preview-services";
import { evaluateCampaignIn, ReportView } from "../../src/taskpane/views/ReportView";
import { applyPlanToWorkbook } from "../../src/xlsx/plan/apply";

describe("the Report view", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "in the %s preview, writes the report sheet first and shows its verdict, ROI and recommendations",
    async (locale) => {
      const session = new PreviewSession();
      applyPlanToWorkbook(session.workbook, buildDemoPlan(locale));
      const services = createPreviewServices(locale, session);
      const outcome = await evaluateCampaignIn(services.report!, locale);
      expect(outcome.intent).toBe("success");
      const name = t(locale, "rpt.sheet");
      expect(session.workbook.worksheets[0].name).toBe(name);
      // The goals, then ROI net of the demo's natural-growth sheet: (150,000 - 132,000 - 7,500) / 7,500.
      const net = t(locale, "rpt.verdict.net", { roi: "1.4", baseline: "132,000", sheet: t(locale, "tpl.did.sheet") });
      const partly = t(locale, "rpt.verdict.partly", { goals: 3, reached: 2, challenge: 1 });
      expect(outcome.run?.verdict).toBe(locale === "zh-CN" ? `${partly}${net}` : `${partly} ${net}`);
      expect(outcome.run?.roi.map((r) => r.roi)).toEqual([2.6, 0.8, 0.6, 5]);
      // Budget, below base, overdue actions, the funnel's leak, the decay, the weak A/B tests.
      expect(outcome.run?.recommendations).toHaveLength(6);
      expect(outcome.run?.recommendations.at(-1)).toContain(locale === "zh-CN" ? "重新测试" : "Re-test");
      expect(outcome.text).toContain(name);
      // Again: the sheet is replaced, not doubled.
      await evaluateCampaignIn(services.report!, locale);
      expect(session.workbook.worksheets.filter((w) => w.name === name)).toHaveLength(1);
      expect(session.workbook.worksheets[0].name).toBe(name);
    },
  );

  it("says so in the pane's language when the host fails, rather than throwing", async () => {
    const outcome = await evaluateCampaignIn({ run: () => Promise.reject(new Error("busy")) }, "zh-CN");
    expect(outcome).toEqual({ intent: "error", text: t("zh-CN", "rpt.view.failed", { reason: "busy" }) });
  });

  it("offers the Evaluate campaign button", () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider services={createPreviewServices("zh-CN", new PreviewSession())}>
          <ReportView />
        </ServicesProvider>
      </FluentProvider>,
    );
    expect(html).toContain(t("zh-CN", "rpt.view.run"));
  });
});
