import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AppliedPlanSummary, WorkbookPlan } from "../../src/core/plan";
import { resolveNames } from "../../src/core/plan";
import { TEMPLATE_CATALOG } from "../../src/core/templates";
import { t } from "../../src/i18n/catalog";
import { ServicesProvider } from "../../src/taskpane/context";
import type { HostServices } from "../../src/taskpane/services";
import { generateTemplates, TemplatesView } from "../../src/taskpane/views/TemplatesView";

/** The services the Templates view uses; other capabilities are not needed here. */
function fakeServices(existing: string[] = []): HostServices & { plans: WorkbookPlan[] } {
  const plans: WorkbookPlan[] = [];
  const used: Pick<HostServices, "kind" | "locale" | "insertFormula" | "applyPlan"> = {
    kind: "preview",
    locale: "en-US",
    insertFormula: () => Promise.reject(new Error("unused")),
    applyPlan: async (plan): Promise<AppliedPlanSummary> => {
      plans.push(plan);
      return resolveNames(plan, { sheets: existing, tables: [] });
    },
  };
  return Object.assign(used as HostServices, { plans });
}

describe("generating templates from the task pane", () => {
  it("applies one plan with the chosen templates, language and samples, and names the sheets made", async () => {
    const services = fakeServices(["Evaluation summary"]);
    const status = await generateTemplates(services, ["evaluation-summary", "channel-efficiency"], {
      locale: "en-US",
      sample: true,
      uiLocale: "en-US",
    });
    expect(status).toEqual({ intent: "success", text: "Created sheet Evaluation summary (2), Channel efficiency." });
    expect(services.plans).toHaveLength(1);
    expect(services.plans[0].sheets.map((s) => ("create" in s.target ? s.target.create : ""))).toEqual([
      "Evaluation summary",
      "Channel efficiency",
    ]);
    expect(services.plans[0].sheets[0].cells?.[0].rows[1][0]).toBe("New paying users");
  });
  it("reports a host error as a message in the pane's language", async () => {
    const services = { applyPlan: () => Promise.reject(new Error("工作簿受保护")) };
    const status = await generateTemplates(services, ["metric-matrix"], {
      locale: "zh-CN",
      sample: false,
      uiLocale: "zh-CN",
    });
    expect(status).toEqual({ intent: "error", text: "无法生成模板:工作簿受保护" });
  });
  it("asks for a template when none is picked", async () => {
    const services = fakeServices();
    expect(await generateTemplates(services, [], { locale: "en-US", sample: true, uiLocale: "en-US" })).toEqual({
      intent: "error",
      text: t("en-US", "templates.noneSelected"),
    });
    expect(services.plans).toEqual([]);
  });
  it("shows every template with its description", () => {
    const markup = renderToString(
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider services={fakeServices()}>
          <TemplatesView />
        </ServicesProvider>
      </FluentProvider>,
    );
    const html = markup.replace(/&#x27;/g, "'");
    expect(html.match(/type="checkbox"/g)).toHaveLength(TEMPLATE_CATALOG.length + 1);
    for (const id of ["funnel", "decay", "cohort"]) expect(TEMPLATE_CATALOG.map((d) => d.id)).toContain(id);
    for (const def of TEMPLATE_CATALOG) {
      expect(html).toContain(`data-template="${def.id}"`);
      expect(html).toContain(t("en-US", def.description));
    }
    expect(html).toContain("Generate template");
  });
});
