import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_THEME, parseTheme } from "../../src/core/report/theme";
import { buildDemoPlan } from "../../src/core/templates/demo";
import { t } from "../../src/i18n/catalog";
import { PreviewSession } from "../../src/preview/session";
import { PalettePanel } from "../../src/taskpane/components/PalettePanel";
import { ServicesProvider } from "../../src/taskpane/context";
import { checkPaletteForm, loadPalette, paletteForm } from "../../src/taskpane/palette";
import { createPreviewServices } from "../../src/taskpane/preview-services";
import { PALETTE_SETTING } from "../../src/taskpane/services";
import { evaluateCampaignIn } from "../../src/taskpane/views/ReportView";
import { generateTemplates } from "../../src/taskpane/views/TemplatesView";
import { applyPlanToWorkbook } from "../../src/xlsx/plan/apply";
import { saveWorkbook } from "../../src/xlsx/workbook-io";

const argb = (fill: unknown) => (fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;

describe("the Colours panel's form", () => {
  it("shows a theme and reads it back, tone text colours kept, hex written loosely", () => {
    const form = { ...paletteForm(DEFAULT_THEME), headerFill: " 0b6e4f ", series: "#112233; 445566" };
    const check = checkPaletteForm(form, DEFAULT_THEME, "en-US");
    if (!check.ok) throw new Error(check.message);
    expect(check.input.header).toEqual({ fill: "#0B6E4F", font: "#FFFFFF" });
    expect(check.input.series).toEqual(["#112233", "#445566"]);
    expect(check.theme.tones).toEqual(DEFAULT_THEME.tones);
    expect(parseTheme(check.input)).toEqual(check.theme);
    expect(paletteForm(check.theme).headerFill).toBe("#0B6E4F");
  });

  it("names the field that is wrong, in the pane's language and by its path", () => {
    const base = paletteForm(DEFAULT_THEME);
    expect(checkPaletteForm({ ...base, headerFill: "#12" }, DEFAULT_THEME, "en-US")).toEqual({
      ok: false,
      field: "headerFill",
      message: 'Header fill (header.fill): "#12" is not a colour as #RRGGBB.',
    });
    const series = checkPaletteForm({ ...base, series: "#112233, navy" }, DEFAULT_THEME, "zh-CN");
    expect(series).toMatchObject({ ok: false, field: "series" });
    expect(!series.ok && series.message).toBe(
      t("zh-CN", "palette.invalidColour", { field: t("zh-CN", "palette.series"), path: "series.1", value: "navy" }),
    );
    expect(checkPaletteForm({ ...base, series: "" }, DEFAULT_THEME, "en-US")).toMatchObject({
      ok: false,
      field: "series",
      message: expect.stringContaining("(series): give 1 to 12 colours"),
    });
    expect(checkPaletteForm({ ...base, bad: "red" }, DEFAULT_THEME, "en-US")).toMatchObject({
      ok: false,
      field: "bad",
      message: expect.stringContaining("(bad.fill)"),
    });
  });

  it("treats a palette saved in the workbook as untrusted: a bad one gives the defaults and says why", async () => {
    const store = (value: unknown) => ({ read: async () => value, save: async () => undefined });
    expect(await loadPalette(undefined, "en-US")).toEqual({});
    expect(await loadPalette(store(null), "en-US")).toEqual({});
    expect((await loadPalette(store({ accent: "#000080" }), "en-US")).theme?.accent).toBe("#000080");
    const bad = await loadPalette(store({ series: ["#000000", "=cmd()"] }), "en-US");
    expect(bad.theme).toBeUndefined();
    expect(bad.problem).toContain("series.1");
  });

  it("renders labelled hex inputs with swatches and the two actions", () => {
    const services = createPreviewServices("zh-CN", new PreviewSession());
    const markup = renderToString(
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider services={services}>
          <PalettePanel />
        </ServicesProvider>
      </FluentProvider>,
    );
    for (const key of [
      "palette.title",
      "palette.headerFill",
      "palette.good",
      "palette.series",
      "palette.reset",
    ] as const)
      expect(markup).toContain(t("zh-CN", key));
    expect(markup.match(/data-palette-field=/g)).toHaveLength(7);
    expect(markup).toContain('role="radiogroup"');
    expect(markup).toContain(DEFAULT_THEME.header.fill);
  });
});

describe("the palette in the preview's workbook", () => {
  it("colours the templates and the report generated after it is saved", async () => {
    const session = new PreviewSession();
    const services = createPreviewServices("en-US", session);
    await services.palette!.save({ header: { fill: "#0B6E4F" }, accent: "#7030A0", series: ["#7030A0"] });
    expect(session.setting(PALETTE_SETTING)).toEqual({
      header: { fill: "#0B6E4F" },
      accent: "#7030A0",
      series: ["#7030A0"],
    });
    const status = await generateTemplates(services, ["evaluation-summary"], {
      locale: "en-US",
      sample: true,
      uiLocale: "en-US",
    });
    expect(status.intent).toBe("success");
    expect(argb(session.workbook.getWorksheet("Evaluation summary")!.getCell("A1").fill)).toBe("FF0B6E4F");

    const outcome = await evaluateCampaignIn(services.report!, "en-US", services.palette);
    expect(outcome.intent).toBe("success");
    const report = session.workbook.getWorksheet("Evaluation report")!;
    const fontOf = (row: number) => report.getCell(row, 1).font?.color?.argb;
    const titles = report
      .getColumn(1)
      .values.flatMap((_, row) => (fontOf(row) === "FF7030A0" ? [report.getCell(row, 1).value] : []));
    expect(titles).toEqual(["Conclusion", "Details", "Recommendations"]);
    // The KPI table's header row takes the header fill.
    const headers = report
      .getColumn(1)
      .values.flatMap((_, row) =>
        argb(report.getCell(row, 1).fill) === "FF0B6E4F" ? [report.getCell(row, 1).value] : [],
      );
    expect(headers).toContain(t("en-US", "rpt.col.metric"));

    // Reset: the default colours again.
    await services.palette!.save(null);
    expect(session.setting(PALETTE_SETTING)).toBeNull();
    await generateTemplates(services, ["channel-efficiency"], { locale: "en-US", sample: false, uiLocale: "en-US" });
    expect(argb(session.workbook.getWorksheet("Channel efficiency")!.getCell("A1").fill)).toBe("FF1F4E78");
  });

  it("is per workbook: opening another file starts without it", async () => {
    const session = new PreviewSession();
    const services = createPreviewServices("en-US", session);
    await services.palette!.save({ accent: "#000080" });
    const other = new PreviewSession();
    applyPlanToWorkbook(other.workbook, buildDemoPlan("en-US"));
    const bytes = await saveWorkbook(other.workbook);
    await session.open(
      "other.xlsx",
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(await services.palette!.read()).toBeNull();
  });

  it("says so and keeps the default colours when the saved palette is not valid", async () => {
    const session = new PreviewSession();
    const services = createPreviewServices("en-US", session);
    session.setSetting(PALETTE_SETTING, { header: { fill: "green" } });
    const status = await generateTemplates(services, ["evaluation-summary"], {
      locale: "en-US",
      sample: false,
      uiLocale: "en-US",
    });
    expect(status.intent).toBe("success");
    expect(status.text).toContain("header.fill");
    expect(argb(session.workbook.getWorksheet("Evaluation summary")!.getCell("A1").fill)).toBe("FF1F4E78");
  });
});
